// POST /api/ingest: JSON `{ articles: [...] }` (as the preview gave them, dates set by the user) -> analysed
// and stored. The answer streams NDJSON: `{"type":"progress",done,total,stored,duplicates}` lines, then
// `{"type":"done",stored,duplicates,rejected}`. Cancelling the request stops before the next article;
// each article is stored whole or not at all.
import { analyzeArticle } from '@/lib/nlp/analyze';
import { LimitError } from '@/lib/ingest/limits';
import { checkStoreLimits, storeRequestSchema, storeUpload } from '@/lib/ingest/upload';
import { requireWriteToken } from '@/lib/ingest/write-token';
import { getStore } from '@/lib/store';
import { errorResponse, readLimitedBody, refusal } from './body';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  const denied = requireWriteToken(request);
  if (denied) return denied;
  let parsed;
  try {
    const body = JSON.parse(new TextDecoder().decode(await readLimitedBody(request))) as unknown;
    parsed = storeRequestSchema.safeParse(body);
    if (parsed.success) checkStoreLimits(parsed.data);
  } catch (error) {
    if (error instanceof LimitError || error instanceof SyntaxError || error instanceof TypeError) return refusal(error);
    throw error;
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return errorResponse(400, issue.path.join('.') || 'body', issue.message);
  }
  const articles = parsed.data;
  const cancel = new AbortController();
  request.signal.addEventListener('abort', () => cancel.abort());
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: object) => {
        if (!cancel.signal.aborted) controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      };
      try {
        const summary = await storeUpload(getStore(), articles, {
          analyze: analyzeArticle,
          signal: cancel.signal,
          onProgress: (progress) => send({ type: 'progress', ...progress }),
        });
        send({ type: 'done', ...summary });
      } catch (error) {
        send({ type: 'error', message: (error as Error).message });
      }
      if (!cancel.signal.aborted) controller.close();
    },
    cancel() {
      cancel.abort();
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
}
