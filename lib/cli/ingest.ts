// `dateline ingest`: read, analyse and store articles, then print the summary. Large ingests analyse on
// worker threads (one per core); each article is stored in its own transaction, so an ingest that is
// stopped can simply be run again: what was stored is skipped as duplicate.
import { type Analyzer, ingestArticles } from '../ingest/pipeline';
import { readInputs } from '../ingest/read';
import { WorkerAnalyzer, defaultWorkerCount } from '../ingest/worker/pool';
import { analyzeArticle } from '../nlp/analyze';
import { databaseLocation, openStore } from '../store/index';
import { UsageError, languageOption, parseCommand, publishedOption } from './options';
import { progressPrinter } from './progress';
import { reportRejections } from './report';

/** Below this many articles, starting worker threads costs more than it saves. */
export const WORKER_THRESHOLD = 100;
/** Articles per commit in a large ingest: about a second of work, so a crash loses little. */
export const LARGE_BATCH = 64;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    published: { type: 'string' },
    language: { type: 'string' },
    db: { type: 'string' },
    workers: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('ingest needs at least one FILE or DIR');
  const published = publishedOption(values.published);
  const language = languageOption(values.language);
  const requested = workersOption(values.workers);
  const { articles, rejected } = await readInputs(positionals, { published, language });
  const workers = requested ?? (articles.length >= WORKER_THRESHOLD ? defaultWorkerCount() : 0);
  const pool = workers > 0 ? new WorkerAnalyzer(workers) : null;
  const analyze: Analyzer = pool ? pool.analyze : analyzeArticle;
  const store = openStore(values.db ?? databaseLocation());
  try {
    const summary = await ingestArticles(store, articles, {
      analyze,
      // Two articles per worker keep every worker busy while the main thread stores.
      concurrency: pool ? workers * 2 : 1,
      batchSize: pool ? LARGE_BATCH : 1,
      onProgress: progressPrinter(process.stderr),
    });
    const refused = [...rejected, ...summary.rejected];
    process.stdout.write(`stored ${summary.stored}, duplicates ${summary.duplicates}, rejected ${refused.length}\n`);
    reportRejections(refused);
    return refused.length > 0 ? 1 : 0;
  } finally {
    await pool?.close();
    await store.close();
  }
}

/** --workers N: 0 analyses in this thread; absent lets the size of the ingest decide. */
function workersOption(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d{1,2}$/.test(value)) throw new UsageError(`--workers: "${value}" is not a number of threads (0-99)`);
  return Number(value);
}
