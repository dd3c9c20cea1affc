// The process-wide store: PostgreSQL when DATABASE_URL is a postgres:// URL, else the SQLite file named by
// DATELINE_DB (default ./data/dateline.db). Both implement the same Store interface.
import path from 'node:path';
import { PgStore } from './postgres/store';
import { SqliteStore } from './sqlite/store';
import type { Store } from './types';

export type { Store } from './types';

export const DEFAULT_DB_PATH = path.join('data', 'dateline.db');

/** The database file this process uses, resolved against the working directory. */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
  // A run-time location, not a project file: keep Next's output tracing from copying the whole project.
  return path.resolve(/* turbopackIgnore: true */ env.DATELINE_DB || DEFAULT_DB_PATH);
}

/** True for a PostgreSQL connection URL (postgres:// or postgresql://). */
export function isPostgresUrl(value: string | undefined): value is string {
  return value !== undefined && /^postgres(?:ql)?:\/\//i.test(value);
}

/** The database this process uses: the PostgreSQL URL when DATABASE_URL gives one, else the SQLite file. */
export function databaseLocation(env: NodeJS.ProcessEnv = process.env): string {
  return isPostgresUrl(env.DATABASE_URL) ? env.DATABASE_URL : databasePath(env);
}

/** Opens a store at an explicit location: a postgres:// URL or a SQLite file path (tests, `dateline ingest --db`). */
export function openStore(location: string): Store {
  return isPostgresUrl(location) ? PgStore.open(location) : SqliteStore.open(location);
}

// Kept on globalThis so that Next.js dev reloads of this module share one connection.
const holder = globalThis as typeof globalThis & { __datelineStore?: Store };

/** The process-wide store, opened (and migrated, on first use) once. */
export function getStore(): Store {
  holder.__datelineStore ??= openStore(databaseLocation());
  return holder.__datelineStore;
}

/** Closes the process-wide store; the next getStore() opens it again. */
export async function closeStore(): Promise<void> {
  const store = holder.__datelineStore;
  holder.__datelineStore = undefined;
  await store?.close();
}
