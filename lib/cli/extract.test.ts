import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../nlp/analyze';
import { extractLine } from './extract';

describe('extractLine', () => {
  it('prints each event with its salience and whether its date could be resolved', () => {
    const text = 'The minister resigned yesterday. Officials said the talks would resume.';
    const dated = extractLine({ text, title: null, source: null, url: null, language: null, published: '2017-05-07' }, analyzeArticle({ text, published: '2017-05-07' }));
    const resignation = dated.events.find((e) => e.timex === 'yesterday');
    expect(resignation).toMatchObject({ start: '2017-05-06', precision: 'day', salient: true, unresolved: false });

    const undated = extractLine({ text, title: null, source: null, url: null, language: null, published: null }, analyzeArticle({ text, published: null }));
    expect(undated.events.find((e) => e.timex === 'yesterday')).toMatchObject({ start: null, unresolved: true });
  });
});
