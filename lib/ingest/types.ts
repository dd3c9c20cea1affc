// What the readers hand to the pipeline: articles with where they came from, and what was refused.
import type { ArticleRecord } from '../store/types';

/** Where a record sits in its file: 1-based record number and, where the format has lines, its first line. */
export interface RecordLocation {
  file: string;
  record: number;
  line: number | null;
}

export interface SourcedArticle extends RecordLocation {
  article: ArticleRecord;
}

export interface Rejection extends RecordLocation {
  message: string;
}

export interface ReadResult {
  articles: SourcedArticle[];
  rejected: Rejection[];
}

export interface ReadOptions {
  /** Publication date (YYYY-MM-DD) for records that carry none. */
  published?: string | null;
  /** Language (canonical BCP 47 tag, see nlp/language.ts) for records that carry none. */
  language?: string | null;
}

/** "file:line (record n): message", the form every report uses. */
export function describeRejection(r: Rejection): string {
  const where = r.line === null ? r.file : `${r.file}:${r.line}`;
  return r.record > 0 ? `${where} (record ${r.record}): ${r.message}` : `${where}: ${r.message}`;
}
