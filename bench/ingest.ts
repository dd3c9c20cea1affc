// `npm run bench:ingest [-- --json] [-- --postgres]`: all Reuters-21578 stories through the language pipeline
// on worker threads (one per core), then the whole ingest (read, analyse, store) into a fresh SQLite
// database, and with --postgres into a fresh schema of the local PostgreSQL test server too.
// Prints articles per second for each and peak memory. Goal: whole corpus < 2 min, < 1 GiB.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestArticles } from '../lib/ingest/pipeline';
import { readInputs } from '../lib/ingest/read';
import { WorkerAnalyzer, defaultWorkerCount } from '../lib/ingest/worker/pool';
import { PgStore } from '../lib/store/postgres/store';
import { dropSchema, reachablePostgres, uniqueSchema } from '../lib/store/postgres/test-server';
import { SqliteStore } from '../lib/store/sqlite/store';
import { LARGE_BATCH } from '../lib/cli/ingest';
import type { Store } from '../lib/store/types';
import { peakMemoryMiB, reutersFiles } from './ingest-corpus';

const json = process.argv.includes('--json');
const withPostgres = process.argv.includes('--postgres');
const log = (line: string) => process.stderr.write(`${line}\n`);

const files = reutersFiles();
if (files) {
  const workers = defaultWorkerCount();
  const pool = new WorkerAnalyzer(workers);
  const readStarted = performance.now();
  const { articles, rejected } = await readInputs(files);
  const readSeconds = (performance.now() - readStarted) / 1000;
  log(`read ${articles.length} articles (${rejected.length} refused) from ${files.length} files in ${readSeconds.toFixed(1)} s`);

  const pipelineStarted = performance.now();
  let events = 0;
  await Promise.all(Array.from({ length: workers * 2 }, async (_, lane) => {
    for (let i = lane; i < articles.length; i += workers * 2) {
      const { text, title, published } = articles[i].article;
      const analysis = await pool.analyze({ text, title, published });
      events += analysis.events.length;
    }
  }));
  const pipelineSeconds = (performance.now() - pipelineStarted) / 1000;
  log(`language pipeline: ${(articles.length / pipelineSeconds).toFixed(0)} articles/s on ${workers} workers, ${events} events`);

  const ingestInto = async (name: string, store: Store) => {
    const started = performance.now();
    const summary = await ingestArticles(store, articles, { analyze: pool.analyze, concurrency: workers * 2, batchSize: LARGE_BATCH });
    const seconds = (performance.now() - started) / 1000 + readSeconds;
    log(`whole ingest into ${name}: ${seconds.toFixed(1)} s, ${(articles.length / seconds).toFixed(0)} articles/s ` +
      `(stored ${summary.stored}, duplicates ${summary.duplicates}, rejected ${summary.rejected.length + rejected.length})`);
    return { seconds: round(seconds), articlesPerSecond: Math.round(articles.length / seconds), stored: summary.stored, duplicates: summary.duplicates,
      rejected: summary.rejected.length + rejected.length };
  };

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-ingest-'));
  const sqlite = SqliteStore.open(path.join(dir, 'bench.db'));
  const result: Record<string, unknown> = {
    corpus: 'reuters21578', files: files.length, articles: articles.length, workers, cores: os.availableParallelism(),
    pipeline: { seconds: round(pipelineSeconds), articlesPerSecond: Math.round(articles.length / pipelineSeconds), events },
    sqlite: await ingestInto('SQLite', sqlite),
  };
  await sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const url = withPostgres ? await reachablePostgres() : null;
  if (withPostgres && !url) log('PostgreSQL test server not reachable: PostgreSQL ingest skipped');
  if (url) {
    const schema = uniqueSchema('dateline_bench');
    const pg = PgStore.open(url, { schema, max: workers * 2 });
    try {
      result.postgres = await ingestInto('PostgreSQL', pg);
    } finally {
      await pg.close();
      await dropSchema(url, schema);
    }
  }
  await pool.close();
  result.peakMemoryMiB = peakMemoryMiB();
  log(`peak memory: ${result.peakMemoryMiB} MiB`);
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
