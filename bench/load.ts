// `npm run bench:load [-- --json] [-- --seconds N]`: 50 concurrent clients on GET /api/events for 30 s
// (loopback only), cycling through the typical filters, against the 1M-event benchmark databases of
// bench:api on SQLite and, when the local test server answers, PostgreSQL. Reports throughput, latency
// (p50, p99) and errors; the goal is zero errors. The route handlers run in a child process behind
// node:http (see load-server.ts), so no production build is needed.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import autocannon from 'autocannon';
import { reachablePostgres } from '../lib/store/postgres/test-server';
import { postgresBenchUrl, sqliteBenchDatabase } from './api-data';
import { TYPICAL_FILTERS } from './api-filters';

const json = process.argv.includes('--json');
const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 30;
const CONNECTIONS = 50;
const PORT = 3917;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function loadTest(label: string, env: Record<string, string>) {
  const server = spawn(process.execPath, ['--import', 'tsx', 'bench/load-server.ts', String(PORT)], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await once(server.stdout!, 'data');
    const requests = Object.values(TYPICAL_FILTERS).map((query) => ({ path: `/api/events?${new URLSearchParams(Object.fromEntries(new URLSearchParams(query)))}` }));
    // Every filter once first, so the run measures serving, not the first computation of each answer.
    for (const { path } of requests) await fetch(`http://127.0.0.1:${PORT}${path}`).then((r) => r.arrayBuffer());
    const result = await autocannon({ url: `http://127.0.0.1:${PORT}`, connections: CONNECTIONS, duration: seconds, requests });
    const figures = {
      connections: CONNECTIONS, seconds, requests: result.requests.total, throughputPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors + result.timeouts + result.non2xx,
    };
    log(`${label}: ${figures.throughputPerSecond} requests/s, p50 ${figures.latencyMs.p50} ms, p99 ${figures.latencyMs.p99} ms, ${figures.errors} errors (${figures.requests} requests in ${seconds} s)`);
    return figures;
  } finally {
    server.kill();
  }
}

const file = await sqliteBenchDatabase();
if (file) {
  const result: Record<string, unknown> = { sqlite: await loadTest('SQLite', { DATELINE_DB: file, DATABASE_URL: '' }) };
  const url = await reachablePostgres();
  if (url) {
    result.postgres = await loadTest('PostgreSQL', { DATABASE_URL: await postgresBenchUrl(url) });
  } else {
    log('PostgreSQL test server not reachable: PostgreSQL skipped');
  }
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
}
