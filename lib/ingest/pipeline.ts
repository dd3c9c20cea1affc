// The ingest pipeline: read -> analyze -> store. An article already stored is skipped before analysis; an
// article the analyzer or the database refuses is rejected by name, and the rest go on. Several articles
// can be analysed at once (worker threads) and stored a batch per commit.
import type { ArticleAnalysis, ArticleInput } from '../nlp/types';
import type { ArticleRecord, Store } from '../store/types';
import { BatchWriter } from './batch-writer';
import { readInputs } from './read';
import type { ReadOptions, Rejection, SourcedArticle } from './types';

/** The language pipeline, in-process or (returning a promise) on a worker. */
export type Analyzer = (input: ArticleInput) => ArticleAnalysis | Promise<ArticleAnalysis>;

/** What the analyzer reads of an article. */
export function analysisInput(article: ArticleRecord): ArticleInput {
  return { text: article.text, title: article.title, published: article.published, language: article.language };
}

export interface IngestSummary {
  stored: number;
  duplicates: number;
  rejected: Rejection[];
}

export interface IngestProgress {
  done: number;
  total: number;
  stored: number;
  duplicates: number;
}

export interface IngestOptions extends ReadOptions {
  analyze: Analyzer;
  /** Articles analysed at once; more than 1 only helps with an analyzer on worker threads. Default 1. */
  concurrency?: number;
  /** Articles stored per commit. Default 1: each article is visible as soon as it is analysed. */
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Stops before the next article when aborted; articles already stored stay stored, whole. */
  signal?: AbortSignal;
}

export async function ingestPaths(store: Store, paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const { articles, rejected } = await readInputs(paths, options);
  const summary = await ingestArticles(store, articles, options);
  return { ...summary, rejected: [...rejected, ...summary.rejected] };
}

export async function ingestArticles(store: Store, articles: readonly SourcedArticle[], options: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { stored: 0, duplicates: 0, rejected: [] };
  let done = 0;
  let next = 0;
  const finished = () => {
    done += 1;
    options.onProgress?.({ done, total: articles.length, stored: summary.stored, duplicates: summary.duplicates });
  };
  const writer = new BatchWriter(store, Math.max(1, options.batchSize ?? 1), ({ result, ...location }) => {
    if (result.status === 'failed') summary.rejected.push({ ...location, message: `could not be stored: ${result.message}` });
    else summary[result.status === 'stored' ? 'stored' : 'duplicates'] += 1;
    finished();
  });
  const ingestOne = async ({ article, ...location }: SourcedArticle) => {
    let analysis: ArticleAnalysis;
    try {
      if (await store.findStored(article)) {
        summary.duplicates += 1;
        return finished();
      }
      analysis = await options.analyze(analysisInput(article));
    } catch (error) {
      summary.rejected.push({ ...location, message: `could not be analysed: ${(error as Error).message}` });
      return finished();
    }
    await writer.add({ article, analysis }, location);
  };
  // Each lane takes the next article until none is left (or the ingest is aborted).
  const lane = async () => {
    while (next < articles.length && !options.signal?.aborted) await ingestOne(articles[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, lane));
  await writer.flush();
  return summary;
}
