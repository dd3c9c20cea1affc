import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from './store';
import { SQLITE_MIGRATIONS } from '../migrations/sqlite';

let dir: string;
let file: string;
let store: SqliteStore;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-store-'));
  file = path.join(dir, 'nested', 'test.db');
  store = SqliteStore.open(file);
});

afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('SqliteStore on a real file', () => {
  it('creates the directory, runs WAL and records each migration once across reopenings', async () => {
    expect(fs.existsSync(file)).toBe(true);
    await store.close();
    store = SqliteStore.open(file);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(SQLITE_MIGRATIONS.map((m) => m.version));
    db.close();
  });

});
