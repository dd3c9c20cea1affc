// Issue 3, point 12: the tagger never throws and every offset stays inside the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Timex } from '../types';
import { tagTimexes } from './index';

function expectWellFormed(text: string, timexes: Timex[]): void {
  let previousEnd = 0;
  for (const t of timexes) {
    expect(t.start).toBeGreaterThanOrEqual(previousEnd);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    previousEnd = t.end;
  }
}

const temporalWords = fc.constantFrom(
  'May 7, 2017', 'yesterday', 'on Friday', 'late', 'the third quarter', '2015-2017', 'July 18 to 21', 'weeks ago',
  'since', 'the next day', '6am', 'midnight', '15 March 44 BC', 'AD 476', 'the year 12000', '<b>', '</TIMEX3>', '&amp;', '\u0000', '1990s', "'90s", 'every Monday',
);

describe('tagTimexes on any input', () => {
  it('never throws on random Unicode and keeps offsets inside the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.option(fc.constant('2017-05-07')), (text, dct) => {
      expectWellFormed(text, tagTimexes(text, { dct }));
    }), { numRuns: 300 });
  });

  it('never throws on mixtures of temporal words, markup and noise', () => {
    const mixture = fc.array(fc.oneof(temporalWords, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(mixture, fc.constantFrom('2017-05-07', null, 'not a date', '2016-02-29T10:00'), (text, dct) => {
      expectWellFormed(text, tagTimexes(text, { dct }));
    }), { numRuns: 300 });
  });

  it('handles HTML fragments without tagging inside tags', () => {
    const html = '<p class="2017">Published <time datetime="2017-05-07">May 7, 2017</time></p><script>var d="yesterday"</script>';
    const found = tagTimexes(html, { dct: '2017-05-07' });
    expectWellFormed(html, found);
    expect(found.map((t) => t.text)).toContain('May 7, 2017');
  });

  it('returns nothing for an empty text', () => {
    expect(tagTimexes('', { dct: '2017-05-07' })).toEqual([]);
  });

  it('tags every expression of a 1 MB text', () => {
    const paragraph = 'Officials said yesterday that the talks, first held in May 2015, would resume on Friday. Prices rose 3%. ';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const found = tagTimexes(text, { dct: '2017-05-07' });
    expect(found.length).toBe(3 * Math.ceil(1_000_000 / paragraph.length));
    expectWellFormed(text, found);
  }, 60_000);
});
