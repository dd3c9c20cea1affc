// The whole language pipeline on random and hostile input: it never throws, every offset stays inside the
// text and slices back to what it claims, and every tag is one of the documented vocabularies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze';
import { isCountryCode } from './places/regions';
import { IPTC_TOPICS } from './topics/iptc';
import { PRECISIONS, type ArticleAnalysis } from './types';

const topicNames = new Set(IPTC_TOPICS.map((t) => t.name));

function expectWellFormed(text: string, result: ArticleAnalysis): void {
  for (const cc of result.countries) expect(isCountryCode(cc)).toBe(true);
  for (const topic of result.topics) expect(topicNames.has(topic)).toBe(true);
  for (const t of result.timexes) {
    expect(t.start).toBeGreaterThanOrEqual(0);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(t.start, t.end)).toBe(t.text);
  }
  for (const e of result.events) {
    expect(text.slice(e.evidenceStart, e.evidenceEnd)).toBe(e.evidence);
    expect(e.timex.start).toBeGreaterThanOrEqual(0);
    expect(e.timex.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(e.timex.start, e.timex.end)).toBe(e.timex.text);
    if (e.start !== null && e.end !== null) expect(e.start <= e.end).toBe(true);
    if (e.precision !== null) expect(PRECISIONS).toContain(e.precision);
    for (const cc of e.countries) expect(isCountryCode(cc)).toBe(true);
    for (const topic of e.topics) expect(topicNames.has(topic)).toBe(true);
  }
}

const newsy = fc.constantFrom(
  'Officials said yesterday', 'that the talks in Taipei', 'would resume on Friday.', 'France', 'Georgia', 'fine china',
  'CHIP WAR:', 'the 17th annual forum', 'NT$300 billion', '<script>alert(1)</script>', 'javascript:void(0)',
  '“quoted”', '\n\n', '—', 'from July 18 to 21', 'weeks ago', 'Mr.', 'U.S.', '\u202e', '\ud83d\ude00',
);

describe('analyzeArticle on any input', () => {
  it('never throws on random Unicode, with or without a publication date', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('2017-05-07', null), (text, published) => {
      expectWellFormed(text, analyzeArticle({ text, published }));
    }), { numRuns: 200 });
  });

  it('never throws on news-like fragments mixed with markup and noise', () => {
    const mixture = fc.array(fc.oneof(newsy, fc.string({ maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(mixture, fc.option(fc.string({ maxLength: 40 })), (text, title) => {
      expectWellFormed(text, analyzeArticle({ text, title, published: '2025-06-15' }));
    }), { numRuns: 200 });
  });
});
