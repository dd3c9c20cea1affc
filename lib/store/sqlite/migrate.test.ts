import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from './migrate';

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
});
