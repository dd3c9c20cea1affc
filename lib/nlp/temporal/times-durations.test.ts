// Issue 3, points 7 to 9: times of day, durations, sets, references, spans open at one end, false dates.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';
import { summary, timexOf } from './test-helpers';

const DCT = '2017-05-07'; // a Sunday

describe('times of day', () => {
  it.each([
    ['The raid began at 6am.', '6am', 'TIME 2017-05-07T06:00 2017-05-07..2017-05-07 day'],
    ['Polls closed at 8 p.m. local time.', '8 p.m. local time', 'TIME 2017-05-07T20:00 2017-05-07..2017-05-07 day'],
    ['He was woken at 4 in the morning.', '4 in the morning', 'TIME 2017-05-07T04:00 2017-05-07..2017-05-07 day'],
    ['The raid began at 6 a.m. yesterday.', '6 a.m. yesterday', 'TIME 2017-05-06T06:00 2017-05-06..2017-05-06 day'],
    ['Shots rang out at 11 at night.', '11 at night', 'TIME 2017-05-07T23:00 2017-05-07..2017-05-07 day'],
    ['Files spread just before midnight.', 'just before midnight', 'TIME 2017-05-07T24:00 BEFORE 2017-05-07..2017-05-07 day'],
    ['Voting began on Sunday morning.', 'Sunday morning', 'TIME 2017-05-07TMO 2017-05-07..2017-05-07 day'],
  ])('%s', (text, expression, expected) => {
    expect(summary(timexOf(text, expression, DCT))).toBe(expected);
  });

  it('reads the day named with a clock time from the publication date, not from an old story day', () => {
    const found = tagTimexes('The boy arrived on Nov. 25, 1999. His relatives have until 9 a.m. Tuesday to sign.', { dct: '2000-04-03' });
    expect(found.map((t) => [t.text, t.value])).toEqual([['Nov. 25, 1999', '1999-11-25'], ['9 a.m. Tuesday', '2000-04-04T09:00']]);
  });

  it('reads a parenthesis in the tense of the clause around it', () => {
    const found = tagTimexes("He will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.", { dct: '2000-04-05' });
    expect(found.find((t) => t.text === '4 a.m. EDT Thursday')?.value).toBe('2000-04-06T04:00');
  });

  it('dates a clock time by the day the narrative is on', () => {
    const found = tagTimexes('The attack came on May 1, 2015. Police arrived at 6am.', { dct: DCT });
    expect(found.map((t) => t.value)).toEqual(['2015-05-01', '2015-05-01T06:00']);
  });

  it('a clock time "on Wednesday" is on that Wednesday, not on the day the story was on', () => {
    expect(timexOf('At around 12:20 p.m. local time on Wednesday a man opened fire.', 'around 12:20 p.m. local time on Wednesday', '2019-06-01').value)
      .toBe('2019-05-29T12:20');
  });
});

describe('durations', () => {
  it.each([
    ['He served for three years.', 'three years', 'DURATION P3Y'],
    ['It took a decade to build.', 'a decade', 'DURATION P10Y'],
    ['The two-week strike ended.', 'two-week', 'DURATION P2W'],
    ['Talks lasted several months.', 'several months', 'DURATION PXM'],
    ['Sales rose in the first nine months.', 'the first nine months', 'DURATION P9M'],
    ['They lived in camps for 2 1/2 years.', '2 1/2 years', 'DURATION P2Y6M'],
    ['She spent about 5 1/2 hours in Nairobi.', '5 1/2 hours', 'DURATION PT5H30M'],
    ['A minute and a half later, a pilot called.', 'A minute and a half', 'DURATION PT1M30S'],
    ['The tradition lasted more than two thousand years.', 'more than two thousand years', 'DURATION P2000Y MORE_THAN'],
    ['He ruled for a quarter of a century.', 'a quarter of a century', 'DURATION P25Y'],
    ['The answer comes in a few minutes.', 'a few minutes', 'DURATION PTXM'],
    ['Net for the year-earlier nine months rose.', 'the year-earlier nine months', 'DURATION P9M'],
  ])('%s', (text, expression, expected) => {
    const t = timexOf(text, expression, DCT);
    expect(summary(t)).toBe(expected);
    expect(t.interval).toBeUndefined();
  });

  it('"weeks ago" is a vague past with an approximate interval before the publication date', () => {
    const t = timexOf('The files were stolen weeks ago.', 'weeks ago', DCT);
    expect(summary(t)).toBe('DATE PAST_REF 2017-03-19..2017-04-30 approximate');
  });

  it('does not tag an age as a date', () => {
    expect(tagTimexes('The 39-year-old former banker won.', { dct: DCT })).toEqual([]);
  });
});

describe('sets and references', () => {
  it.each([
    ['They meet every Monday.', 'every Monday', 'SET XXXX-WXX-1'],
    ['The report is published annually.', 'annually', 'SET P1Y'],
    ['Buses run daily.', 'daily', 'SET P1D'],
    ['Prices are now higher.', 'now', 'DATE PRESENT_REF'],
    ['The firm recently hired staff.', 'recently', 'DATE PAST_REF'],
    ['More recently, the firm hired staff.', 'More recently', 'DATE PAST_REF'],
    ['Right now the firm hires staff.', 'now', 'DATE PRESENT_REF'],
    ['It happened in the past.', 'the past', 'DATE PAST_REF'],
    ['They look to the future.', 'the future', 'DATE FUTURE_REF'],
  ])('%s', (text, expression, expected) => {
    const t = timexOf(text, expression, DCT);
    expect(summary(t)).toBe(expected);
    expect(t.interval).toBeUndefined();
  });

  it('"soon" is the near future when its clause looks ahead; "as soon as", "soon after" and a past "soon" are not', () => {
    expect(summary(timexOf('The company will soon begin selling boxes.', 'soon', DCT))).toBe('DATE FUTURE_REF');
    expect(tagTimexes('He was soon released from hospital.', { dct: DCT })).toEqual([]);
    expect(tagTimexes('They will leave as soon as they can.', { dct: DCT })).toEqual([]);
    expect(tagTimexes('He will resign soon after the vote.', { dct: DCT })).toEqual([]);
  });

  it('"the then current price" is no present reference', () => {
    expect(tagTimexes('Holders may buy shares at the then current market price.', { dct: DCT })).toEqual([]);
    expect(timexOf('The current market price is low.', 'current', DCT).value).toBe('PRESENT_REF');
  });

  it('"one day" after a modal is some day ahead; counted, it is a day', () => {
    expect(summary(timexOf('Islam will one day be the second largest religion.', 'one day', DCT))).toBe('DATE FUTURE_REF');
    expect(summary(timexOf('The strike lasted one day.', 'one day', DCT))).toBe('DURATION P1D');
  });

  it('an adverb after an amount is a rate, no set; a repetition stays one', () => {
    expect(tagTimexes('Sales should rise 8.5% annually.', { dct: DCT })).toEqual([]);
    expect(tagTimexes('Winds reached 75 miles per hour.', { dct: DCT })).toEqual([]);
    expect(timexOf('Nurses check on him once per hour.', 'per hour', DCT).type).toBe('SET');
    expect(tagTimexes('The plant would produce about 10,000 units annually.', { dct: DCT })).toEqual([]);
    expect(timexOf('Take the pill three times daily.', 'daily', DCT).type).toBe('SET');
  });
});

describe('spans anchored at one end', () => {
  it('"since 2015" starts in 2015 and runs to the publication date', () => {
    const t = timexOf('Prices have risen since 2015.', '2015', DCT);
    expect(t.value).toBe('2015');
    expect(t.interval).toEqual({ start: '2015-01-01', end: DCT, precision: 'year' });
  });

  it('"until June" ends in June', () => {
    const t = timexOf('The ban stays until June.', 'June', DCT);
    expect(t.interval).toEqual({ start: DCT, end: '2017-06-30', precision: 'month' });
  });

  it('a plain year mention keeps its own interval', () => {
    expect(timexOf('Prices rose in 2015.', '2015', DCT).interval).toEqual({ start: '2015-01-01', end: '2015-12-31', precision: 'year' });
  });
});

describe('no false dates', () => {
  it('a fraction or a publication named by a time word is no time', () => {
    expect(tagTimexes('Congress approved about a quarter as much money as asked.', { dct: DCT })).toEqual([]);
    expect(tagTimexes('The news source Daily Xtra reported it.', { dct: DCT })).toEqual([]);
    expect(timexOf('It closed after three quarters of losses.', 'three quarters', DCT).value).toBe('P9M');
    expect(timexOf('Daily, the paper prints 5,000 copies.', 'Daily', DCT).type).toBe('SET');
  });
  it('a 24-hour clock time before UTC is no year', () => {
    expect(tagTimexes('It launched just after 7:30 a.m. EDT (1130 UTC).', { dct: DCT }).map((t) => t.text)).toEqual(['just after 7:30 a.m. EDT']);
    expect(tagTimexes('The quake struck at 4:42 (2024 Friday, UTC).', { dct: DCT }).map((t) => t.text)).toEqual(['Friday']);
    expect(timexOf('The party was founded in 1991.', '1991', DCT).value).toBe('1991');
  });

  it.each([
    '2007 people were evacuated.',
    'The deal is worth NT$300 billion.',
    'The airline bought a Boeing 737-800 jet.',
    'The 17th annual Straits Forum opened.',
    'Theresa May said she would stay.',
    'Protesters march to the square.',
    'He won for a second time.',
    'They may agree.',
    'Four flights a week run on the route.',
    'Funds hold more than a quarter of the market.',
    'Unemployment is near its quarter-century low.',
    'For the people of Poland, high noon comes.',
    'He showed a picture from the film ``High Noon.\'\'',
  ])('%s', (text) => {
    expect(tagTimexes(text, { dct: DCT })).toEqual([]);
  });

  it('still tags the real date next to a false one', () => {
    const found = tagTimexes('In May, 2007 people were evacuated.', { dct: DCT });
    expect(found.map((t) => t.text)).toEqual(['May']);
  });
});
