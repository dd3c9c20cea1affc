// Deletes an SQLite database file with its journal files, so the e2e server starts from an empty store.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

const file = process.argv[2];
if (!file) {
  console.error('usage: node e2e/support/reset-db.mjs DB_FILE');
  process.exit(2);
}
for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
mkdirSync(dirname(file), { recursive: true });
