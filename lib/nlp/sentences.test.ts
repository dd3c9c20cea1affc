import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks, keeping closing quotes', () => {
    expect(texts('He left. “Why?” she asked! Then silence.')).toEqual(['He left.', '“Why?” she asked!', 'Then silence.']);
  });

  it('does not split after abbreviations, initials or dotted acronyms', () => {
    expect(texts('Mr. Smith met Gen. Lee on Jan. 5 in St. Louis. U.S. officials and J. Doe agreed.')).toEqual([
      'Mr. Smith met Gen. Lee on Jan. 5 in St. Louis.',
      'U.S. officials and J. Doe agreed.',
    ]);
  });

  it('starts a sentence at a camel-case brand but not at a plain lower-case word', () => {
    expect(texts('The model was discontinued. iOS will drop it. It ran e.g. on phones.')).toEqual([
      'The model was discontinued.',
      'iOS will drop it.',
      'It ran e.g. on phones.',
    ]);
  });

  it('treats every paragraph as a boundary', () => {
    expect(texts('A headline without a stop\nThe lede follows.')).toEqual(['A headline without a stop', 'The lede follows.']);
  });

  it('cuts a kicker deck where the lede begins with a determiner', () => {
    const text = 'CROSS-STRAIT: The council barred the officials because they failed to give guarantees The Mainland Affairs Council on Friday night defended it.';
    expect(texts(text)).toEqual([
      'CROSS-STRAIT: The council barred the officials because they failed to give guarantees',
      'The Mainland Affairs Council on Friday night defended it.',
    ]);
  });

  it('cuts a kicker deck where a capitalized subject takes a finite verb', () => {
    const text = 'CHIP WAR: The rules cut off access to Taiwan’s tools essential to building AI chips Taiwan has blacklisted two firms.';
    expect(texts(text)[1]).toBe('Taiwan has blacklisted two firms.');
  });

  it('leaves a paragraph without a kicker alone', () => {
    expect(texts('Reports said the Straits Forum is a platform, officials said.')).toHaveLength(1);
  });

  it('returns offsets that slice back to each sentence', () => {
    const text = '  First one.  Second one.\n\nThird';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences('')).toEqual([]);
  });
});
