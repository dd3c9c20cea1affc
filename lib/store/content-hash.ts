// Identity of an article's content: the same story read twice (from a .txt and a .jsonl, with other line
// breaks or spacing) hashes the same, so it is stored once.
import { createHash } from 'node:crypto';

/** Unicode NFC, every run of white space one space, trimmed: what differs between copies of one text. */
export function normalizeForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text)).digest('hex');
}

/** The id an article gets when its source gives none: stable across runs and machines. */
export function derivedArticleId(text: string): string {
  return contentHash(text).slice(0, 16);
}
