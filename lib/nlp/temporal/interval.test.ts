import { describe, expect, it } from 'vitest';
import { valueToInterval } from './interval';

describe('valueToInterval', () => {
  it.each([
    ['2017-05-07', '2017-05-07..2017-05-07 day'],
    ['2017-05-07TMO', '2017-05-07..2017-05-07 day'],
    ['2017-05-07T06:00', '2017-05-07..2017-05-07 day'],
    ['2016-11', '2016-11-01..2016-11-30 month'],
    ['2016-02', '2016-02-01..2016-02-29 month'],
    ['2017-W18', '2017-05-01..2017-05-07 week'],
    ['2015-W53', '2015-12-28..2016-01-03 week'],
    ['2017-W18-WE', '2017-05-06..2017-05-07 week'],
    ['2017-Q3', '2017-07-01..2017-09-30 quarter'],
    ['2017-H1', '2017-01-01..2017-06-30 quarter'],
    ['2016-SU', '2016-06-01..2016-08-31 season'],
    ['2016-WI', '2016-12-01..2017-02-28 season'],
    ['2015-WI', '2015-12-01..2016-02-29 season'],
    ['2017', '2017-01-01..2017-12-31 year'],
    ['201', '2010-01-01..2019-12-31 decade'],
    ['19', '1900-01-01..1999-12-31 century'],
  ])('%s', (value, expected) => {
    const i = valueToInterval(value)!;
    expect(`${i.start}..${i.end} ${i.precision}`).toBe(expected);
  });

  it('narrows a period to its start, middle or end third, as an approximate interval', () => {
    expect(valueToInterval('2017-05', 'END')).toEqual({ start: '2017-05-22', end: '2017-05-31', precision: 'approximate' });
    expect(valueToInterval('2015', 'START')).toEqual({ start: '2015-01-01', end: '2015-05-01', precision: 'approximate' });
    expect(valueToInterval('2017-05-05', 'END')).toEqual({ start: '2017-05-05', end: '2017-05-05', precision: 'day' });
  });

  it.each(['P3D', 'PXY', 'PRESENT_REF', 'PAST_REF', 'FUTURE_REF', 'XXXX-WXX-1', 'XXXX-11', '2017-13', '2017-02-30', '', 'garbage'])(
    'has no interval for %s',
    (value) => expect(valueToInterval(value)).toBeNull(),
  );
});
