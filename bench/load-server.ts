// For bench:load: the app's API route handlers behind a plain node:http server on loopback, so that the
// load test needs no production build. Run as a child process: `tsx bench/load-server.ts PORT`; it prints
// "listening" when ready. The store comes from DATELINE_DB / DATABASE_URL as in the app.
import http from 'node:http';
import { NextRequest } from 'next/server';
import { GET as events } from '../app/api/events/route';
import { GET as facets } from '../app/api/facets/route';

const ROUTES: Record<string, (request: NextRequest) => Promise<Response>> = { '/api/events': events, '/api/facets': facets };
const port = Number(process.argv[2]);

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  const route = ROUTES[url.pathname];
  try {
    const response = route ? await route(new NextRequest(url)) : new Response('not found', { status: 404 });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error));
  }
});
server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () => process.stdout.write('listening\n'));
