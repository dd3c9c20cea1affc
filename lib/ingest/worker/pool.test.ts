import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../nlp/analyze';
import { WorkerAnalyzer } from './pool';

const pool = new WorkerAnalyzer(2);
afterAll(() => pool.close());

describe('WorkerAnalyzer', { timeout: 60_000 }, () => {
  it('gives the same analysis as the pipeline in this thread, for many articles at once', async () => {
    const inputs = Array.from({ length: 12 }, (_, i) => ({
      text: `Voters in France went to the polls yesterday, ${i + 1} days after the first round, in a runoff election.`,
      title: `Vote ${i}`,
      published: '2017-05-07',
    }));
    const results = await Promise.all(inputs.map(pool.analyze));
    expect(results).toEqual(inputs.map((input) => analyzeArticle(input)));
  });
});
