import { describe, expect, it } from 'vitest';
import { formatEventDate } from './format';

describe('formatEventDate', () => {
  it.each([
    ['2017-05-07', '2017-05-07', 'day', '7 May 2017 (day)'],
    ['2025-07-18', '2025-07-21', 'day', '18 July 2025 – 21 July 2025 (day)'],
    ['2017-05-01', '2017-05-31', 'month', 'May 2017 (month)'],
    ['2016-11-01', '2016-11-30', 'month', 'November 2016 (month)'],
    ['2017-04-01', '2017-06-30', 'quarter', 'Q2 2017 (quarter)'],
    ['2016-12-01', '2017-02-28', 'season', 'Winter 2017 (season)'],
    ['2015-01-01', '2015-12-31', 'year', '2015 (year)'],
    ['2010-01-01', '2019-12-31', 'decade', '2010s (decade)'],
    ['2000-01-01', '2099-12-31', 'century', '21st century (century)'],
    ['1900-01-01', '1999-12-31', 'century', '20th century (century)'],
    ['-000043-03-15', '-000043-03-15', 'day', '15 March 44 BC (day)'],
    ['-0499-01-01', '-0400-12-31', 'century', '5th century BC (century)'],
    ['-0099-01-01', '0000-12-31', 'century', '1st century BC (century)'],
    ['-0048-01-01', '-0039-12-31', 'decade', '40s BC (decade)'],
    ['2017-04-10', '2017-04-30', 'approximate', 'about 10 April 2017 – 30 April 2017 (approximate)'],
  ] as const)('%s..%s at %s precision reads "%s"', (start, end, precision, expected) => {
    expect(formatEventDate(start, end, precision)).toBe(expected);
  });

  it('rejects what is not an ISO date', () => {
    expect(() => formatEventDate('May 2017', '2017-05-31', 'month')).toThrow(/not an ISO date/);
  });
});
