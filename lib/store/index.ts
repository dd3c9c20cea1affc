// The process-wide store. DATELINE_DB names the SQLite file (default ./data/dateline.db); a PostgreSQL
// DATABASE_URL will select that implementation here, behind the same Store interface.
import path from 'node:path';
import { SqliteStore } from './sqlite/store';
import type { Store } from './types';

export type { Store } from './types';

export const DEFAULT_DB_PATH = path.join('data', 'dateline.db');

/** The database file this process uses, resolved against the working directory. */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
  // A run-time location, not a project file: keep Next's output tracing from copying the whole project.
  return path.resolve(/* turbopackIgnore: true */ env.DATELINE_DB || DEFAULT_DB_PATH);
}

/** Opens and migrates a store at an explicit location (tests, `dateline ingest --db`). */
export function openStore(file: string): Store {
  return SqliteStore.open(file);
}

// Kept on globalThis so that Next.js dev reloads of this module share one connection.
const holder = globalThis as typeof globalThis & { __datelineStore?: Store };

/** The process-wide store, opened and migrated on first use. */
export function getStore(): Store {
  holder.__datelineStore ??= openStore(databasePath());
  return holder.__datelineStore;
}

/** Closes the process-wide store; the next getStore() opens it again. */
export async function closeStore(): Promise<void> {
  const store = holder.__datelineStore;
  holder.__datelineStore = undefined;
  await store?.close();
}
