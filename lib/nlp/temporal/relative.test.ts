// Issue 3, points 5 and 6: expressions relative to the publication date, and narrative anchoring.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';
import { summary, timexOf } from './test-helpers';

const DCT = '2017-05-07'; // a Sunday

describe('relative to the publication date', () => {
  it.each([
    ['Officials met today.', 'today', 'DATE 2017-05-07 2017-05-07..2017-05-07 day'],
    ['It came ahead of today’s decisive runoff.', 'today', 'DATE 2017-05-07 2017-05-07..2017-05-07 day'],
    ["It came ahead of today's decisive runoff.", 'today', 'DATE 2017-05-07 2017-05-07..2017-05-07 day'],
    ['Officials met yesterday (Saturday).', 'yesterday', 'DATE 2017-05-06 2017-05-06..2017-05-06 day'],
    ['Officials met yesterday.', 'yesterday', 'DATE 2017-05-06 2017-05-06..2017-05-06 day'],
    ['Officials meet tomorrow.', 'tomorrow', 'DATE 2017-05-08 2017-05-08..2017-05-08 day'],
    ['Officials meet tonight.', 'tonight', 'TIME 2017-05-07TNI 2017-05-07..2017-05-07 day'],
    ['Prices rose this week.', 'this week', 'DATE 2017-W18 2017-05-01..2017-05-07 week'],
    ['Prices rose this month.', 'this month', 'DATE 2017-05 2017-05-01..2017-05-31 month'],
    ['Prices rose this year.', 'this year', 'DATE 2017 2017-01-01..2017-12-31 year'],
    ['Prices rose last month.', 'last month', 'DATE 2017-04 2017-04-01..2017-04-30 month'],
    ['Prices will rise next month.', 'next month', 'DATE 2017-06 2017-06-01..2017-06-30 month'],
    ['Trump won in November last year.', 'November last year', 'DATE 2016-11 2016-11-01..2016-11-30 month'],
    ['Prices rose last week.', 'last week', 'DATE 2017-W17 2017-04-24..2017-04-30 week'],
    ['The strike began three days ago.', 'three days ago', 'DATE 2017-05-04 2017-05-04..2017-05-04 day'],
    ['The plant will reopen in two weeks.', 'two weeks', 'DATE 2017-W20 2017-05-15..2017-05-21 week'],
    ['Crowds gathered this weekend.', 'this weekend', 'DATE 2017-W18-WE 2017-05-06..2017-05-07 week'],
    ['It was hot last summer.', 'last summer', 'DATE 2016-SU 2016-06-01..2016-08-31 season'],
    ['Profit rose in the first quarter.', 'the first quarter', 'DATE 2017-Q1 2017-01-01..2017-03-31 quarter'],
    ['Profit will rise in the third quarter.', 'the third quarter', 'DATE 2017-Q3 2017-07-01..2017-09-30 quarter'],
    ['Sales fell in the first half.', 'the first half', 'DATE 2017-H1 2017-01-01..2017-06-30 quarter'],
    ['Shops closed on Christmas.', 'Christmas', 'DATE 2016-12-25 2016-12-25..2016-12-25 day'],
    ['Families gathered on Thanksgiving.', 'Thanksgiving', 'DATE 2016-11-24 2016-11-24..2016-11-24 day'],
    ['Parades are held on Memorial Day.', 'Memorial Day', 'DATE 2017-05-29 2017-05-29..2017-05-29 day'],
    ["Parades are held on New Year's Day.", "New Year's Day", 'DATE 2017-01-01 2017-01-01..2017-01-01 day'],
    ["Crowds gathered on New Year's Eve.", "New Year's Eve", 'DATE 2016-12-31 2016-12-31..2016-12-31 day'],
    ['Shops closed on Christmas Eve.', 'Christmas Eve', 'DATE 2016-12-24 2016-12-24..2016-12-24 day'],
    ['Fireworks are planned for Independence Day.', 'Independence Day', 'DATE 2017-07-04 2017-07-04..2017-07-04 day'],
    ['Pilgrims gathered at Easter.', 'Easter', 'DATE 2017-04-16 2017-04-16..2017-04-16 day'],
    ['The accord was signed on Good Friday 1998.', 'Good Friday 1998', 'DATE 1998-04-10 1998-04-10..1998-04-10 day'],
    ['Talks resume after Easter Monday.', 'Easter Monday', 'DATE 2017-04-17 2017-04-17..2017-04-17 day'],
    ['Prices rose before last Christmas.', 'last Christmas', 'DATE 2016-12-25 2016-12-25..2016-12-25 day'],
    ['The shops will open next Christmas.', 'next Christmas', 'DATE 2017-12-25 2017-12-25..2017-12-25 day'],
    ['Stores will stay shut on Thanksgiving.', 'Thanksgiving', 'DATE 2017-11-23 2017-11-23..2017-11-23 day'],
    ['Unions will march on Labor Day.', 'Labor Day', 'DATE 2017-09-04 2017-09-04..2017-09-04 day'],
    ['Veterans marched on Memorial Day 2018.', 'Memorial Day 2018', 'DATE 2018-05-28 2018-05-28..2018-05-28 day'],
    ['Lent began on Ash Wednesday.', 'Ash Wednesday', 'DATE 2017-03-01 2017-03-01..2017-03-01 day'],
    ['The pope washed feet on Maundy Thursday.', 'Maundy Thursday', 'DATE 2017-04-13 2017-04-13..2017-04-13 day'],
  ])('%s', (text, expression, expected) => {
    expect(summary(timexOf(text, expression, DCT))).toBe(expected);
  });

  it('leaves names that only borrow a holiday untagged', () => {
    expect(tagTimexes('They flew to Easter Island.', { dct: DCT })).toEqual([]);
    expect(tagTimexes('A Christmas tree stood in the hall.', { dct: DCT })).toEqual([]);
    expect(tagTimexes('It raised money for the Great Orchestra of Christmas Charity.', { dct: DCT })).toEqual([]);
    expect(tagTimexes('Super Tuesday is to include 14 states.', { dct: DCT })).toEqual([]);
    expect(tagTimexes('Shoppers queued for Black Friday deals.', { dct: DCT })).toEqual([]);
    expect(tagTimexes('The inquiry into Bloody Sunday reported.', { dct: DCT })).toEqual([]);
    // A wire's subject before the weekday leaves it a day: "Iran Saturday said".
    expect(timexOf('President Bill Clinton Saturday urged calm.', 'Saturday', DCT).value).toBe('2017-05-06');
    expect(tagTimexes('Without a publication date, Christmas stays yearless.', { dct: null }).map((t) => t.value)).toEqual(['XXXX-12-25']);
    expect(tagTimexes('Without a publication date, Easter stays unknown.', { dct: null }).map((t) => t.value)).toEqual(['XXXX-XX-XX']);
  });

  it('reads a weekday by the tense of its sentence', () => {
    expect(timexOf('WikiLeaks on Friday posted a link.', 'Friday', DCT).value).toBe('2017-05-05');
    expect(timexOf('The minister will speak on Friday.', 'Friday', DCT).value).toBe('2017-05-12');
    expect(timexOf('The leak came late on Friday.', 'late on Friday', DCT).value).toBe('2017-05-05');
    expect(timexOf('The team on Friday night defended it.', 'Friday night', '2025-06-15').value).toBe('2025-06-13TNI');
    expect(timexOf('The team on Friday night defended it.', 'Friday night', '2025-06-15').interval)
      .toEqual({ start: '2025-06-13', end: '2025-06-13', precision: 'day' });
  });

  it('counts "the day before" / "the day after" from the day it names, in one expression', () => {
    expect(summary(timexOf('He left the day before yesterday.', 'the day before yesterday', DCT))).toBe('DATE 2017-05-05 2017-05-05..2017-05-05 day');
    expect(timexOf('They meet the day after tomorrow.', 'the day after tomorrow', DCT).value).toBe('2017-05-09');
    expect(timexOf("The day before last Tuesday's hearing, he left.", 'The day before last Tuesday', DCT).value).toBe('2017-05-01');
    expect(timexOf('They met the day after Jan. 5.', 'the day after Jan. 5', DCT).value).toBe('2017-01-06');
    expect(timexOf('He was seen the day before March 3, 2015.', 'the day before March 3, 2015', DCT).value).toBe('2015-03-02');
    // The day of an event ("the day after his death") has no date of its own to count from.
    expect(tagTimexes('They came the day after his death.', { dct: DCT })).toEqual([]);
  });

  it('reads a quarter as the latest begun one in a report: "profit rose in the third quarter" in May is last year\'s', () => {
    expect(timexOf('Profit rose in the third quarter.', 'the third quarter', DCT).value).toBe('2016-Q3');
  });

  it('reads a month name by tense: the next August in a future sentence', () => {
    expect(timexOf('The budget would be presented in August, the source said.', 'August', '2025-06-15').value).toBe('2025-08');
  });

  it('leaves relative expressions unresolved without a publication date, never dated against today', () => {
    for (const t of tagTimexes('Officials met yesterday and will meet on Friday and next month.', { dct: null })) {
      expect(t.unresolved).toBe(true);
      expect(t.interval).toBeUndefined();
    }
  });
});

describe('sentences given by the caller', () => {
  it('reads the tense in the given sentence, as it does in its own', () => {
    const text = 'Officials said so. The minister will speak on Friday.';
    const sentences = [{ start: 0, end: 18, text: text.slice(0, 18) }, { start: 19, end: text.length, text: text.slice(19) }];
    expect(tagTimexes(text, { dct: DCT, sentences })).toEqual(tagTimexes(text, { dct: DCT }));
    expect(tagTimexes(text, { dct: DCT, sentences })[0].value).toBe('2017-05-12');
  });
});

describe('narrative anchoring', () => {
  const text = 'The rebels attacked on March 3, 2015. The next day they withdrew. Two days later they returned. That week was the worst.';
  const found = tagTimexes(text, { dct: DCT });

  it('resolves "the next day" and "two days later" against the date already mentioned', () => {
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['March 3, 2015', '2015-03-03'],
      ['The next day', '2015-03-04'],
      ['Two days later', '2015-03-06'],
      ['That week', '2015-W10'],
    ]);
  });

  it('falls back on the publication date when nothing was mentioned before', () => {
    expect(timexOf('The next day they withdrew.', 'The next day', DCT).value).toBe('2017-05-08');
    expect(timexOf('The ship sank. The previous day it had left port.', 'The previous day', DCT).value).toBe('2017-05-06');
  });
});
