import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../nlp/analyze';
import { WorkerAnalyzer } from './pool';

const pool = new WorkerAnalyzer(2);
afterAll(() => pool.close());

describe('WorkerAnalyzer', { timeout: 60_000 }, () => {
  it('gives the same analysis as the pipeline in this thread, for many articles at once', async () => {
    const inputs = Array.from({ length: 12 }, (_, i) => ({
      text: `Voters in France went to the polls yesterday, ${i + 1} days after the first round of 23/4/2017, in a runoff set for 5/7/2017.`,
      title: `Vote ${i}`,
      published: '2017-05-07',
      language: i % 2 === 0 ? 'en-GB' : null,
    }));
    const results = await Promise.all(inputs.map(pool.analyze));
    expect(results).toEqual(inputs.map((input) => analyzeArticle(input)));
    // The language reached the workers: 5/7/2017 is 5 July in British English, May 7 otherwise.
    expect(results.slice(0, 2).map((r) => r.timexes.find((t) => t.text === '5/7/2017')?.value)).toEqual(['2017-07-05', '2017-05-07']);
  });
});
