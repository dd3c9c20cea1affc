// Several machines on one PostgreSQL: two app instances (the API route handlers, each its own process) and
// two ingest workers share one database and its job queue; every article is stored exactly once and both
// instances answer alike. Skipped, with a note, when the PostgreSQL test server does not answer.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropSchema, reachablePostgres, uniqueSchema } from '@/lib/store/postgres/test-server';

const run = promisify(execFile);
const server = await reachablePostgres();
if (!server) process.stderr.write('PostgreSQL test server not reachable: skipping the multi-instance test\n');

const schema = uniqueSchema('dateline_multi');
const url = `${server}${server?.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
const env = { ...process.env, DATABASE_URL: url };
const PORTS = [3931, 3932];
let dir: string;
const apps: ChildProcess[] = [];

const story = (i: number) => JSON.stringify({ id: `multi-${i}`, published: '2020-02-1' + (i % 10), text: `Ministers in Lisbon said on Friday that bridge ${i} would reopen next week.` });
const dateline = (...args: string[]) => run(process.execPath, [path.resolve('bin/dateline.mjs'), ...args], { env, cwd: dir });

beforeAll(async () => {
  if (!server) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-multi-'));
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  // Two uploads that overlap by ten stories: 40 distinct articles, 50 jobs.
  fs.writeFileSync(path.join(dir, 'a.jsonl'), Array.from({ length: 30 }, (_, i) => story(i)).join('\n'));
  fs.writeFileSync(path.join(dir, 'b.jsonl'), Array.from({ length: 20 }, (_, i) => story(i + 20)).join('\n'));
  for (const port of PORTS) {
    const app = spawn(process.execPath, ['--import', 'tsx', 'bench/load-server.ts', String(port)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    apps.push(app);
    await once(app.stdout!, 'data');
  }
});

afterAll(async () => {
  for (const app of apps) app.kill();
  if (!server) return;
  fs.rmSync(dir, { recursive: true, force: true });
  await dropSchema(server, schema);
});

describe.skipIf(!server)('two app instances and two workers on one PostgreSQL', { timeout: 180_000 }, () => {
  it('store every queued article exactly once, and both instances serve the same events', async () => {
    const queued = await Promise.all([dateline('enqueue', 'a.jsonl'), dateline('enqueue', 'b.jsonl')]);
    expect(queued.map((q) => q.stdout.trim()).sort()).toEqual(['queued 20, rejected 0', 'queued 30, rejected 0']);

    const workers = await Promise.all([dateline('worker', '--once', '--batch', '4'), dateline('worker', '--once', '--batch', '4')]);
    const totals = workers.map((w) => /stored (\d+), duplicates (\d+), failed 0/.exec(w.stdout)?.slice(1).map(Number) ?? []);
    expect(totals.reduce((sum, [stored]) => sum + stored, 0)).toBe(40);
    expect(totals.reduce((sum, [, duplicates]) => sum + duplicates, 0)).toBe(10);
    // Both workers took part.
    expect(totals.every(([stored, duplicates]) => stored + duplicates > 0)).toBe(true);

    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      const articles = await db.query('SELECT COUNT(*)::int AS n, COUNT(DISTINCT content_hash)::int AS distinct FROM articles');
      expect(articles.rows[0]).toEqual({ n: 40, distinct: 40 });
      const jobs = await db.query("SELECT status, COUNT(*)::int AS n FROM ingest_jobs GROUP BY status");
      expect(jobs.rows).toEqual([{ status: 'done', n: 50 }]);
    } finally {
      await db.end();
    }

    const answers = await Promise.all(PORTS.map(async (port) => {
      const response = await fetch(`http://127.0.0.1:${port}/api/events?all=1&limit=1000`);
      return (await response.json()) as { total: number; events: Array<{ article: { id: string } }> };
    }));
    expect(answers[0].total).toBeGreaterThan(0);
    expect(answers[1]).toEqual(answers[0]);
    expect(new Set(answers[0].events.map((e) => e.article.id)).size).toBe(40);
  });
});
