// Applies the pending numbered migrations, each in its own transaction, and records them.
import type Database from 'better-sqlite3';
import type { Migration } from '../migrations/types';

export function migrate(db: Database.Database, migrations: readonly Migration[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
  );
  const newest = Math.max(0, ...applied);
  const known = Math.max(0, ...migrations.map((m) => m.version));
  if (newest > known) {
    throw new Error(`database schema version ${newest} is newer than this Dateline knows (${known}); upgrade Dateline`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const pending = [...migrations].sort((a, b) => a.version - b.version).filter((m) => !applied.has(m.version));
  for (const migration of pending) {
    // IMMEDIATE: two processes opening a fresh database at once must not both apply the same step.
    db.transaction(() => {
      const already = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(migration.version);
      if (already) return;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
  return pending.map((m) => m.version);
}
