#!/usr/bin/env node
// `npm start`: build when there is no production build, create the database and ingest the demo corpus
// on first start, then serve the dashboard with `next start` on PORT (default 3000).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
// PostgreSQL when DATABASE_URL is a postgres:// URL; else the SQLite path, resolved once against the
// caller's directory and handed to the server as is.
const postgresUrl = /^postgres(?:ql)?:\/\//i.test(process.env.DATABASE_URL ?? '') ? process.env.DATABASE_URL : null;
const database = postgresUrl ?? path.resolve(process.env.DATELINE_DB || path.join(root, 'data', 'dateline.db'));
const port = process.env.PORT || '3000';
const env = { ...process.env, ...(postgresUrl ? {} : { DATELINE_DB: database }), NEXT_TELEMETRY_DISABLED: '1' };

/** Runs `next` with `args` in the repo root, forwarding Ctrl-C and termination; resolves to its exit code. */
function next(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd: root, env, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(s, forward);
      resolve(code ?? 128 + (constants.signals[signal] ?? 0));
    });
  });
}

/** The newest modification time of the files a build is made from (an updated checkout has newer ones; Node
 * before 20.12 names an entry's folder `path`, later `parentPath`). */
function newestSource() {
  const sources = ['app', 'components', 'lib'].map((dir) => path.join(root, dir));
  const files = ['package-lock.json', 'next.config.js', 'postcss.config.mjs'].map((file) => path.join(root, file));
  let newest = Math.max(...files.filter(existsSync).map((file) => statSync(file).mtimeMs));
  for (const dir of sources.filter(existsSync)) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
    }
  }
  return newest;
}

const buildId = path.join(root, '.next', 'BUILD_ID');
const stale = existsSync(buildId) && statSync(buildId).mtimeMs < newestSource();
if (!existsSync(buildId) || stale) {
  console.log(stale ? 'The production build is older than the source: running next build ...' : 'No production build found: running next build ...');
  const code = await next(['build']);
  if (code !== 0) {
    console.error(`next build failed (exit code ${code})`);
    process.exit(code);
  }
}

register();
const { prepareDatabase } = await import('../lib/cli/prepare-database.ts');
try {
  await prepareDatabase(database, path.join(root, 'demo'), (line) => console.log(line));
} catch (error) {
  console.error(`Cannot prepare the database: ${error.message}`);
  process.exit(1);
}

console.log(`Serving Dateline at http://localhost:${port}`);
process.exitCode = await next(['start', '--port', port]);
