// Applies the pending numbered migrations, each in its own transaction. An advisory lock makes instances
// that start together against one database apply each step once, one after the other.
import type pg from 'pg';
import type { Migration } from '../migrations/types';

/** Any fixed number: the key of the advisory lock held while changing the schema or shared tables. */
export const SCHEMA_LOCK = 0x0da7e11e;

export async function migrate(client: pg.ClientBase, migrations: readonly Migration[]): Promise<number[]> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const newest = Math.max(0, ...applied);
    const known = Math.max(0, ...migrations.map((m) => m.version));
    if (newest > known) {
      throw new Error(`database schema version ${newest} is newer than this Dateline knows (${known}); upgrade Dateline`);
    }
    const pending = [...migrations].sort((a, b) => a.version - b.version).filter((m) => !applied.has(m.version));
    // PostgreSQL DDL is transactional: a failing step rolls back with everything before it in this call.
    for (const migration of pending) {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [migration.version, migration.name, new Date().toISOString()]);
    }
    await client.query('COMMIT');
    return pending.map((m) => m.version);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
