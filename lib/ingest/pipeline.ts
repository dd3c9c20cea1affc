// The ingest pipeline: read -> analyze -> store, one article at a time. An article already stored is
// skipped before analysis; an article the analyzer fails on is rejected, and the rest go on.
import type { ArticleAnalysis, ArticleInput } from '../nlp/types';
import type { Store } from '../store/types';
import { readInputs } from './read';
import type { ReadOptions, Rejection, SourcedArticle } from './types';

/** The language pipeline, in-process or (returning a promise) on a worker. */
export type Analyzer = (input: ArticleInput) => ArticleAnalysis | Promise<ArticleAnalysis>;

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
  onProgress?: (progress: IngestProgress) => void;
}

export async function ingestPaths(store: Store, paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const { articles, rejected } = await readInputs(paths, options);
  const summary = await ingestArticles(store, articles, options);
  return { ...summary, rejected: [...rejected, ...summary.rejected] };
}

export async function ingestArticles(store: Store, articles: readonly SourcedArticle[], options: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { stored: 0, duplicates: 0, rejected: [] };
  let done = 0;
  for (const { article, ...location } of articles) {
    try {
      if (await store.findStored(article)) {
        summary.duplicates += 1;
      } else {
        const analysis = await options.analyze({ text: article.text, title: article.title, published: article.published });
        const result = await store.putArticle(article, analysis);
        summary[result.status === 'stored' ? 'stored' : 'duplicates'] += 1;
      }
    } catch (error) {
      summary.rejected.push({ ...location, message: `could not be analysed or stored: ${(error as Error).message}` });
    }
    done += 1;
    options.onProgress?.({ done, total: articles.length, stored: summary.stored, duplicates: summary.duplicates });
  }
  return summary;
}
