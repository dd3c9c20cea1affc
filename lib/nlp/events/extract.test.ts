import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import type { Timex } from '../types';
import { extractEvents } from './extract';

// Timexes are given by hand so that these tests exercise the event rules alone.
function timex(text: string, phrase: string, value: string, start: string, end = start, type: Timex['type'] = 'DATE', occurrence = 0): Timex {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(phrase, at + 1);
  const precision = value.length === 7 ? 'month' : 'day';
  return { text: phrase, start: at, end: at + phrase.length, type, value, interval: { start, end, precision } };
}

function events(text: string, timexes: Timex[], dct = '2017-05-07') {
  return extractEvents({
    text,
    sentences: splitSentences(text),
    timexes,
    dct,
    countriesOf: () => ['FR'],
    topicsOf: () => ['politics'],
  });
}

describe('extractEvents', () => {
  it('dates a plain sentence by its own expression', () => {
    const text = 'WikiLeaks on Friday posted a link to the documents.';
    const [e] = events(text, [timex(text, 'Friday', '2017-05-05', '2017-05-05')]);
    expect(e).toMatchObject({ start: '2017-05-05', end: '2017-05-05', precision: 'day', salient: true, evidence: text });
    expect(e.timex).toEqual({ text: 'Friday', start: 13, end: 19 });
    expect(e.summary).toBe('WikiLeaks posted a link to the documents');
  });

  it('keeps events dated only to a decade or century off the default timeline', () => {
    const text = 'The region industrialized in the 1990s. The treaty was signed in 1997.';
    const decade: Timex = { ...timex(text, 'the 1990s', '199', '1990-01-01', '1999-12-31'), interval: { start: '1990-01-01', end: '1999-12-31', precision: 'decade' } };
    const year: Timex = { ...timex(text, '1997', '1997', '1997-01-01', '1997-12-31'), interval: { start: '1997-01-01', end: '1997-12-31', precision: 'year' } };
    const found = events(text, [decade, year]);
    expect(found.map((e) => [e.precision, e.salient])).toEqual([['decade', false], ['year', true]]);
  });

  it('makes a statement and what it reports two events, the statement as the source', () => {
    const text = 'The council said yesterday that the talks failed last month.';
    const found = events(text, [timex(text, 'yesterday', '2017-05-06', '2017-05-06'), timex(text, 'last month', '2017-04', '2017-04-01', '2017-04-30')]);
    expect(found.map((e) => [e.start, e.salient])).toEqual([['2017-05-06', false], ['2017-04-01', true]]);
    expect(found[1].summary).toBe('The talks failed');
  });

  it('does not date an event by the start of a span or by "now"', () => {
    const text = 'Attacks have killed 230 people since 2015. A member of parliament since 2007, she worked hard.';
    const ts = [timex(text, '2015', '2015', '2015-01-01', '2015-12-31'), timex(text, '2007', '2007', '2007-01-01', '2007-12-31')];
    expect(events(text, ts)).toEqual([]);
    const edition = 'Apple released the 2011 version of its software suite. Sales of the suite fell in 2011.';
    const years = [timex(edition, '2011', '2011', '2011-01-01', '2011-12-31'), timex(edition, '2011', '2011', '2011-01-01', '2011-12-31', 'DATE', 1)];
    expect(events(edition, years).map((e) => e.evidence)).toEqual(['Sales of the suite fell in 2011.']);
    const now = 'He lost to now-President Trump.';
    expect(events(now, [{ text: 'now', start: 11, end: 14, type: 'DATE', value: 'PRESENT_REF' }])).toEqual([]);
  });

  it('dates the start of a state ("been ... since 2004") as background', () => {
    const text = 'He has been fighting cancer since 2004.';
    const since = { ...timex(text, '2004', '2004', '2004-01-01', '2017-05-07'), interval: { start: '2004-01-01', end: '2017-05-07', precision: 'year' as const } };
    expect(events(text, [since]).map((e) => [e.start, e.end, e.salient])).toEqual([['2004-01-01', '2004-12-31', false]]);
  });

  it('dates a present plan both at publication and at its date', () => {
    const text = 'It is slated for release on June 24.';
    const found = events(text, [timex(text, 'June 24', '2017-06-24', '2017-06-24')]);
    expect(found.map((e) => [e.start, e.salient])).toEqual([['2017-06-24', true], ['2017-05-07', false]]);
  });

  it('gives no story date to an undated past sentence in a background paragraph', () => {
    const text = 'Jobs resigned as chief on Friday.\nIn 1996, Jobs returned to Apple. He was named chief executive.';
    const ts = [timex(text, 'Friday', '2017-05-05', '2017-05-05'), { ...timex(text, '1996', '1996', '1996-01-01', '1996-12-31'), interval: { start: '1996-01-01', end: '1996-12-31', precision: 'year' as const } }];
    expect(events(text, ts).map((e) => e.start)).toEqual(['2017-05-05', '1996-01-01']);
    expect(events(text.replace('\n', ' '), ts).map((e) => e.start)).toEqual(['2017-05-05', '1996-01-01', '2017-05-05']);
  });

  it('summarizes each date by the coordinated clause it governs', () => {
    const text = 'He started Apple in 1976, and in 1984 the first Macintosh was released to the public.';
    const year = (y: string) => ({ ...timex(text, y, y, `${y}-01-01`, `${y}-12-31`), interval: { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' as const } });
    expect(events(text, [year('1976'), year('1984')]).map((e) => [e.value, e.summary])).toEqual([
      ['1976', 'He started Apple'],
      ['1984', 'The first Macintosh was released to the public'],
    ]);
  });

  it('joins the two ends of a range into one event', () => {
    const text = 'The expo is to run from July 18 to 21.';
    const range = { start: '2025-07-18', end: '2025-07-21', precision: 'day' as const };
    const ts: Timex[] = [
      { ...timex(text, 'July 18', '2025-07-18', ''), interval: range },
      { ...timex(text, '21', '2025-07-21', ''), interval: range },
    ];
    const found = events(text, ts, '2025-06-15');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: '2025-07-18', end: '2025-07-21', timex: { text: 'July 18 to 21' } });
  });

  it('places a bare time of day on the day the story last named', () => {
    const text = 'The files leaked late on Friday. The documents spread just before midnight.';
    const midnight: Timex = { text: 'just before midnight', start: text.indexOf('just'), end: text.indexOf('just') + 20, type: 'TIME', value: '2017-05-07T24:00', interval: { start: '2017-05-07', end: '2017-05-07', precision: 'day' } };
    const found = events(text, [timex(text, 'late on Friday', '2017-05-05', '2017-05-05'), midnight]);
    expect(found.map((e) => e.start)).toEqual(['2017-05-05', '2017-05-05']);
  });

  it('lets a reported happening borrow the date a neighbour gives to the same thing, and only then', () => {
    const text = 'A lawmaker died after collapsing at a campaign rally, party officials said yesterday. She was the last to speak at the rally on Friday.';
    const ts = [timex(text, 'yesterday', '2017-05-06', '2017-05-06'), timex(text, 'Friday', '2017-05-05', '2017-05-05')];
    const first = events(text, ts).filter((e) => e.evidence.startsWith('A lawmaker'));
    expect(first.map((e) => [e.start, e.salient])).toEqual([['2017-05-06', false], ['2017-05-05', true]]);
    const unrelated = 'A lawmaker died after collapsing at a campaign rally, party officials said yesterday. Markets were closed on Friday.';
    const ts2 = [timex(unrelated, 'yesterday', '2017-05-06', '2017-05-06'), timex(unrelated, 'Friday', '2017-05-05', '2017-05-05')];
    expect(events(unrelated, ts2).filter((e) => e.evidence.startsWith('A lawmaker')).map((e) => e.start)).toEqual(['2017-05-06']);
  });

  it('keeps an event whose date cannot be resolved, flagged and without false dates', () => {
    const text = 'The minister resigned yesterday.';
    const found = events(text, [{ text: 'yesterday', start: 22, end: 31, type: 'DATE', value: 'XXXX-XX-XX', unresolved: true }], '');
    expect(found).toMatchObject([{ unresolved: true, start: null, end: null, precision: null }]);
  });
});

describe('extractEvents for sentences without a date of their own', () => {
  const text = 'Jobs gave the keynote on Monday. He welcomed everyone to the event. The phone has two cameras. It will ship in stores later.';
  const monday = () => timex(text, 'Monday', '2010-06-07', '2010-06-07');

  it('dates a past happening by the story\'s reference time and a present state by publication, off the default timeline', () => {
    const found = events(text, [monday()], '2010-06-08');
    const byEvidence = new Map(found.map((e) => [e.evidence, e]));
    expect(byEvidence.get('He welcomed everyone to the event.')).toMatchObject({ start: '2010-06-07', salient: false, timex: { text: 'Monday' } });
    expect(byEvidence.get('The phone has two cameras.')).toMatchObject({ start: '2010-06-08', precision: 'day', salient: false, timex: { text: '' } });
    expect(byEvidence.has('It will ship in stores later.')).toBe(false);
  });

  it('marks the lede\'s event as a main one even when the lede names no date', () => {
    const undated = 'Apple has released an update that limits the volume. It is available for free download.';
    expect(events(undated, [], '2006-04-05').map((e) => [e.start, e.salient])).toEqual([['2006-04-05', true], ['2006-04-05', false]]);
    const later = 'Jobs has chosen to step down as chief. He is known for his keynotes. He made an appearance in March.';
    const march = timex(later, 'March', '2011-03', '2011-03-01', '2011-03-31');
    expect(events(later, [march], '2011-08-25').map((e) => [e.start, e.salient])).toEqual([['2011-08-25', true], ['2011-08-25', false], ['2011-03-01', true]]);
    expect(events(text, [monday()], '2010-06-08').filter((e) => e.salient).map((e) => e.evidence)).toEqual(['Jobs gave the keynote on Monday.']);
  });

  it('gives a count over a span since a named happening no date from the story, as it would for "since 2003"', () => {
    const count = 'Apple cut its prices on Monday. Since its launch the store has sold more than 3 billion songs. It has sold many films.';
    const found = events(count, [timex(count, 'Monday', '2010-06-07', '2010-06-07')], '2010-06-08');
    expect(found.map((e) => e.evidence)).toEqual(['Apple cut its prices on Monday.', 'It has sold many films.']);
  });

  it('gives a past happening no date when the story sets no recent reference time', () => {
    const old = events(text, [{ ...monday(), value: '2009-06-01', interval: { start: '2009-06-01', end: '2009-06-01', precision: 'day' } }], '2010-06-08');
    expect(old.some((e) => e.evidence.startsWith('He welcomed'))).toBe(false);
  });

  it('dates an undated statement by the latest dated statement before it, a plain happening by the lede', () => {
    const talk = 'Jobs gave the keynote on Monday. Jobs announced today that the phone ships in June. He said that the price fell. The phone was designed by Ive.';
    const ts = [timex(talk, 'Monday', '2010-06-07', '2010-06-07'), timex(talk, 'today', '2010-06-08', '2010-06-08'), timex(talk, 'June', '2010-06', '2010-06-01', '2010-06-30')];
    const dates = new Map(events(talk, ts, '2010-06-08').map((e) => [e.evidence, e.start]));
    expect(dates.get('He said that the price fell.')).toBe('2010-06-08');
    expect(dates.get('The phone was designed by Ive.')).toBe('2010-06-07');
    // "the United States" is no statement: its date moves nothing.
    const place = 'Jobs gave the keynote on Monday. Stores opened today across the United States. He said that the price fell.';
    const placeTs = [timex(place, 'Monday', '2010-06-07', '2010-06-07'), timex(place, 'today', '2010-06-08', '2010-06-08')];
    expect(events(place, placeTs, '2010-06-08').find((e) => e.evidence.startsWith('He said'))?.start).toBe('2010-06-07');
  });

  it('dates a statement at publication and the past happening it quotes by the reference time', () => {
    const death = 'Jobs died yesterday. A statement on the website states: "Apple has lost a visionary and a genius."';
    const found = events(death, [timex(death, 'yesterday', '2011-10-05', '2011-10-05')], '2011-10-06').filter((e) => e.evidence.startsWith('A statement'));
    expect(found.map((e) => [e.start, e.summary])).toEqual([
      ['2011-10-06', 'A statement on the website states: "Apple has lost a visionary and a genius'],
      ['2011-10-05', '"Apple has lost a visionary and a genius'],
    ]);
  });

  it('takes no reference time from quoted speech', () => {
    const letter = 'Jobs wrote, "I said I would tell you when the day came. That day has come today." He resigned as chief.';
    const found = events(letter, [timex(letter, 'today', '2011-08-25', '2011-08-25')], '2011-08-25');
    expect(found.some((e) => e.evidence === 'He resigned as chief.')).toBe(false);
    const plain = letter.replace(/"/g, '');
    expect(events(plain, [timex(plain, 'today', '2011-08-25', '2011-08-25')], '2011-08-25').find((e) => e.evidence === 'He resigned as chief.')?.start).toBe('2011-08-25');
  });

  it('takes no reference time from a date line above the story', () => {
    const story = 'Friday, January 4, 2019\n\nAn apartment building collapsed on Monday in Magnitogorsk. A gas leak led to an explosion.';
    const line = timex(story, 'Friday, January 4, 2019', '2019-01-04', '2019-01-04');
    const monday = timex(story, 'Monday', '2018-12-31', '2018-12-31');
    const leak = (ts: Timex[]) => events(story, ts, '2019-01-04').find((e) => e.evidence.startsWith('A gas leak'));
    expect(leak([line, monday])?.start).toBe('2018-12-31');
    // Without a dated happening in the lead, the past-tense sentence gets no date rather than the date line's.
    expect(leak([line])).toBeUndefined();
  });

  it('dates an undated statement beside the dated happening it reports', () => {
    const report = 'Jobs gave the keynote on Monday. Jobs said that the company sold 13 million Macs last year.';
    const found = events(report, [timex(report, 'Monday', '2010-06-07', '2010-06-07'), timex(report, 'last year', '2009', '2009-01-01', '2009-12-31')], '2010-06-08');
    expect(found.filter((e) => e.evidence.startsWith('Jobs said')).map((e) => [e.start, e.salient])).toEqual([['2009-01-01', true], ['2010-06-07', false]]);
  });
});

describe('extractEvents on dates that state nothing', () => {
  it('takes no date from a title or name in quotes', () => {
    const text = 'The homepage currently displays the text "Steve Jobs 1955-2011" in black.';
    const lifespan = { ...timex(text, '1955-2011', '1955', '1955-01-01', '2011-12-31'), interval: { start: '1955-01-01', end: '2011-12-31', precision: 'year' as const } };
    expect(events(text, [lifespan], '2011-10-06').map((e) => e.start)).toEqual(['2011-10-06']);
    const unquoted = text.replace(/"/g, '');
    expect(events(unquoted, [{ ...lifespan, start: unquoted.indexOf('1955'), end: unquoted.indexOf('1955') + 9 }], '2011-10-06').map((e) => e.start)).toEqual(['1955-01-01']);
  });

  it('gives no event for credit lines and page furniture, whatever date the story sets', () => {
    const text = 'Rebels took the town of Brega on Friday. CNN\'s Jane Doe contributed to this report. Reporting by Ali Said; Editing by Tom Roe';
    const found = events(text, [timex(text, 'Friday', '2017-05-05', '2017-05-05')]);
    expect(found.map((e) => e.evidence)).toEqual(['Rebels took the town of Brega on Friday.']);
  });

  it('reads every boilerplate entry on its own example', async () => {
    const { BOILERPLATE } = await import('./vocabulary');
    for (const [pattern, example] of BOILERPLATE) expect(pattern.test(example), example).toBe(true);
    expect(BOILERPLATE.some(([pattern]) => pattern.test('The reporter was editing by hand when the fire broke out.'))).toBe(false);
  });

  it('gives no event for a date standing alone', () => {
    const text = 'Friday, January 4, 2019\nAn apartment building collapsed on Monday.';
    const found = events(text, [timex(text, 'Friday, January 4, 2019', '2019-01-04', '2019-01-04'), timex(text, 'Monday', '2018-12-31', '2018-12-31')], '2019-01-04');
    expect(found.map((e) => e.start)).toEqual(['2018-12-31']);
  });
});
