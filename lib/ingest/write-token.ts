// Protecting writes: when DATELINE_WRITE_TOKEN is set, ingest (and any other writing) endpoints require it,
// as `Authorization: Bearer TOKEN` or an `X-Dateline-Token: TOKEN` header; reading stays open.
import { createHash, timingSafeEqual } from 'node:crypto';

/** Null when the request may write; else the 401 response to send. */
export function requireWriteToken(request: Request, env: NodeJS.ProcessEnv = process.env): Response | null {
  const expected = env.DATELINE_WRITE_TOKEN;
  if (!expected) return null;
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  const given = bearer ?? request.headers.get('x-dateline-token');
  if (given !== null && sameSecret(given.trim(), expected)) return null;
  return Response.json(
    { error: { param: 'token', message: 'writing needs the write token (Authorization: Bearer TOKEN); this server sets DATELINE_WRITE_TOKEN' } },
    { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="dateline"' } },
  );
}

/** Compares hashes in constant time, so neither content nor length leaks through timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
