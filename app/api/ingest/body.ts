// Request bodies of the ingest endpoints, read with a byte limit: an upload over it is refused with 413
// before it is buffered whole, whether or not it announced its length.
import { LimitError, MAX_UPLOAD_BYTES, describeBytes } from '@/lib/ingest/limits';

/** A little over the upload limit: multipart framing and JSON quoting add bytes around the content. */
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024;

export async function readLimitedBody(request: Request): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => new LimitError(`the upload is larger than ${describeBytes(MAX_UPLOAD_BYTES)}; add fewer or smaller files at once`);
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export function errorResponse(status: number, param: string, message: string): Response {
  return Response.json({ error: { param, message } }, { status });
}

/** 413 for a limit, 400 for a body that is not what the endpoint reads; anything else propagates (500). */
export function refusal(error: unknown): Response {
  if (error instanceof LimitError) return errorResponse(413, 'body', error.message);
  if (error instanceof SyntaxError || error instanceof TypeError) return errorResponse(400, 'body', error.message);
  throw error;
}
