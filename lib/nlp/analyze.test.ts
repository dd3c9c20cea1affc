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
  });
});
