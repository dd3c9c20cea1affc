// PostgreSQL-only behaviour: several instances against one database (skipped when no server answers).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getStore, closeStore } from '../index';
import { PgStore } from './store';
import { dropSchema, reachablePostgres, uniqueSchema } from './test-server';

const url = await reachablePostgres();
if (!url) process.stderr.write('PostgreSQL test server not reachable: skipping PostgreSQL-only tests\n');

const emptyAnalysis = { countries: [], topics: [], events: [], timexes: [] };

describe.skipIf(!url)('PgStore with several instances on one database', () => {
  let schema: string;
  let stores: PgStore[];

  beforeEach(() => {
    schema = uniqueSchema();
    stores = [PgStore.open(url as string, { schema, max: 2 }), PgStore.open(url as string, { schema, max: 2 })];
  });

  afterEach(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await dropSchema(url as string, schema);
  });

  it('migrates once when instances start together', async () => {
    await Promise.all(stores.map((s) => s.ready()));
    const { rows } = await stores[0].pool.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }, { version: 4 }]);
  });

  it('stores an article once when two instances put it at the same moment', async () => {
    const article = { title: null, published: null, source: null, url: null, text: 'The same story, twice at once.' };
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => stores[i % 2].putArticle(article, emptyAnalysis)));
    expect(results.filter((r) => r.status === 'stored')).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await stores[1].countArticles()).toBe(1);
  });
});

describe.skipIf(!url)('getStore', () => {
  it('picks PostgreSQL when DATABASE_URL is a postgres:// URL', async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url as string;
    try {
      await closeStore();
      expect(getStore()).toBeInstanceOf(PgStore);
    } finally {
      await closeStore();
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });
});
