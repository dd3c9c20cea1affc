// POST /api/ingest/preview: multipart form with `files` (any number) and/or `text` (pasted articles), an
// optional `published` (YYYY-MM-DD) for articles without a date and an optional `language` (BCP 47 tag) for
// articles without one. Answers the articles found, with their dates, and what was refused with the reason;
// stores nothing.
import { LimitError } from '@/lib/ingest/limits';
import { previewUpload, type UploadFile } from '@/lib/ingest/upload';
import { parsePublished } from '@/lib/ingest/published';
import { requireWriteToken } from '@/lib/ingest/write-token';
import { canonicalLanguageTag } from '@/lib/nlp/language';
import { errorResponse, readLimitedBody, refusal } from '../body';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  const denied = requireWriteToken(request);
  if (denied) return denied;
  try {
    const body = await readLimitedBody(request);
    const form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
    const published = formOption(form, 'published', (value) => (parsePublished(value) === value ? value : null), 'a date (expected YYYY-MM-DD)');
    const language = formOption(form, 'language', canonicalLanguageTag, 'a BCP 47 language tag (expected e.g. en-GB)');
    const files: UploadFile[] = [];
    for (const entry of form.getAll('files')) {
      if (typeof entry === 'string') continue;
      files.push({ name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) });
    }
    const text = form.get('text');
    if (files.length === 0 && (typeof text !== 'string' || text.trim() === '')) {
      return errorResponse(400, 'files', 'nothing to read: add files or paste text');
    }
    return Response.json(previewUpload(files, typeof text === 'string' ? text : null, { published, language }));
  } catch (error) {
    if (error instanceof OptionError) return errorResponse(400, error.param, error.message);
    if (error instanceof LimitError || error instanceof SyntaxError || error instanceof TypeError) return refusal(error);
    throw error;
  }
}

class OptionError extends Error {
  constructor(readonly param: string, message: string) {
    super(message);
  }
}

/** The form's optional field `name` as `read` gives it (null when absent or empty); a value it refuses is an OptionError. */
function formOption(form: FormData, name: string, read: (value: string) => string | null, expected: string): string | null {
  const raw = form.get(name);
  if (typeof raw !== 'string' || raw === '') return null;
  const value = read(raw);
  if (value === null) throw new OptionError(name, `"${raw.slice(0, 40)}" is not ${expected}`);
  return value;
}
