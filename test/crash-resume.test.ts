// Reliability: an ingest killed with SIGKILL in the middle, then run again, ends with every article stored
// exactly once and a database that passes SQLite's integrity checks (tables, full-text indexes, foreign keys).
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ARTICLES = 1500;
const CITIES = ['Paris', 'Berlin', 'Taipei', 'Nairobi', 'Lima', 'Oslo', 'Hanoi', 'Quito'];
let dir: string;
let db: string;
let corpus: string;

function ingest(): ChildProcess {
  return spawn(process.execPath, [path.resolve('bin/dateline.mjs'), 'ingest', '--workers', '2', corpus], {
    env: { ...process.env, DATELINE_DB: db, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function count(): number {
  if (!fs.existsSync(db)) return 0;
  const reader = new Database(db, { readonly: true, fileMustExist: true });
  try {
    reader.pragma('busy_timeout = 2000');
    return reader.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number;
  } catch {
    return 0; // not migrated yet
  } finally {
    reader.close();
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-crash-'));
  db = path.join(dir, 'crash.db');
  corpus = path.join(dir, 'corpus.jsonl');
  const lines = Array.from({ length: ARTICLES }, (_, i) => JSON.stringify({
    id: `crash-${i}`,
    published: `2019-0${1 + (i % 9)}-1${i % 10}`,
    text: `Officials in ${CITIES[i % CITIES.length]} said on Monday that project ${i} would open next month. `
      + `The council approved the plan ${i % 7} weeks ago, and work began yesterday.`,
  }));
  fs.writeFileSync(corpus, `${lines.join('\n')}\n`);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('an ingest killed midway and run again', { timeout: 180_000 }, () => {
  it('stores every article exactly once and leaves an intact database', async () => {
    const first = ingest();
    const exited = new Promise((resolve) => first.on('exit', resolve));
    // Kill as soon as some batches are committed, well before the end.
    let stored = 0;
    while (stored < 64 && first.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      stored = count();
    }
    first.kill('SIGKILL');
    await exited;
    const atKill = count();
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(ARTICLES);

    const second = ingest();
    let stdout = '';
    second.stdout?.on('data', (chunk) => (stdout += chunk));
    const code = await new Promise((resolve) => second.on('exit', resolve));
    expect(code).toBe(0);
    const [, storedNow, duplicates] = /stored (\d+), duplicates (\d+), rejected 0/.exec(stdout) ?? [];
    expect(Number(storedNow) + Number(duplicates)).toBe(ARTICLES);
    expect(Number(duplicates)).toBe(atKill);

    const check = new Database(db, { readonly: true });
    try {
      expect(check.prepare('SELECT COUNT(*), COUNT(DISTINCT id), COUNT(DISTINCT content_hash) FROM articles').raw().get()).toEqual([ARTICLES, ARTICLES, ARTICLES]);
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(check.pragma('foreign_key_check')).toEqual([]);
      // Search indexes hold exactly the rows of their tables: no half-written article anywhere.
      expect(check.prepare('SELECT (SELECT COUNT(*) FROM events_fts) = (SELECT COUNT(*) FROM events)').pluck().get()).toBe(1);
      expect(check.prepare('SELECT (SELECT COUNT(*) FROM articles_fts) = (SELECT COUNT(*) FROM articles)').pluck().get()).toBe(1);
      expect(check.prepare('SELECT COUNT(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)').pluck().get()).toBe(0);
    } finally {
      check.close();
    }
    const writable = new Database(db);
    expect(() => writable.exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')")).not.toThrow();
    writable.close();
  });
});
