// Issue 5, point 3: dates before year 1 and far-future years. The TIMEX3 value follows TimeML ("BC0044"); the
// interval is ISO 8601 with astronomical years, as the store and timeline read it (44 BC is -0043: 1 BC is year 0).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze';
import { daysBetween } from './calendar';
import { tagTimexes } from './index';
import { summary, timexOf } from './test-helpers';

const DCT = '2017-12-20';

describe('years with an era', () => {
  it.each([
    ['Caesar was killed on 15 March 44 BC.', '15 March 44 BC', 'DATE BC0044-03-15 -0043-03-15..-0043-03-15 day'],
    ['Caesar was killed on March 15, 44 B.C., in Rome.', 'March 15, 44 B.C.', 'DATE BC0044-03-15 -0043-03-15..-0043-03-15 day'],
    ['Vesuvius erupted in August AD 79.', 'August AD 79', 'DATE 0079-08 0079-08-01..0079-08-31 month'],
    ['Rome was founded in 753 BC.', '753 BC', 'DATE BC0753 -0752-01-01..-0752-12-31 year'],
    ['Rome was founded in 753 B.C. by Romulus.', '753 B.C.', 'DATE BC0753 -0752-01-01..-0752-12-31 year'],
    ['Stonehenge dates to 2500 BCE.', '2500 BCE', 'DATE BC2500 -2499-01-01..-2499-12-31 year'],
    ['Farming began around 10,000 BC.', '10,000 BC', 'DATE BC10000 -9999-01-01..-9999-12-31 year'],
    ['People lived there in 12000 BC.', '12000 BC', 'DATE BC12000 -011999-01-01..-011999-12-31 year'],
    ['The city fell in AD 476.', 'AD 476', 'DATE 0476 0476-01-01..0476-12-31 year'],
    ['The city fell in A.D. 476.', 'A.D. 476', 'DATE 0476 0476-01-01..0476-12-31 year'],
    ['The city fell in 476 AD.', '476 AD', 'DATE 0476 0476-01-01..0476-12-31 year'],
    ['The city fell in 476 CE.', '476 CE', 'DATE 0476 0476-01-01..0476-12-31 year'],
    ['The Normans came in 1066 AD.', '1066 AD', 'DATE 1066 1066-01-01..1066-12-31 year'],
    // No year 0 between the eras: 1 BC is astronomical year 0, AD 1 follows it.
    ['Herod died in 1 BC.', '1 BC', 'DATE BC0001 0000-01-01..0000-12-31 year'],
    ['The reform began in AD 1.', 'AD 1', 'DATE 0001 0001-01-01..0001-12-31 year'],
    ['Athens flourished in the 5th century BC.', 'the 5th century BC', 'DATE BC04 -0499-01-01..-0400-12-31 century'],
    ['Augustus ruled in the first century BC.', 'the first century BC', 'DATE BC00 -0099-01-01..0000-12-31 century'],
    ['Rome fell in the 5th century AD.', 'the 5th century AD', 'DATE 04 0400-01-01..0499-12-31 century'],
    ['In the year 12000 the sun will still shine.', 'the year 12000', 'DATE 12000 +012000-01-01..+012000-12-31 year'],
    ['Robots will rule in the year 3000.', 'the year 3000', 'DATE 3000 3000-01-01..3000-12-31 year'],
    ['By the year 2100 seas will rise.', 'the year 2100', 'DATE 2100 2100-01-01..2100-12-31 year'],
  ])('%s', (text, expression, expected) => {
    expect(summary(timexOf(text, expression, DCT))).toBe(expected);
  });

  it('checks the day against the proleptic Gregorian calendar, 1 BC (year 0) and 5 BC being leap years', () => {
    expect(timexOf('It fell on 29 February 1 BC.', '29 February 1 BC', DCT).interval?.start).toBe('0000-02-29');
    expect(timexOf('It fell on 29 February 5 BC.', '29 February 5 BC', DCT).interval?.start).toBe('-0004-02-29');
    expect(tagTimexes('It fell on 29 February 2 BC.', { dct: DCT }).map((t) => t.value)).not.toContain('BC0002-02-29');
  });

  it('reads no year in a count, a lower-case word or a name', () => {
    expect(tagTimexes('44 people were killed and 30 ad spots ran.', { dct: DCT })).toEqual([]);
    expect(tagTimexes('Rome was founded in 753 bc.', { dct: DCT })).toEqual([]);
    // British Columbia: "BC" after a year news writes bare, inside a noun phrase.
    expect(tagTimexes('He won the 2017 BC election.', { dct: DCT }).map((t) => t.value)).toEqual(['2017']);
    expect(tagTimexes('2017 BC Liberals lost seats.', { dct: DCT }).map((t) => t.value)).toEqual(['2017']);
    expect(tagTimexes('Over the year 12000 people were hired.', { dct: DCT }).map((t) => t.value)).not.toContain('12000');
  });

  it('keeps a year BC before a preposition or at the end: "in 2000 BC the", "around 2000 BC."', () => {
    expect(timexOf('In 2000 BC the Nile flooded.', '2000 BC', DCT).value).toBe('BC2000');
    expect(timexOf('It was built around 2000 BC.', '2000 BC', DCT).value).toBe('BC2000');
  });

  it('places every year BC and AD at its astronomical year, years BC running backwards', () => {
    const startYear = (text: string) => Number(tagTimexes(text, { dct: DCT })[0]?.interval?.start.match(/^([+-]?\d+)-/)?.[1]);
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999 }), (n) => {
      expect(startYear(`It happened in ${n} BC.`)).toBe(1 - n);
      expect(startYear(`It happened in AD ${n}.`)).toBe(n);
    }), { numRuns: 300 });
  });
});

describe('events dated before year 1', () => {
  it('gives "Caesar was killed on 15 March 44 BC." the day -0043-03-15, not a day of the publication year', () => {
    const result = analyzeArticle({ text: 'Caesar was killed on 15 March 44 BC.', published: DCT });
    expect(result.events).toHaveLength(1);
    expect(result.events[0]).toMatchObject({ start: '-0043-03-15', end: '-0043-03-15', precision: 'day', unresolved: false });
    expect(result.events[0].timex.text).toBe('15 March 44 BC');
  });

  it('keeps a paragraph about 44 BC in the background: its undated sentences take no day of this week', () => {
    const text = 'Archaeologists said on Monday they had found a coin in Rome.\n'
      + 'Caesar was killed on 15 March 44 BC. His heirs fought a civil war.';
    const result = analyzeArticle({ text, published: DCT });
    expect(result.events.map((e) => [e.summary, e.start])).toEqual([
      ['Archaeologists said they had found a coin in Rome', '2017-12-18'],
      ['Caesar was killed', '-0043-03-15'],
    ]);
  });

  it('orders days across the eras by time, not by ISO text', () => {
    expect(daysBetween('-0752-01-01', '-0043-03-15')).toBeGreaterThan(0);
    expect(daysBetween('-0043-03-15', '0476-01-01')).toBeGreaterThan(0);
    expect(daysBetween('0000-12-31', '0001-01-01')).toBe(1);
    expect(daysBetween('2017-12-20', '+012000-01-01')).toBeGreaterThan(0);
    expect(daysBetween('-0043-03-15', 'March 44 BC')).toBeNaN();
  });
});
