// POST /api/ingest/preview: multipart form with `files` (any number) and/or `text` (pasted articles) and
// an optional `published` (YYYY-MM-DD) for articles without a date. Answers the articles found, with their
// dates, and what was refused with the reason; stores nothing.
import { LimitError } from '@/lib/ingest/limits';
import { previewUpload, type UploadFile } from '@/lib/ingest/upload';
import { parsePublished } from '@/lib/ingest/published';
import { requireWriteToken } from '@/lib/ingest/write-token';
import { errorResponse, readLimitedBody, refusal } from '../body';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  const denied = requireWriteToken(request);
  if (denied) return denied;
  try {
    const body = await readLimitedBody(request);
    const form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
    const publishedRaw = form.get('published');
    const published = typeof publishedRaw === 'string' && publishedRaw !== '' ? parsePublished(publishedRaw) : null;
    if (typeof publishedRaw === 'string' && publishedRaw !== '' && published !== publishedRaw) {
      return errorResponse(400, 'published', `"${publishedRaw.slice(0, 40)}" is not a date (expected YYYY-MM-DD)`);
    }
    const files: UploadFile[] = [];
    for (const entry of form.getAll('files')) {
      if (typeof entry === 'string') continue;
      files.push({ name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) });
    }
    const text = form.get('text');
    if (files.length === 0 && (typeof text !== 'string' || text.trim() === '')) {
      return errorResponse(400, 'files', 'nothing to read: add files or paste text');
    }
    return Response.json(previewUpload(files, typeof text === 'string' ? text : null, published));
  } catch (error) {
    if (error instanceof LimitError || error instanceof SyntaxError || error instanceof TypeError) return refusal(error);
    throw error;
  }
}
