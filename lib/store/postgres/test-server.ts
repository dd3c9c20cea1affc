// For tests and benchmarks: the PostgreSQL server to run against, when one answers, and a fresh schema
// per run so that runs never collide.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** DATELINE_TEST_DATABASE_URL, or the local test server (database `test`, trust auth). */
export const TEST_DATABASE_URL = process.env.DATELINE_TEST_DATABASE_URL || 'postgres://postgres@localhost:5432/test';

/** The test server's URL when it accepts a connection within two seconds, else null. */
export async function reachablePostgres(url = TEST_DATABASE_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return url;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A schema name no other run uses. */
export function uniqueSchema(prefix = 'dateline_test'): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
