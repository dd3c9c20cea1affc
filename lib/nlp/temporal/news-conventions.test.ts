// News conventions of the tagger: stretches reaching from the publication date, report quarters, titles that
// hold time words, and the tense cues that pick a weekday or month.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';
import { summary, timexOf } from './test-helpers';

const DCT = '2011-10-06'; // a Thursday

describe('stretches reaching from the publication date', () => {
  it.each([
    ['Apple grew over the past decade.', 'the past decade', 'DURATION P10Y 2001-10-06..2011-10-06 approximate'],
    ['Profits rose over the past five years.', 'the past five years', 'DURATION P5Y 2006-10-06..2011-10-06 approximate'],
    ['It will run for the next two weeks.', 'the next two weeks', 'DURATION P2W 2011-10-06..2011-10-20 approximate'],
    ['Costs are spread over the next three quarters.', 'the next three quarters', 'DURATION P9M 2011-10-06..2012-07-06 approximate'],
    ['It launched less than two weeks ago.', 'less than two weeks ago', 'DATE 2011-09-22 AFTER 2011-09-22..2011-10-06 approximate'],
    ['It launched under a month ago.', 'under a month ago', 'DATE 2011-09-06 AFTER 2011-09-06..2011-10-06 approximate'],
    ['It launched more than two weeks ago.', 'more than two weeks ago', 'DATE 2011-W38 2011-09-19..2011-09-25 week'],
  ])('%s', (text, expression, expected) => {
    expect(summary(timexOf(text, expression, DCT))).toBe(expected);
  });

  it('leaves a stretch not reaching from the publication date without an interval', () => {
    expect(timexOf('He struggled in the first five years.', 'the first five years', DCT).interval).toBeUndefined();
    expect(timexOf('Apple must respond within 90 days.', '90 days', DCT)).toMatchObject({ type: 'DURATION', value: 'P90D' });
    expect(timexOf('Apple must respond within 90 days.', '90 days', DCT).interval).toBeUndefined();
  });

  it('"or so" belongs to the expression', () => {
    expect(timexOf('Then, a week or so ago, he picked Saturday.', 'a week or so ago', DCT).value).toBe('2011-W39');
    expect(timexOf('It will close over the next year or so.', 'the next year or so', DCT).value).toBe('2012');
    expect(timexOf('It will close next year, or so he said.', 'next year', DCT).value).toBe('2012');
  });

  it('"N units back" is "N units ago"', () => {
    expect(timexOf('He left two weeks back.', 'two weeks back', DCT).value).toBe('2011-W38');
    expect(timexOf('A few days back, his mother died.', 'A few days back', DCT).value).toBe('PAST_REF');
  });

  it('keeps plain "N units ago" and "in N units" as the period they name', () => {
    expect(summary(timexOf('He left two weeks ago.', 'two weeks ago', DCT))).toBe('DATE 2011-W38 2011-09-19..2011-09-25 week');
    expect(timexOf('The store will open in two weeks.', 'two weeks', DCT).value).toBe('2011-W42');
  });

  it('"a decade ago" is the year ten years back; "last decade" is the decade', () => {
    expect(summary(timexOf('A decade ago, it was different.', 'A decade ago', '1999-03-12'))).toBe('DATE 1989 1989-01-01..1989-12-31 year');
    expect(timexOf('It failed last decade.', 'last decade', '1999-03-12').value).toBe('198');
  });

  it('reads "January of this year" as one month', () => {
    expect(tagTimexes('Sales grew since January of this year.', { dct: DCT }).map(summary))
      .toEqual(['DATE 2011-01 2011-01-01..2011-10-06 month']);
  });

  it('reads a year range as one span carried by both years', () => {
    const found = tagTimexes('Steve Jobs 1955-2011 was honored.', { dct: DCT });
    expect(found.map(summary)).toEqual(['DATE 1955 1955-01-01..2011-12-31 year', 'DATE 2011 1955-01-01..2011-12-31 year']);
  });
});

describe('report quarters', () => {
  it('"the 1988 period" after a quarter is that quarter of 1988', () => {
    const found = tagTimexes('Profit rose in the third quarter. It fell in the 1988 period.', { dct: '1989-10-26' });
    expect(found.map((t) => [t.text, t.value])).toEqual([['the third quarter', '1989-Q3'], ['the 1988 period', '1988-Q3']]);
  });

  it('"the 1988 period" with no quarter mentioned is the year', () => {
    expect(timexOf('Sales fell from the 1988 period.', 'the 1988 period', '1989-10-26').value).toBe('1988');
  });

  it('"the year-ago quarter" with no quarter mentioned is the last completed quarter a year back', () => {
    expect(timexOf('Profit doubled from the year-ago quarter.', 'the year-ago quarter', '1989-10-26').value).toBe('1988-Q3');
  });

  it.each([
    ['Net rose in the third quarter, from $5 million in the corresponding period last year.', 'the corresponding period last year'],
    ['Net rose in the third quarter; sales for last year\'s quarter fell.', 'last year\'s quarter'],
    ['Net rose in the third quarter. For the quarter a year ago, it earned $2.', 'the quarter a year ago'],
  ])('%s: the same quarter a year back', (text, expression) => {
    expect(timexOf(text, expression, '1989-10-30').value).toBe('1988-Q3');
  });

  it('a comparison is about the last quarter reported, not one still running or forecast', () => {
    const text = 'Profit fell in the third quarter. Losses may continue into the fourth quarter and the first quarter of 1990. Profit was higher in the year-ago period.';
    expect(timexOf(text, 'the year-ago period', '1989-10-26').value).toBe('1988-Q3');
  });

  it('"the quarter" is the first quarter reported on, not a later one mentioned in passing', () => {
    const text = 'Net rose in the fiscal first quarter. After a flat fourth quarter last year, sales in the quarter grew.';
    expect(timexOf(text, 'the quarter', '1989-10-26').value).toBe('1989-Q1');
  });

  it('"the quarter" with no quarter reported is the last completed one', () => {
    expect(timexOf('Sales in the quarter grew.', 'the quarter', '1989-10-26').value).toBe('1989-Q3');
    expect(timexOf('Losses may continue into the fourth quarter. Sales in the quarter grew.', 'the quarter', '1989-10-26').value).toBe('1989-Q3');
  });

  it('"last year" alone stays a year', () => {
    expect(timexOf('Net rose in the third quarter. Profit rose last year.', 'last year', '1989-10-30').value).toBe('1988');
  });

  it('"a year ago" takes the quarter under discussion', () => {
    const text = 'Net fell in the second quarter. Sales rose 5%. Profit was higher a year ago.';
    expect(timexOf(text, 'a year ago', '1989-10-26').value).toBe('1988-Q2');
  });

  it.each([
    ['Net fell in the third quarter. For the nine months, net rose from $5 million a year earlier.', 'a year earlier'],
    ['Net fell in the third quarter. In the first nine months, it lost $3 million, against a profit in the 1988 period.', 'the 1988 period'],
    ['Net fell in the third quarter. For the year ended Sept. 30, it compared with year-earlier net of $5.', 'year-earlier'],
  ])('%s: a comparison after a longer stretch of the report is the year', (text, expression) => {
    expect(timexOf(text, expression, '1989-10-26').value).toBe('1988');
  });

  it('a quarter mentioned in passing ("after a flat second quarter") is no period compared; a definite one is', () => {
    const passing = 'Net rose in the third quarter. After a flat second quarter, sales grew. Costs fell from the year-earlier period.';
    expect(timexOf(passing, 'the year-earlier period', '1989-11-01').value).toBe('1988-Q3');
    const definite = 'Net rose in the third quarter. In the second quarter, sales were flat. Costs fell from the year-earlier period.';
    expect(timexOf(definite, 'the year-earlier period', '1989-11-01').value).toBe('1988-Q2');
  });

  it('"the quarter-to-quarter comparison" names no quarter', () => {
    expect(tagTimexes('The quarter-to-quarter comparison was also enhanced.', { dct: '1989-11-01' })).toEqual([]);
  });

  it('a quarter mentioned after the stretch is compared again; "the year-ago quarter" stays a quarter', () => {
    const text = 'For the nine months, net rose. In the third quarter, it fell from $5 million a year earlier.';
    expect(timexOf(text, 'a year earlier', '1989-10-26').value).toBe('1988-Q3');
    const quarter = 'Net fell in the third quarter. For the nine months, net rose, but less than in the year-ago quarter.';
    expect(timexOf(quarter, 'the year-ago quarter', '1989-10-26').value).toBe('1988-Q3');
  });
});

describe('fiscal periods', () => {
  it('a fiscal quarter keeps its calendar namesake as value, its interval only approximate', () => {
    expect(summary(timexOf('During the first quarter of the financial year Apple sold 21 million iPods.', 'the first quarter of the financial year', '2007-01-18')))
      .toBe('DATE 2007-Q1 2007-01-01..2007-03-31 approximate');
    expect(summary(timexOf('Net rose in the fiscal first quarter.', 'the fiscal first quarter', '1989-10-26')))
      .toBe('DATE 1989-Q1 1989-01-01..1989-03-31 approximate');
    expect(timexOf('In fiscal 1988, it earned $17 million.', 'fiscal 1988', '1989-11-02').interval?.precision).toBe('approximate');
  });

  it('a calendar quarter or year stays exact', () => {
    expect(summary(timexOf('Net rose in the first quarter.', 'the first quarter', '2007-04-18'))).toBe('DATE 2007-Q1 2007-01-01..2007-03-31 quarter');
    expect(timexOf('In 1988, it earned $17 million.', '1988', '1989-11-02').interval?.precision).toBe('year');
  });
});

describe('a year described, not named', () => {
  it.each([
    ['2007 was the year of the iPhone smartphone.'],
    ['It was the year that the wall fell.'],
    ['She recalled the year when prices doubled.'],
  ])('%s has no "the year"', (text) => {
    expect(tagTimexes(text, { dct: DCT }).map((t) => t.text)).not.toContain('the year');
  });

  it('"the year" alone, or with an amount after "of", is the current year', () => {
    expect(timexOf('Sales for the year rose.', 'the year', DCT).value).toBe('2011');
    expect(timexOf('It hit a high for the year of $42.875 a share.', 'the year', DCT).value).toBe('2011');
  });
});

describe('titles holding time words', () => {
  it.each([
    ['Baker said on ABC News\' "This Week," that talks failed.'],
    ['Gonzalez said on CBS\'s "60 Minutes." It ended.'],
    ['This is VOA Today.'],
  ])('%s has no timex', (text) => {
    expect(tagTimexes(text, { dct: DCT })).toEqual([]);
  });

  it('still tags capitalised time words that open a sentence, and holiday names', () => {
    expect(tagTimexes('It was hot. Today, prices rose. This week they fell.', { dct: DCT }).map((t) => t.text)).toEqual(['Today', 'This week']);
    expect(timexOf('Shops closed on Thanksgiving Day.', 'Thanksgiving Day', '2011-12-06').value).toBe('2011-11-24');
  });
});

describe('plural durations as adjectives', () => {
  it('"decades-long" is a vague duration', () => {
    expect(summary(timexOf('It ended a decades-long battle.', 'decades-long', DCT))).toBe('DURATION PXY');
  });
  it.each([
    ['It followed a several-year tenure.', 'several-year', 'DURATION PXY'],
    ['They signed a multi-year deal.', 'multi-year', 'DURATION PXY'],
    ['They left their third day-long meeting.', 'day-long', 'DURATION P1D'],
    ['Investors pay in the weeks ahead.', 'the weeks ahead', 'DURATION PXW'],
    ['It may be extended for an additional year.', 'an additional year', 'DURATION P1Y'],
    ['Eight trading days after the crash, it fell.', 'Eight trading days', 'DURATION P8D'],
  ])('%s', (text, expression, expected) => {
    expect(summary(timexOf(text, expression, DCT))).toBe(expected);
  });
  it('an age in units is no duration', () => {
    expect(tagTimexes('He wore a day-old beard.', { dct: DCT })).toEqual([]);
  });
  it('an age is no duration', () => {
    expect(tagTimexes('A 6-year-old boy survived.', { dct: DCT })).toEqual([]);
  });
});

describe('weekdays relative to the story', () => {
  it('"the previous Friday" is the Friday before the day the story is on', () => {
    const found = tagTimexes('Shares closed on Friday, down 4.5% from the previous Friday.', { dct: '1989-10-30' });
    expect(found.map((t) => [t.text, t.value])).toEqual([['Friday', '1989-10-27'], ['the previous Friday', '1989-10-20']]);
  });
  it('"the following Monday" follows the date mentioned; with none, the publication date', () => {
    expect(timexOf('Talks began on March 3, 2015. The following Monday they ended.', 'The following Monday', DCT).value).toBe('2015-03-09');
    expect(timexOf('The previous Friday was calm.', 'The previous Friday', '1989-10-30').value).toBe('1989-10-27');
  });
});

describe('weekdays naming events', () => {
  it('"Wednesday\'s ruling" is a day already come, even in a future sentence', () => {
    expect(timexOf('Relatives will challenge Wednesday\'s ruling.', 'Wednesday', DCT).value).toBe('2011-10-05');
    expect(timexOf('Police will review Thursday\'s attack.', 'Thursday', DCT).value).toBe('2011-10-06');
  });
  it('a plain weekday in a future sentence is still the next one', () => {
    expect(timexOf('Relatives will challenge the ruling on Wednesday.', 'Wednesday', DCT).value).toBe('2011-10-12');
  });
});

describe('counts and references', () => {
  it('"a couple of" counts two', () => {
    expect(summary(timexOf('It took a couple of years.', 'a couple of years', DCT))).toBe('DURATION P2Y');
    expect(timexOf('It took a few years.', 'a few years', DCT).value).toBe('PXY');
  });
  it('"the past" before a count is no past reference', () => {
    expect(tagTimexes('It happened during the past three summers.', { dct: DCT })).toEqual([]);
    expect(timexOf('They lived in the past.', 'the past', DCT).value).toBe('PAST_REF');
  });
});

describe('tense cues', () => {
  it('a month the tense puts on the other side stays there even when the other instance is nearer', () => {
    expect(timexOf('In January, a clinic bombing in Birmingham killed a guard.', 'January', '1998-10-25').value).toBe('1998-01');
    expect(timexOf('Collins will be named commander for a mission in December.', 'December', '1998-03-04').value).toBe('1998-12');
    expect(timexOf('Talks resumed in September.', 'September', '1998-10-25').value).toBe('1998-09');
  });

  it('a scheduled date lies ahead whatever the verb', () => {
    const found = tagTimexes('ONEIDA declared a dividend, payable Dec. 15 to stock of record Nov. 17.', { dct: '1989-10-26' });
    expect(found.map((t) => t.value)).toEqual(['1989-12-15', '1989-11-17']);
    expect(timexOf('The pact, effective Feb. 1, was signed.', 'Feb. 1', '1989-10-26').value).toBe('1990-02-01');
    expect(timexOf('The dividend was paid Feb. 1.', 'Feb. 1', '1989-10-26').value).toBe('1989-02-01');
  });

  it('a deadline moved ("postponed until", "extended to") lies ahead; "expects" and "supposed to" look ahead', () => {
    expect(timexOf('Officials postponed until Tuesday morning any action on the case.', 'Tuesday morning', '2000-03-30').value).toBe('2000-04-04TMO');
    expect(timexOf('Officials met on Tuesday morning to discuss the case.', 'Tuesday morning', '2000-03-30').value).toBe('2000-03-28TMO');
    expect(timexOf('The offer, which expired, was extended to Friday.', 'Friday', '2000-03-29').value).toBe('2000-03-31');
    expect(timexOf('He said the firm expects a decision on Friday.', 'Friday', '2000-03-29').value).toBe('2000-03-31');
    expect(timexOf('The talks, which are supposed to conclude by Friday, resumed.', 'Friday', '2000-03-29').value).toBe('2000-03-31');
  });

  it('a deadline by a month or date lies ahead; by a weekday the verb decides', () => {
    expect(timexOf('He said: "We will get Britain out of the EU by October 31st."', 'October 31st', '2019-08-29').value).toBe('2019-10-31');
    expect(timexOf('The transaction should be completed by Dec. 15, they said.', 'Dec. 15', '1989-10-31').value).toBe('1989-12-15');
    expect(timexOf('Thirty-two members had filed reports by Wednesday.', 'Wednesday', '1990-08-16').value).toBe('1990-08-15');
  });

  it('"predict" looks ahead', () => {
    expect(timexOf('Meteorologists predict landfall Saturday morning.', 'Saturday morning', '2019-07-12').value).toBe('2019-07-13TMO');
    expect(timexOf('Meteorologists predicted landfall Saturday morning.', 'Saturday morning', '2019-07-12').value).toBe('2019-07-06TMO');
  });

  it('an "un-" word in -ed is an adjective, no past', () => {
    expect(timexOf('Qantas will double its flights by August to reach markets untouched by the crisis.', 'August', '1998-02-13').value).toBe('1998-08');
  });

  it('a quarter spoken of ahead of its results is the one just ended', () => {
    expect(timexOf('The company expects to release third-quarter results in mid-November.', 'third-quarter', '1989-10-27').value).toBe('1989-Q3');
  });

  it('"next to" is a place, not a future', () => {
    expect(timexOf('Blasts hit buildings next to the embassies on Friday.', 'Friday', '1998-08-08').value).toBe('1998-08-07');
  });
  it('an irregular past verb puts the sentence in the past', () => {
    expect(timexOf('KKR bought the firm in March.', 'March', '1989-10-30').value).toBe('1989-03');
    expect(timexOf('The firm changed hands in March.', 'March', '1989-10-30').value).toBe('1989-03');
    expect(timexOf('The firm changes hands in March.', 'March', '1989-10-30').value).toBe('1990-03');
    expect(timexOf('The company bought it on Friday.', 'Friday', DCT).value).toBe('2011-09-30');
  });
  it('a name or a noun ending in -ed is no past ("United States", "a hundred")', () => {
    expect(timexOf('The father will be traveling to the United States Thursday.', 'Thursday', '2000-04-05').value).toBe('2000-04-06');
    expect(timexOf('They will host a hundred delegates Thursday.', 'Thursday', '2000-04-05').value).toBe('2000-04-06');
  });

  it('"several quarters of losses" is a time, "a quarter of the market" a fraction', () => {
    expect(timexOf('It earned money after several quarters of losses.', 'several quarters', DCT).type).toBe('DURATION');
    expect(tagTimexes('Funds hold a quarter of the market.', { dct: DCT })).toEqual([]);
  });

  it('a deadline without a verb cue lies ahead', () => {
    expect(timexOf('The agency has given them until Tuesday to sign.', 'Tuesday', '2000-04-03').value).toBe('2000-04-04');
    expect(timexOf('He stayed in Miami until Tuesday.', 'Tuesday', '2000-04-06').value).toBe('2000-04-04');
  });

  it('a participle after "be" is no past', () => {
    expect(timexOf('The vote will be held on Friday.', 'Friday', DCT).value).toBe('2011-10-07');
  });
});
