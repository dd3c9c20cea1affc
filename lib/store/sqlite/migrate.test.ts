import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../content-hash';
import { expectLanguageMigrated, OLD_TEXT } from '../language-migration-check';
import { SQLITE_MIGRATIONS } from '../migrations/sqlite';
import { migrate } from './migrate';
import { SqliteStore } from './store';

let dir: string;
let db: Database.Database;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-migrate-'));
  db = new Database(path.join(dir, 'm.db'));
});

afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const steps = [
  { version: 2, name: 'second', sql: 'ALTER TABLE t ADD COLUMN b TEXT' },
  { version: 1, name: 'first', sql: 'CREATE TABLE t (a TEXT)' },
];

describe('migrate', () => {
  it('applies pending steps in version order, once', () => {
    expect(migrate(db, steps)).toEqual([1, 2]);
    expect(migrate(db, steps)).toEqual([]);
    expect(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('t')).toEqual(['a', 'b']);
  });

  it('rolls back a failing step and keeps the ones before it', () => {
    expect(() => migrate(db, [...steps, { version: 3, name: 'bad', sql: 'CREATE TABLE u (x); SELECT nonsense FROM nowhere' }])).toThrow();
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual([1, 2]);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'u'").pluck().get()).toBe(0);
  });

  it('refuses a database written by a newer schema', () => {
    migrate(db, steps);
    expect(() => migrate(db, steps.slice(1))).toThrow(/schema version 2 is newer than this Dateline knows \(1\)/);
  });

  it('makes the most precisely dated report of each stored happening its representative (migration 5)', () => {
    migrate(db, SQLITE_MIGRATIONS.filter((m) => m.version <= 4));
    for (const id of ['a', 'b', 'c']) {
      db.prepare(`INSERT INTO articles (id, content_hash, text, ingested_at) VALUES (?, ?, 'text', '2025-06-16')`).run(id, `hash-${id}`);
    }
    const event = db.prepare(`INSERT INTO events (id, article_id, ordinal, summary, evidence, evidence_start, evidence_end, timex_text,
      timex_start, timex_end, value, start_date, end_date, precision, salient, unresolved, merged_into, merge_reasons)
      VALUES (?, ?, 0, 's', 'e', 0, 1, 't', 0, 1, 'v', ?, ?, ?, ?, 0, ?, ?)`);
    // A happening first reported for its month, then for its day and for its month again; an event alone.
    event.run(1, 'a', '2025-06-01', '2025-06-30', 'month', 1, null, null);
    event.run(2, 'b', '2025-06-15', '2025-06-15', 'day', 0, 1, '{"why":"b"}');
    event.run(3, 'c', '2025-06-01', '2025-06-30', 'month', 0, 1, '{"why":"c"}');
    const place = db.prepare('INSERT INTO event_countries (event_id, country, ordinal) VALUES (?, ?, ?)');
    place.run(1, 'CN', 0);
    place.run(2, 'TW', 0);
    expect(migrate(db, SQLITE_MIGRATIONS)).toEqual([5, 6, 8]);
    expect(db.prepare('SELECT id, merged_into, merge_reasons, salient FROM events ORDER BY id').raw().all()).toEqual([
      [1, 2, '{"why":"b"}', 1], [2, null, null, 1], [3, 2, '{"why":"c"}', 0],
    ]);
    expect(db.prepare('SELECT country FROM event_countries WHERE event_id = 2 ORDER BY ordinal').pluck().all()).toEqual(['TW', 'CN']);
  });

  it('adds the article language to a database stored before (migration 8): old articles have none, re-ingesting works', async () => {
    migrate(db, SQLITE_MIGRATIONS.filter((m) => m.version <= 6));
    db.prepare(`INSERT INTO articles (id, content_hash, published, text, ingested_at) VALUES ('old', ?, '2017-08-01', ?, '2017-08-01')`)
      .run(contentHash(OLD_TEXT), OLD_TEXT);
    db.close();
    const store = SqliteStore.open(path.join(dir, 'm.db'));
    try {
      await expectLanguageMigrated(store);
    } finally {
      await store.close();
    }
  });
});
