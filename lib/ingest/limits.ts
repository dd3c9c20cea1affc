// Limits on what one upload may ask of the server. Both answer with 413 and a message saying which.

/** Total bytes of one upload (all files and pasted text). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Characters of one article: far above any news story, low enough to bound the language pipeline's work. */
export const MAX_ARTICLE_CHARS = 100_000;
/** Articles stored by one request. */
export const MAX_UPLOAD_ARTICLES = 5_000;

export class LimitError extends Error {}

export function describeBytes(bytes: number): string {
  // Rounded up, so a size just over a limit never reads as the limit itself.
  return bytes >= 1024 * 1024 ? `${(Math.ceil(bytes / 1024 / 1024 * 10) / 10).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
