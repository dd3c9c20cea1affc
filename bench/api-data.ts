// Benchmark data for bench:api and bench:load: Reuters-21578 stories analysed and stored, then copied in
// SQL, each copy moved on by whole years (so months stay months), until there are at least 1,000,000
// events. Benchmark-only: the copies are marked with "~N" in their ids and never leave the temporary
// database or schema.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ingestArticles } from '../lib/ingest/pipeline';
import { readInputs } from '../lib/ingest/read';
import { WorkerAnalyzer, defaultWorkerCount } from '../lib/ingest/worker/pool';
import { PgStore } from '../lib/store/postgres/store';
import { dropSchema } from '../lib/store/postgres/test-server';
import { SqliteStore } from '../lib/store/sqlite/store';
import type { Store } from '../lib/store/types';
import { reutersFiles } from './ingest-corpus';

export const TARGET_EVENTS = 1_000_000;
/** Stories analysed for real; the rest of the million are their copies. */
const BASE_FILES = 3;

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Analyses and stores the first Reuters files; null when the corpus is absent. */
async function storeBase(store: Store): Promise<number | null> {
  const files = reutersFiles();
  if (!files) return null;
  const { articles } = await readInputs(files.slice(0, BASE_FILES));
  const pool = new WorkerAnalyzer(defaultWorkerCount());
  try {
    const summary = await ingestArticles(store, articles, { analyze: pool.analyze, concurrency: defaultWorkerCount() * 2, batchSize: 64 });
    log(`base: ${summary.stored} Reuters stories analysed and stored`);
    return summary.stored;
  } finally {
    await pool.close();
  }
}

const copies = (baseEvents: number) => Math.max(0, Math.ceil(TARGET_EVENTS / Math.max(1, baseEvents)) - 1);

/** A SQLite database with >= 1M events at `file`, built once and kept (pass fresh to rebuild). */
export async function sqliteBenchDatabase(file = path.join(os.tmpdir(), 'dateline-bench-api.db'), fresh = false): Promise<string | null> {
  if (!fresh && fs.existsSync(file) && !fs.existsSync(`${file}.building`)) return file;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  fs.writeFileSync(`${file}.building`, '');
  const store = SqliteStore.open(file);
  const base = await storeBase(store);
  await store.close();
  if (base === null) return null;
  const started = performance.now();
  const db = new Database(file);
  const baseEvents = db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
  const n = copies(baseEvents);
  const shift = (column: string) => `CASE WHEN ${column} GLOB '[0-9][0-9][0-9][0-9]-*'
    THEN printf('%04d', CAST(substr(${column}, 1, 4) AS INTEGER) + k.n) || substr(${column}, 5) ELSE ${column} END`;
  db.transaction(() => {
    db.exec(`CREATE TEMP TABLE copies (n INTEGER PRIMARY KEY);
      WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ${n}) INSERT INTO copies SELECT n FROM s;
      CREATE TEMP TABLE base_events AS SELECT * FROM events;
      INSERT INTO articles (id, content_hash, title, published, source, url, text, ingested_at)
        SELECT a.id || '~' || k.n, a.content_hash || '~' || k.n, a.title, ${shift('a.published')}, a.source, a.url, a.text, a.ingested_at
        FROM articles a, copies k;
      INSERT INTO events (article_id, ordinal, summary, evidence, evidence_start, evidence_end, timex_text, timex_start, timex_end,
          value, start_date, end_date, precision, salient, unresolved)
        SELECT e.article_id || '~' || k.n, e.ordinal, e.summary, e.evidence, e.evidence_start, e.evidence_end, e.timex_text,
          e.timex_start, e.timex_end, e.value, ${shift('e.start_date')}, ${shift('e.end_date')}, e.precision, e.salient, e.unresolved
        FROM base_events e, copies k ORDER BY k.n, e.id;
      INSERT INTO event_countries (event_id, country, ordinal)
        SELECT c.id, ec.country, ec.ordinal FROM events c
        JOIN base_events b ON b.article_id = substr(c.article_id, 1, instr(c.article_id, '~') - 1) AND b.ordinal = c.ordinal
        JOIN event_countries ec ON ec.event_id = b.id WHERE c.id > (SELECT MAX(id) FROM base_events);
      INSERT INTO event_topics (event_id, topic, ordinal)
        SELECT c.id, et.topic, et.ordinal FROM events c
        JOIN base_events b ON b.article_id = substr(c.article_id, 1, instr(c.article_id, '~') - 1) AND b.ordinal = c.ordinal
        JOIN event_topics et ON et.event_id = b.id WHERE c.id > (SELECT MAX(id) FROM base_events);
      INSERT INTO events_fts (rowid, summary, evidence, title)
        SELECT e.id, e.summary, e.evidence, coalesce(a.title, '') FROM events e JOIN articles a ON a.id = e.article_id
        WHERE e.id > (SELECT MAX(id) FROM base_events);`);
  })();
  db.exec('ANALYZE');
  const total = db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
  db.close();
  fs.rmSync(`${file}.building`);
  log(`SQLite: ${baseEvents} events copied ${n} times -> ${total} events in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return file;
}

/** The benchmark's schema on the PostgreSQL test server, kept between runs like the SQLite file. */
export const PG_BENCH_SCHEMA = 'dateline_bench_api';

/** A DATABASE_URL for the benchmark schema, filled with >= 1M events when it is not yet (or `fresh`). */
export async function postgresBenchUrl(url: string, fresh = false): Promise<string> {
  if (fresh) await dropSchema(url, PG_BENCH_SCHEMA);
  const store = PgStore.open(url, { schema: PG_BENCH_SCHEMA });
  try {
    await store.ready();
    const { rows } = await store.pool.query<{ n: number }>('SELECT COUNT(*) AS n FROM events');
    if (rows[0].n < TARGET_EVENTS) {
      await store.pool.query('TRUNCATE articles CASCADE');
      await fillPostgres(store);
    }
  } finally {
    await store.close();
  }
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${PG_BENCH_SCHEMA}`)}`;
}

/** Fills the (empty, migrated) PostgreSQL schema behind `store` with >= 1M events. */
async function fillPostgres(store: PgStore): Promise<boolean> {
  if ((await storeBase(store)) === null) return false;
  const started = performance.now();
  const client = await store.pool.connect();
  try {
    const baseEvents = Number((await client.query('SELECT COUNT(*) AS n FROM events')).rows[0].n);
    const n = copies(baseEvents);
    const shift = (column: string) => `CASE WHEN ${column} ~ '^[0-9]{4}-'
      THEN lpad((substr(${column}, 1, 4)::int + k.n)::text, 4, '0') || substr(${column}, 5) ELSE ${column} END`;
    await client.query('BEGIN');
    await client.query(`CREATE TEMP TABLE copies AS SELECT generate_series(1, ${n}) AS n`);
    await client.query('CREATE TEMP TABLE base_events AS SELECT * FROM events');
    await client.query(`INSERT INTO articles (id, content_hash, title, published, source, url, text, ingested_at, search)
      SELECT a.id || '~' || k.n, a.content_hash || '~' || k.n, a.title, ${shift('a.published')}, a.source, a.url, a.text, a.ingested_at, a.search
      FROM articles a, copies k`);
    await client.query(`INSERT INTO events (article_id, ordinal, summary, evidence, evidence_start, evidence_end, timex_text, timex_start,
        timex_end, value, start_date, end_date, precision, salient, unresolved, search)
      SELECT e.article_id || '~' || k.n, e.ordinal, e.summary, e.evidence, e.evidence_start, e.evidence_end, e.timex_text, e.timex_start,
        e.timex_end, e.value, ${shift('e.start_date')}, ${shift('e.end_date')}, e.precision, e.salient, e.unresolved, e.search
      FROM base_events e, copies k ORDER BY k.n, e.id`);
    for (const [table, column] of [['event_countries', 'country'], ['event_topics', 'topic']]) {
      await client.query(`INSERT INTO ${table} (event_id, ${column}, ordinal)
        SELECT c.id, x.${column}, x.ordinal FROM events c
        JOIN base_events b ON b.article_id = split_part(c.article_id, '~', 1) AND b.ordinal = c.ordinal
        JOIN ${table} x ON x.event_id = b.id WHERE c.article_id LIKE '%~%'`);
    }
    await client.query('COMMIT');
    await client.query('ANALYZE');
    const total = Number((await client.query('SELECT COUNT(*) AS n FROM events')).rows[0].n);
    log(`PostgreSQL: ${baseEvents} events copied ${n} times -> ${total} events in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return true;
  } finally {
    client.release();
  }
}
