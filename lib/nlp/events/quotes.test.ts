import { describe, expect, it } from 'vitest';
import { isTitle, quotationOf, quotedSpans } from './quotes';

describe('quotedSpans', () => {
  it('finds straight and curly quotations, one running over sentences, none over a paragraph break', () => {
    const text = 'He said "It is over. That day has come." She wrote “no”.\n"An open quote\nNext paragraph.';
    const spans = quotedSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['"It is over. That day has come."', '“no”', '"An open quote']);
    const day = { start: text.indexOf('That day'), end: text.indexOf('That day') + 8 };
    expect(quotationOf(spans, day)).toEqual(spans[0]);
    expect(quotationOf(spans, { start: text.indexOf('Next'), end: text.indexOf('Next') + 4 })).toBeUndefined();
  });

  it('tells a title from quoted speech by its length', () => {
    const text = 'the text "Steve Jobs 1955-2011" and "we will miss him very much indeed"';
    const [title, speech] = quotedSpans(text);
    expect([isTitle(text, title), isTitle(text, speech)]).toEqual([true, false]);
  });
});
