import { describe, expect, it } from 'vitest';
import { locateInSentence, segmentText } from './segments';

describe('segmentText', () => {
  it('cuts the text into plain and highlighted pieces that rebuild it exactly', () => {
    const text = 'Voters went to the polls yesterday, a week after May 1.';
    const segments = segmentText(text, [
      { start: 49, end: 54, data: 'XXXX-05-01' },
      { start: 25, end: 34, data: '2017-05-06' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.range).map((s) => s.text)).toEqual(['yesterday', 'May 1']);
  });

  it('skips overlapping and out-of-range offsets instead of garbling the text', () => {
    const text = 'last week';
    const segments = segmentText(text, [
      { start: 0, end: 9, data: 1 },
      { start: 5, end: 9, data: 2 },
      { start: 3, end: 40, data: 3 },
    ]);
    expect(segments).toEqual([{ text: 'last week', range: { start: 0, end: 9, data: 1 } }]);
  });
});

describe('locateInSentence', () => {
  it('maps article offsets into the sentence and falls back to the text when they disagree', () => {
    expect(locateInSentence('He left yesterday.', 100, { text: 'yesterday', start: 108, end: 117 })).toEqual({ start: 8, end: 17 });
    expect(locateInSentence('He left yesterday.', 90, { text: 'yesterday', start: 108, end: 117 })).toEqual({ start: 8, end: 17 });
    expect(locateInSentence('He left.', 0, { text: 'yesterday', start: 3, end: 12 })).toBeNull();
  });
});
