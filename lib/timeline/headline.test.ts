import { describe, expect, it } from 'vitest';
import { articleHeadline } from './headline';

describe('articleHeadline', () => {
  it('prefers the title', () => {
    expect(articleHeadline({ title: ' Macron hack ', text: 'Anything.' })).toBe('Macron hack');
  });

  it('falls back to a short first sentence, cut at a word when long', () => {
    expect(articleHeadline({ title: null, text: 'Voters went to the polls. Then more.' })).toBe('Voters went to the polls.');
    const long = articleHeadline({ title: '', text: `${'word '.repeat(40)}end.` });
    expect(long.length).toBeLessThanOrEqual(91);
    expect(long.endsWith('word…')).toBe(true);
  });
});
