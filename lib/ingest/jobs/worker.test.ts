// A queue worker analyses each job's article with its language, jobs queued before articles had one included.
// Skipped, with a note, when the PostgreSQL test server does not answer.
import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis, ArticleInput } from '../../nlp/types';
import { PgStore } from '../../store/postgres/store';
import { dropSchema, reachablePostgres, uniqueSchema } from '../../store/postgres/test-server';
import { PgJobQueue } from './queue';
import { runWorker } from './worker';

const url = await reachablePostgres();
if (!url) process.stderr.write('PostgreSQL test server not reachable: skipping the job worker test\n');

describe.skipIf(!url)('runWorker', () => {
  it('analyses and stores each queued article with its language; a job queued without one gets none', async () => {
    const schema = uniqueSchema();
    const store = PgStore.open(url as string, { schema, max: 2 });
    try {
      await store.ready();
      const queue = new PgJobQueue(store.pool);
      const article = (id: string, language: string | null) => ({ id, title: null, published: '2017-08-01', source: null, url: null, language, text: `Story ${id} of 5/7/2017.` });
      await queue.enqueue([{ article: article('uk', 'en-GB'), origin: 'a.jsonl (record 1)' }]);
      const { language: _dropped, ...legacy } = article('old', null);
      await store.pool.query("INSERT INTO ingest_jobs (article, origin) VALUES ($1, 'b.jsonl (record 1)')", [JSON.stringify(legacy)]);
      const analysed: ArticleInput[] = [];
      const analyze = (input: ArticleInput): ArticleAnalysis => {
        analysed.push(input);
        return { countries: [], topics: [], events: [], timexes: [] };
      };
      expect(await runWorker(queue, store, { analyze, once: true })).toEqual({ stored: 2, duplicates: 0, failed: 0 });
      expect(analysed.map((a) => [a.text, a.language])).toEqual([['Story uk of 5/7/2017.', 'en-GB'], ['Story old of 5/7/2017.', null]]);
      expect((await store.getArticle('uk'))?.language).toBe('en-GB');
      expect((await store.getArticle('old'))?.language).toBeNull();
    } finally {
      await store.close();
      await dropSchema(url as string, schema);
    }
  });
});
