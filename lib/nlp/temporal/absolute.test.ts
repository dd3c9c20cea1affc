// Issue 3, point 4: absolute dates, ranges, parts of periods, decades and centuries.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';
import { summary, timexOf } from './test-helpers';

const DCT = '2017-05-07';

describe('absolute dates in news forms', () => {
  it.each([
    ['It happened on May 7, 2017.', 'May 7, 2017', 'DATE 2017-05-07 2017-05-07..2017-05-07 day'],
    ['It happened on 7 May 2017.', '7 May 2017', 'DATE 2017-05-07 2017-05-07..2017-05-07 day'],
    ['It happened on Sunday, May 7, 2017.', 'Sunday, May 7, 2017', 'DATE 2017-05-07 2017-05-07..2017-05-07 day'],
    ['Filed 2017-05-07 in Paris.', '2017-05-07', 'DATE 2017-05-07 2017-05-07..2017-05-07 day'],
    ['Filed 5/7/2017 in Paris.', '5/7/2017', 'DATE 2017-05-07 2017-05-07..2017-05-07 day'],
    ['The law took effect in January 1998.', 'January 1998', 'DATE 1998-01 1998-01-01..1998-01-31 month'],
    ['The company was founded in 1998.', '1998', 'DATE 1998 1998-01-01..1998-12-31 year'],
  ])('%s', (text, expression, expected) => {
    expect(summary(timexOf(text, expression, DCT))).toBe(expected);
  });

  it('fills the year of "May 7" and "Jan. 5" from the publication date and tense, keeping the day precision', () => {
    expect(timexOf('The talks ended on May 3.', 'May 3', DCT).value).toBe('2017-05-03');
    expect(timexOf('The vote was held on Jan. 5.', 'Jan. 5', DCT).value).toBe('2017-01-05');
    expect(timexOf('The summit will open on Jan. 5.', 'Jan. 5', DCT).value).toBe('2018-01-05');
  });

  it('keeps a month a month: "November" is never a day', () => {
    const t = timexOf('Sales rose in November.', 'November', DCT);
    expect(summary(t)).toBe('DATE 2016-11 2016-11-01..2016-11-30 month');
  });

  it('resolves an absolute date without any publication date', () => {
    const t = timexOf('It happened on May 7, 2017.', 'May 7, 2017', null);
    expect(t.unresolved).toBeUndefined();
    expect(t.value).toBe('2017-05-07');
  });
});

describe('numeric dates by locale', () => {
  const valueIn = (text: string, locale?: string) => tagTimexes(text, { dct: DCT, locale }).map((t) => t.value);

  it('reads month-first by default, in en-US and unknown locales; day-first in en-GB, en-AU and fr', () => {
    expect(valueIn('Filed 5/7/2017 in Paris.')).toEqual(['2017-05-07']);
    expect(valueIn('Filed 5/7/2017 in Paris.', 'en-US')).toEqual(['2017-05-07']);
    expect(valueIn('Filed 5/7/2017 in Paris.', 'en-GB')).toEqual(['2017-07-05']);
    expect(valueIn('Filed 5/7/2017 in Paris.', 'fr-FR')).toEqual(['2017-07-05']);
    expect(valueIn('Filed 5/7/2017 in Paris.', 'en-AU')).toEqual(['2017-07-05']);
    expect(valueIn('Filed 5/7/2017 in Paris.', 'en')).toEqual(['2017-05-07']);
    expect(valueIn('Filed 5/7/2017 in Paris.', 'xx-YY')).toEqual(['2017-05-07']);
  });

  it('reads a tag with a script or extensions by its language and region, and an unreadable tag by the default', () => {
    expect(valueIn('Filed 5/7/2017 in Paris.', 'en-Latn-GB')).toEqual(['2017-07-05']);
    expect(valueIn('Filed 5/7/2017 in Paris.', 'en-GB-u-ca-gregory')).toEqual(['2017-07-05']);
    expect(valueIn('Filed 5/7/2017 in Paris.', 'not a tag')).toEqual(['2017-05-07']);
  });

  it('takes a first field above 12 as the day, and a second above 12 as the day, in any locale', () => {
    expect(valueIn('Filed 25/12/2017 in Paris.')).toEqual(['2017-12-25']);
    expect(valueIn('Filed 12/25/2017 in Paris.', 'en-GB')).toEqual(['2017-12-25']);
  });

  it('reads a two-digit year', () => {
    expect(valueIn('Filed 5/7/17 in Paris.')).toEqual(['2017-05-07']);
  });

  it('tags no date when neither field can be a month, nor in a fraction or a score', () => {
    expect(valueIn('Filed 25/13/2017 in Paris.')).toEqual([]);
    expect(valueIn('Filed 2/30/2017 in Paris.')).toEqual([]);
    expect(valueIn('Filed 2/29/2016 in Paris.')).toEqual(['2016-02-29']);
    expect(valueIn('He ate 1/2 of the cake.')).toEqual([]);
    expect(valueIn('The ratio was 3/4 in 2017.')).toEqual(['2017']);
  });
});

describe('ranges', () => {
  it('"from July 18 to 21" is two DATE timexes sharing the whole range as interval', () => {
    const found = tagTimexes('The forum is to run from July 18 to 21.', { dct: '2025-06-15' });
    expect(found.map((t) => [t.text, t.value])).toEqual([['July 18', '2025-07-18'], ['21', '2025-07-21']]);
    for (const t of found) expect(t.interval).toEqual({ start: '2025-07-18', end: '2025-07-21', precision: 'day' });
  });

  it('"July 13 to 17 of last year" is that range a year back', () => {
    const found = tagTimexes('The ship sailed from July 13 to 17 of last year.', { dct: '2019-09-08' });
    expect(found.slice(0, 2).map((t) => [t.text, t.value])).toEqual([['July 13', '2018-07-13'], ['17', '2018-07-17']]);
  });

  it('"between November 27 and December 10" spans both dates', () => {
    const found = tagTimexes('Voting will take place between November 27 and December 10.', { dct: DCT });
    expect(found.map((t) => t.value)).toEqual(['2017-11-27', '2017-12-10']);
    expect(found[0].interval).toEqual({ start: '2017-11-27', end: '2017-12-10', precision: 'day' });
  });

  it('"2015-2017" is two years and one span', () => {
    const found = tagTimexes('Output grew in 2015-2017.', { dct: DCT });
    expect(found.map((t) => t.value)).toEqual(['2015', '2017']);
    expect(found[1].interval).toEqual({ start: '2015-01-01', end: '2017-12-31', precision: 'year' });
  });

  it('does not join two dates that are merely listed', () => {
    const found = tagTimexes('Elections were held in 2012 and 2016.', { dct: DCT });
    expect(found.map((t) => t.interval?.precision)).toEqual(['year', 'year']);
  });
});

describe('weeks named by a day', () => {
  it('"the week of March 6" is the ISO week holding that day', () => {
    expect(summary(timexOf('A hearing is set for the week of March 6.', 'the week of March 6', '2000-02-24'))).toBe('DATE 2000-W10 2000-03-06..2000-03-12 week');
  });
});

describe('parts of periods', () => {
  it.each([
    ['Growth slowed in mid-2015.', 'mid-2015', 'DATE 2015 MID 2015-05-02..2015-09-01 approximate'],
    ['A deal is expected early next year.', 'early next year', 'DATE 2018 START 2018-01-01..2018-05-01 approximate'],
    ['Talks resume in late May.', 'late May', 'DATE 2017-05 END 2017-05-22..2017-05-31 approximate'],
    ['Payment is due by the end of the month.', 'the end of the month', 'DATE 2017-05 END 2017-05-22..2017-05-31 approximate'],
    ["Sales stalled in the last half of the '80s.", "the last half of the '80s", 'DATE 198 END 1986-09-02..1989-12-31 approximate'],
    ['Losses will mount in the first two quarters of 2018.', 'the first two quarters of 2018', 'DATE 2018-H1 2018-01-01..2018-06-30 quarter'],
  ])('%s', (text, expression, expected) => {
    expect(summary(timexOf(text, expression, DCT))).toBe(expected);
  });
});

describe('decades and centuries', () => {
  it('"the 1990s" is a decade', () => {
    expect(summary(timexOf('Prices fell in the 1990s.', 'the 1990s', DCT))).toBe('DATE 199 1990-01-01..1999-12-31 decade');
  });
  it('"the 17th century" is a century', () => {
    expect(summary(timexOf('It was built in the 17th century.', 'the 17th century', DCT))).toBe('DATE 16 1600-01-01..1699-12-31 century');
  });
  it('"the first two quarters" without a year is a stretch of six months', () => {
    expect(summary(timexOf('Losses mounted in the first two quarters.', 'the first two quarters', DCT))).toBe('DURATION P6M');
  });
  it('an ordinal of something else is no century', () => {
    expect(tagTimexes('The 17th annual Straits Forum opened.', { dct: DCT })).toEqual([]);
  });
});
