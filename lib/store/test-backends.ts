// For tests: each Store backend to run the same tests against. SQLite in a temporary folder always;
// PostgreSQL in a schema of its own when the test server answers (see postgres/test-server.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PgStore } from './postgres/store';
import { dropSchema, reachablePostgres, uniqueSchema } from './postgres/test-server';
import { SqliteStore } from './sqlite/store';
import type { Store } from './types';

export interface OpenedStore {
  store: Store;
  /** Closes the store and removes everything it wrote. */
  dispose(): Promise<void>;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  open(): Promise<OpenedStore>;
}

const sqlite: Backend = {
  name: 'sqlite',
  async open() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-store-'));
    const store = SqliteStore.open(path.join(dir, 'test.db'));
    return {
      store,
      async dispose() {
        await store.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

function postgres(url: string): Backend {
  return {
    name: 'postgres',
    async open() {
      const schema = uniqueSchema();
      const store = PgStore.open(url, { schema, max: 4 });
      await store.ready();
      return {
        store,
        async dispose() {
          await store.close();
          await dropSchema(url, schema);
        },
      };
    },
  };
}

let announced = false;

/** SQLite, and PostgreSQL when reachable (else a one-line note on stderr, once). */
export async function BACKENDS(): Promise<Backend[]> {
  const url = await reachablePostgres();
  if (url) return [sqlite, postgres(url)];
  if (!announced) {
    announced = true;
    process.stderr.write('PostgreSQL test server not reachable: store tests run on SQLite only (set DATELINE_TEST_DATABASE_URL)\n');
  }
  return [sqlite];
}
