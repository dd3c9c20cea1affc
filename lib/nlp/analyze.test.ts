import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze';

const article = {
  title: 'Taiwan bars Chinese officials from travel expo',
  published: '2025-06-15',
  text:
    'The Mainland Affairs Council on Friday defended its decision to bar Chinese officials from a tourism event in Taipei. ' +
    'The travel expo is to run from July 18 to 21, the council said.',
};

describe('analyzeArticle', () => {
  const result = analyzeArticle(article);

  it('tags countries (primary first) and IPTC topics', () => {
    expect(result.countries[0]).toBe('TW');
    expect(result.countries).toContain('CN');
    expect(result.topics[0]).toBe('politics');
  });

  it('extracts dated events with evidence, timex offsets and intervals', () => {
    const friday = result.events.find((e) => e.timex.text === 'Friday');
    expect(friday).toMatchObject({ start: '2025-06-13', end: '2025-06-13', precision: 'day', unresolved: false });
    expect(article.text.slice(friday!.evidenceStart, friday!.evidenceEnd)).toBe(friday!.evidence);
    expect(article.text.slice(friday!.timex.start, friday!.timex.end)).toBe('Friday');
    expect(friday!.summary.length).toBeLessThanOrEqual(90);
    expect(friday!.countries).toContain('TW');
    expect(result.events.some((e) => e.start === '2025-07-18' && e.end === '2025-07-21')).toBe(true);
    expect(result.timexes.length).toBeGreaterThanOrEqual(2);
  });

  it('leaves relative dates unresolved without a publication date, never dated against today', () => {
    const undated = analyzeArticle({ text: 'The minister resigned yesterday.', published: null });
    for (const e of undated.events) {
      expect(e.unresolved).toBe(true);
      expect(e.start).toBeNull();
    }
  });

  it('rejects bad input with a clear error', () => {
    expect(() => analyzeArticle({ text: 'x', published: '15/06/2025' })).toThrow(/published/);
    expect(() => analyzeArticle({ text: undefined as unknown as string })).toThrow(/text/);
    expect(() => analyzeArticle({ text: 'x', language: 'en_GB' })).toThrow(RangeError);
    expect(() => analyzeArticle({ text: 'x', language: 'en_GB' })).toThrow(/language must be a BCP 47 language tag.*"en_GB"/);
  });

  it('reads a numeric date by the article language: day first in British English, month first in US English and by default', () => {
    const text = 'The ministry said the agreement was signed on 5/7/2017 in Paris.';
    const dateOf = (language?: string | null) =>
      analyzeArticle({ text, published: '2017-08-01', language }).timexes.find((t) => t.text === '5/7/2017')?.value;
    expect(dateOf('en-GB')).toBe('2017-07-05');
    expect(dateOf('en-gb')).toBe('2017-07-05');
    expect(dateOf('fr-CA')).toBe('2017-07-05');
    expect(dateOf('en-US')).toBe('2017-05-07');
    expect(dateOf(null)).toBe('2017-05-07');
    expect(dateOf(undefined)).toBe('2017-05-07');
  });
});

// The anchoring rules of the issue, end to end with the real tagger (article of 2017-05-07, a Sunday).
describe('analyzeArticle anchoring', () => {
  const analyze = (text: string) => analyzeArticle({ text, published: '2017-05-07' }).events;

  it('makes a statement and what it reports two events, the reported one shown with the statement as its source', () => {
    const events = analyze('The ministry said yesterday that the talks had collapsed last month.');
    expect(events.map((e) => [e.start, e.end, e.salient])).toEqual([
      ['2017-05-06', '2017-05-06', false],
      ['2017-04-01', '2017-04-30', true],
    ]);
    const [statement, reported] = events;
    expect(reported.summary).toBe('The talks had collapsed');
    expect(statement.evidence).toBe(reported.evidence);
  });

  it('lets a happening without a date inherit the day the story gives to the same thing', () => {
    const events = analyze(
      'Separately, a socialist lawmaker died after collapsing on stage during a speech at a campaign rally, party officials said yesterday. ' +
        'Corinne Erhel, 50, was the last to speak at the rally on Friday in western France when she suddenly fell to the ground.',
    );
    const death = events.filter((e) => e.evidence.startsWith('Separately'));
    expect(death.find((e) => e.salient)).toMatchObject({ start: '2017-05-05', end: '2017-05-05' });
    expect(death.find((e) => !e.salient)).toMatchObject({ start: '2017-05-06' });
  });

  it('reads a vague expression as an approximate interval before publication, never a day', () => {
    const [stolen] = analyze('Macron’s team said the files were stolen weeks ago when officials had their e-mails hacked.').filter((e) => e.timex.text === 'weeks ago');
    expect(stolen.precision).toBe('approximate');
    expect(stolen.start! < stolen.end!).toBe(true);
    expect(stolen.end! < '2017-05-07').toBe(true);
  });

  it('gives an undated past happening no date when the story sets no reference time', () => {
    expect(analyze('The minister resigned after a long dispute with the party.')).toEqual([]);
  });

  it('writes short headline-like summaries from the sentence, not the sentence itself', () => {
    const sentence =
      'French authorities yesterday took a hard line on what presidential front-runner Emmanuel Macron called a “massive” hacking attack on his campaign, warning on the eve of the vote that anyone spreading the information could be committing a crime.';
    const [event] = analyze(sentence);
    expect(event.summary.length).toBeLessThanOrEqual(91);
    expect(event.summary.startsWith('French authorities took a hard line')).toBe(true);
    expect(event.summary).not.toBe(event.evidence);
  });
});
