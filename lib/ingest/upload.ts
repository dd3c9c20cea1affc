// What the "Add articles" page sends: files and pasted text to preview, then the articles (with any dates
// the user set) to store. Everything here is data: no upload is ever executed or rendered as HTML.
import { z } from 'zod';
import { canonicalLanguageTag } from '../nlp/language';
import type { ArticleRecord } from '../store/types';
import { type IngestOptions, type IngestProgress, type IngestSummary, ingestArticles } from './pipeline';
import { parsePublished } from './published';
import { readBytes } from './read';
import { readText } from './readers/text';
import { LimitError, MAX_ARTICLE_CHARS, MAX_UPLOAD_ARTICLES, MAX_UPLOAD_BYTES, describeBytes } from './limits';
import type { Store } from '../store/types';
import type { ReadOptions, ReadResult, Rejection, SourcedArticle } from './types';

export interface UploadFile {
  name: string;
  bytes: Uint8Array;
}

/** The name pasted text goes by in previews and error messages. */
export const PASTED = 'pasted text';

/** An article found in an upload, as the preview shows it. */
export interface PreviewArticle extends ArticleRecord {
  file: string;
  record: number;
  line: number | null;
}

export interface Preview {
  articles: PreviewArticle[];
  rejected: Rejection[];
}

/** Reads every article in the files and the pasted text (`defaults` for what they do not say), refusing over-long articles by name. */
export function previewUpload(files: readonly UploadFile[], pasted: string | null, defaults: ReadOptions): Preview {
  const size = files.reduce((sum, f) => sum + f.bytes.byteLength, 0) + Buffer.byteLength(pasted ?? '');
  if (size > MAX_UPLOAD_BYTES) {
    throw new LimitError(`the upload is ${describeBytes(size)}; at most ${describeBytes(MAX_UPLOAD_BYTES)} can be added at once`);
  }
  const results: ReadResult[] = files.map((file) => readBytes(file.bytes, file.name, defaults));
  if (pasted?.trim()) results.push(readText(pasted, PASTED, defaults));
  const preview: Preview = { articles: [], rejected: results.flatMap((r) => r.rejected) };
  for (const { article, ...location } of results.flatMap((r) => r.articles)) {
    if (article.text.length > MAX_ARTICLE_CHARS) {
      preview.rejected.push({ ...location, message: `the article is ${article.text.length} characters long; at most ${MAX_ARTICLE_CHARS} are accepted` });
    } else {
      preview.articles.push({ ...article, ...location });
    }
  }
  return preview;
}

const isoDay = z.string().refine((value) => parsePublished(value) === value, 'not a date (expected YYYY-MM-DD)');
const httpUrl = z.string().max(2000).regex(/^https?:\/\/\S+$/i, 'not an http(s) URL');
/** A BCP 47 tag, stored in canonical form ("en-gb" -> "en-GB"). */
const languageTag = z.string().transform((value, ctx) => {
  const tag = canonicalLanguageTag(value);
  if (tag === null) ctx.addIssue({ code: 'custom', message: 'not a BCP 47 language tag (expected e.g. en-GB)', input: value });
  return tag ?? z.NEVER;
});

/** The articles to store, as the page sends them back after the preview. */
export const storeRequestSchema = z.object({
  articles: z.array(z.object({
    id: z.string().max(200).nullable().optional(),
    title: z.string().max(1000).nullable(),
    published: isoDay.nullable(),
    source: z.string().max(200).nullable(),
    url: httpUrl.nullable(),
    // Optional: callers (and pages loaded) from before articles carried a language send none.
    language: languageTag.nullable().optional(),
    text: z.string().trim().min(1, 'empty article'),
    file: z.string().max(500).optional(),
    record: z.number().int().nonnegative().optional(),
  })).min(1, 'no articles to store'),
});

export type StoreRequest = z.infer<typeof storeRequestSchema>;

/** Refuses a request with an article or a number of articles over the limits, naming which. */
export function checkStoreLimits(request: StoreRequest): void {
  if (request.articles.length > MAX_UPLOAD_ARTICLES) {
    throw new LimitError(`${request.articles.length} articles sent; at most ${MAX_UPLOAD_ARTICLES} can be stored at once`);
  }
  request.articles.forEach((article, i) => {
    if (article.text.length > MAX_ARTICLE_CHARS) {
      throw new LimitError(`article ${i + 1}${article.title ? ` ("${article.title.slice(0, 60)}")` : ''} is ${article.text.length} characters long; at most ${MAX_ARTICLE_CHARS} are accepted`);
    }
  });
}

/** Stores the previewed articles: each whole or not at all, stopping before the next one when aborted. */
export function storeUpload(
  store: Store,
  request: StoreRequest,
  options: Pick<IngestOptions, 'analyze' | 'signal'> & { onProgress?: (progress: IngestProgress) => void },
): Promise<IngestSummary> {
  const articles: SourcedArticle[] = request.articles.map((a, i) => ({
    file: a.file ?? PASTED,
    record: a.record ?? i + 1,
    line: null,
    article: { id: a.id ?? null, title: a.title, published: a.published, source: a.source, url: a.url, language: a.language ?? null, text: a.text },
  }));
  return ingestArticles(store, articles, options);
}
