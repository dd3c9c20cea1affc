// `npm run bench:api [-- --json] [-- --fresh]`: p50/p95 latency of GET /api/events and GET /api/facets
// for typical filters at 1, 8 and 32 concurrent clients, on 1,000,000+ events generated from Reuters-21578
// (see api-data.ts), on SQLite and, when the local test server answers, PostgreSQL. The route handlers
// run in this process exactly as `next start` runs them, minus the HTTP hop (bench:load measures that).
// Goal: p95 < 100 ms at 8 clients on SQLite.
import { NextRequest } from 'next/server';
import { GET as eventsRoute } from '../app/api/events/route';
import { GET as facetsRoute } from '../app/api/facets/route';
import { closeStore } from '../lib/store/index';
import { reachablePostgres } from '../lib/store/postgres/test-server';
import { postgresBenchUrl, sqliteBenchDatabase } from './api-data';
import { TYPICAL_FILTERS } from './api-filters';
import { type LatencyFigures, measure } from './api-latency';

const json = process.argv.includes('--json');
const fresh = process.argv.includes('--fresh');
const log = (line: string) => process.stderr.write(`${line}\n`);

const ROUTES = { events: eventsRoute, facets: facetsRoute } as const;
const CLIENTS = [1, 8, 32];
/** Requests per (route, filter, clients): enough for a stable p95, bounded in time. */
const REQUESTS = (clients: number) => Math.max(40, clients * 4);
/** No new request is started after this long in one (route, filter, clients) run. */
const BUDGET_MS = 4000;

/** Per route and filter: the first request (nothing remembered yet, in ms) and the figures per client count. */
type Figures = Record<string, Record<string, { first: number } & Record<string, LatencyFigures | number>>>;

async function run(label: string): Promise<Figures> {
  const figures: Figures = {};
  for (const [route, handler] of Object.entries(ROUTES)) {
    figures[route] = {};
    for (const [name, query] of Object.entries(TYPICAL_FILTERS)) {
      const url = `http://localhost/api/${route}?${new URLSearchParams(Object.fromEntries(new URLSearchParams(query)))}`;
      const call = async () => {
        const response = await handler(new NextRequest(url));
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
        await response.text();
      };
      // The first request of a filter computes its answer; the store remembers it until the data change.
      const first = (await measure(call, 1, 1)).max;
      const f: Figures[string][string] = { first };
      for (const clients of CLIENTS) f[`c${clients}`] = await measure(call, clients, REQUESTS(clients), BUDGET_MS);
      figures[route][name] = f;
      const line = CLIENTS.map((c) => {
        const { p50, p95 } = f[`c${c}`] as LatencyFigures;
        return `${c} client${c > 1 ? 's' : ''} ${p50}/${p95}`;
      });
      log(`${label} ${route.padEnd(6)} ${name.padEnd(8)} first ${first} ms; p50/p95 ms: ${line.join(', ')}`);
    }
  }
  return figures;
}

const result: Record<string, unknown> = {};
const file = await sqliteBenchDatabase(undefined, fresh);
if (file) {
  process.env.DATELINE_DB = file;
  delete process.env.DATABASE_URL;
  await closeStore();
  result.sqlite = await run('SQLite');
  await closeStore();

  const url = await reachablePostgres();
  if (!url) log('PostgreSQL test server not reachable: PostgreSQL skipped');
  if (url) {
    process.env.DATABASE_URL = await postgresBenchUrl(url, fresh);
    result.postgres = await run('PostgreSQL');
    await closeStore();
  }
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
}
