// Turning a record of named fields (a JSON object, a CSV row) into an ArticleRecord. Field names are
// matched case-insensitively against the aliases below, first alias present wins.
import { canonicalLanguageTag } from '../nlp/language';
import type { ArticleRecord } from '../store/types';
import { parsePublished } from './published';
import type { ReadOptions, ReadResult, RecordLocation } from './types';

export const FIELD_ALIASES = {
  text: ['text', 'body', 'content', 'article', 'story'],
  title: ['title', 'headline'],
  published: ['published', 'date', 'published_at', 'pubdate', 'datetime'],
  url: ['url', 'link'],
  source: ['source', 'publisher'],
  id: ['id', 'guid'],
  language: ['language', 'lang', 'locale'],
} as const;

export type ArticleField = keyof typeof FIELD_ALIASES;

export const MAX_ID_LENGTH = 200;

/** For each article field, the record key that holds it (by alias), among `keys`. */
export function mapFields(keys: readonly string[]): Partial<Record<ArticleField, string>> {
  const byLowerCase = new Map(keys.map((key) => [key.trim().toLowerCase(), key]));
  const mapping: Partial<Record<ArticleField, string>> = {};
  for (const [field, aliases] of Object.entries(FIELD_ALIASES) as Array<[ArticleField, readonly string[]]>) {
    const key = aliases.map((alias) => byLowerCase.get(alias)).find((k) => k !== undefined);
    if (key !== undefined) mapping[field] = key;
  }
  return mapping;
}

export class RecordError extends Error {}

/**
 * The article in `record`, with the defaults of `options` for a date or language it does not give. Throws
 * RecordError naming the field when text is missing or a field has the wrong kind of value; empty strings
 * count as absent.
 */
export function toArticleRecord(record: Record<string, unknown>, options: ReadOptions): ArticleRecord {
  const mapping = mapFields(Object.keys(record));
  const field = (name: ArticleField): string | null => optionalString(record, mapping[name]);
  const text = field('text');
  if (text === null) throw new RecordError(`no article text (expected a field named ${FIELD_ALIASES.text.join(', ')})`);
  const publishedRaw = field('published');
  const published = publishedRaw === null ? (options.published ?? null) : parsePublished(publishedRaw);
  if (published === null && publishedRaw !== null) {
    throw new RecordError(`${mapping.published}: "${publishedRaw.slice(0, 40)}" is not a date (expected YYYY-MM-DD)`);
  }
  const url = field('url');
  if (url !== null && !isHttpUrl(url)) throw new RecordError(`${mapping.url}: "${url.slice(0, 60)}" is not an http(s) URL`);
  const languageRaw = field('language');
  const language = languageRaw === null ? (options.language ?? null) : canonicalLanguageTag(languageRaw);
  if (language === null && languageRaw !== null) {
    throw new RecordError(`${mapping.language}: "${languageRaw.slice(0, 40)}" is not a BCP 47 language tag (expected e.g. en-GB)`);
  }
  const id = field('id');
  if (id !== null && id.length > MAX_ID_LENGTH) throw new RecordError(`${mapping.id}: longer than ${MAX_ID_LENGTH} characters`);
  // Without a named source, the site the article came from is the best credit there is.
  const source = field('source') ?? (url === null ? null : new URL(url).hostname.replace(/^www\./, ''));
  return { id, title: field('title'), published, source, url, language, text };
}

function optionalString(record: Record<string, unknown>, key: string | undefined): string | null {
  if (key === undefined) return null;
  const value = record[key];
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw new RecordError(`${key}: expected text, got ${Array.isArray(value) ? 'a list' : typeof value}`);
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Adds the article in `value` to `result`, or its rejection with the reason. */
export function addRecord(result: ReadResult, value: unknown, location: RecordLocation, options: ReadOptions): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
    result.rejected.push({ ...location, message: `expected an article object, got ${kind}` });
    return;
  }
  try {
    result.articles.push({ ...location, article: toArticleRecord(value as Record<string, unknown>, options) });
  } catch (error) {
    if (!(error instanceof RecordError)) throw error;
    result.rejected.push({ ...location, message: error.message });
  }
}

function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}
