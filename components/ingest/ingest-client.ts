// The browser side of the ingest endpoints: preview a form, then store the previewed articles reading the
// NDJSON progress stream. Errors come back as messages to show, never as markup.
import type { Preview, PreviewArticle } from '@/lib/ingest/upload';
import type { IngestProgress, IngestSummary } from '@/lib/ingest/pipeline';

export type { Preview, PreviewArticle };

function headers(token: string): HeadersInit {
  return token ? { authorization: `Bearer ${token}` } : {};
}

async function failure(response: Response): Promise<Error> {
  try {
    const body = (await response.json()) as { error?: { message?: string; param?: string } };
    const { message, param } = body.error ?? {};
    // The field at fault comes first: "language: "English" is not a BCP 47 language tag".
    return new Error(message ? `${param ? `${param}: ` : ''}${message}` : `the server answered ${response.status}`);
  } catch {
    return new Error(`the server answered ${response.status}`);
  }
}

export async function requestPreview(form: FormData, token: string): Promise<Preview> {
  const response = await fetch('/api/ingest/preview', { method: 'POST', body: form, headers: headers(token) });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as Preview;
}

type StreamLine = ({ type: 'progress' } & IngestProgress) | ({ type: 'done' } & IngestSummary) | { type: 'error'; message: string };

/** Stores the articles, calling onProgress as each is done; resolves with the summary. Abort with `signal`. */
export async function storeArticles(
  articles: readonly PreviewArticle[],
  token: string,
  onProgress: (progress: IngestProgress) => void,
  signal: AbortSignal,
): Promise<IngestSummary> {
  const response = await fetch('/api/ingest', {
    method: 'POST',
    body: JSON.stringify({ articles }),
    headers: { 'content-type': 'application/json', ...headers(token) },
    signal,
  });
  if (!response.ok || !response.body) throw await failure(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      const message = JSON.parse(line) as StreamLine;
      if (message.type === 'progress') onProgress(message);
      else if (message.type === 'error') throw new Error(message.message);
      else return message;
    }
  }
  throw new Error('the server stopped before the end of the ingest');
}
