// PostgreSQL-only behaviour: several instances against one database (skipped when no server answers).
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../filters/types';
import { getStore, closeStore } from '../index';
import { contentHash } from '../content-hash';
import { expectLanguageMigrated, OLD_TEXT } from '../language-migration-check';
import { POSTGRES_MIGRATIONS } from '../migrations/postgres';
import { migrate } from './migrate';
import { PgStore } from './store';
import { putArticle } from './write';
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
    expect(rows).toEqual(POSTGRES_MIGRATIONS.map(({ version }) => ({ version })));
  });

  it('stores an article once when two instances put it at the same moment', async () => {
    const article = { title: null, published: null, source: null, url: null, language: null, text: 'The same story, twice at once.' };
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => stores[i % 2].putArticle(article, emptyAnalysis)));
    expect(results.filter((r) => r.status === 'stored')).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await stores[1].countArticles()).toBe(1);
  });
});

describe.skipIf(!url)('PgStore merging after a writer died', () => {
  it('merges the reports a writer stored but did not live to merge when the store next opens', async () => {
    const schema = uniqueSchema();
    const first = PgStore.open(url as string, { schema, max: 2 });
    const second = PgStore.open(url as string, { schema, max: 2 });
    try {
      await first.ready();
      const report = (id: string, evidence: string) => ({
        article: { id, title: null, published: '2025-06-16', source: id, url: null, language: null, text: evidence },
        analysis: { countries: ['TW'], topics: [], timexes: [], events: [{
          summary: evidence, evidence, evidenceStart: 0, evidenceEnd: evidence.length, timex: { text: 'yesterday', start: 0, end: 9 },
          value: '2025-06-15', start: '2025-06-15', end: '2025-06-15', precision: 'day' as const, salient: true, unresolved: false, countries: [], topics: [],
        }] },
      });
      // The articles' transactions commit; the process dies before its merge transaction.
      for (const { article, analysis } of [
        report('times', 'The Straits Forum yesterday opened in Xiamen, with former president Ma Ying-jeou attending the opening.'),
        report('focus', 'Former president Ma Ying-jeou attended the opening of the Straits Forum in Xiamen yesterday.'),
      ]) await putArticle(first.pool, article, analysis);
      const queued = await first.pool.query('SELECT COUNT(*)::int AS n FROM merge_pending');
      expect(queued.rows[0].n).toBe(2);
      const { events } = await second.listEvents({ filter: { ...EMPTY_FILTER }, salientOnly: true });
      expect(events.map((e) => e.sourceCount)).toEqual([2]);
      const left = await second.pool.query('SELECT COUNT(*)::int AS n FROM merge_pending');
      expect(left.rows[0].n).toBe(0);
    } finally {
      await Promise.all([first.close(), second.close()]);
      await dropSchema(url as string, schema);
    }
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

describe.skipIf(!url)('PostgreSQL migration 5', () => {
  it('makes the most precisely dated report of each stored happening its representative', async () => {
    const schema = uniqueSchema();
    const client = new pg.Client({ connectionString: url as string, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA ${schema}`);
      await migrate(client, POSTGRES_MIGRATIONS.filter((m) => m.version <= 4));
      for (const id of ['a', 'b', 'c']) {
        await client.query(`INSERT INTO articles (id, content_hash, text, ingested_at, search) VALUES ($1, $2, 'text', '2025-06-16', to_tsvector('text'))`, [id, `hash-${id}`]);
      }
      // A happening first reported for its month, then for its day and for its month again.
      const rows: Array<[number, string, string, string, string, number, number | null, string | null]> = [
        [1, 'a', '2025-06-01', '2025-06-30', 'month', 1, null, null],
        [2, 'b', '2025-06-15', '2025-06-15', 'day', 0, 1, '{"why":"b"}'],
        [3, 'c', '2025-06-01', '2025-06-30', 'month', 0, 1, '{"why":"c"}'],
      ];
      for (const row of rows) {
        await client.query(`INSERT INTO events (id, article_id, ordinal, summary, evidence, evidence_start, evidence_end, timex_text,
          timex_start, timex_end, value, start_date, end_date, precision, salient, unresolved, merged_into, merge_reasons, search)
          VALUES ($1, $2, 0, 's', 'e', 0, 1, 't', 0, 1, 'v', $3, $4, $5, $6, 0, $7, $8, to_tsvector('e'))`, row);
      }
      await client.query(`INSERT INTO event_countries (event_id, country, ordinal) VALUES (1, 'CN', 0), (2, 'TW', 0)`);
      expect(await migrate(client, POSTGRES_MIGRATIONS)).toEqual([5, 6, 7, 8]);
      const events = await client.query('SELECT id::int, merged_into::int, merge_reasons, salient::int FROM events ORDER BY id');
      expect(events.rows.map((r) => Object.values(r))).toEqual([[1, 2, '{"why":"b"}', 1], [2, null, null, 1], [3, 2, '{"why":"c"}', 0]]);
      const places = await client.query('SELECT country FROM event_countries WHERE event_id = 2 ORDER BY ordinal');
      expect(places.rows.map((r) => r.country)).toEqual(['TW', 'CN']);
    } finally {
      await client.end();
      await dropSchema(url as string, schema);
    }
  });
});

describe.skipIf(!url)('PostgreSQL migration 8', () => {
  it('adds the article language to a database stored before: old articles have none, re-ingesting works', async () => {
    const schema = uniqueSchema();
    const client = new pg.Client({ connectionString: url as string, options: `-c search_path=${schema}` });
    await client.connect();
    let store: PgStore | null = null;
    try {
      await client.query(`CREATE SCHEMA ${schema}`);
      await migrate(client, POSTGRES_MIGRATIONS.filter((m) => m.version <= 7));
      await client.query(`INSERT INTO articles (id, content_hash, published, text, ingested_at, search)
        VALUES ('old', $1, '2017-08-01', $2, '2017-08-01', to_tsvector('signed'))`, [contentHash(OLD_TEXT), OLD_TEXT]);
      store = PgStore.open(url as string, { schema, max: 2 });
      await expectLanguageMigrated(store);
    } finally {
      await store?.close();
      await client.end();
      await dropSchema(url as string, schema);
    }
  });
});
