// `dateline enqueue FILE...` and `dateline worker`: ingest through the job queue in PostgreSQL, so that
// several web instances and workers share the work (DATABASE_URL must be a postgres:// URL).
import { PgJobQueue } from '../ingest/jobs/queue';
import { runWorker } from '../ingest/jobs/worker';
import { readInputs } from '../ingest/read';
import { describeRejection } from '../ingest/types';
import { analyzeArticle } from '../nlp/analyze';
import { databaseLocation, isPostgresUrl, openStore } from '../store/index';
import { PgStore } from '../store/postgres/store';
import { UsageError, languageOption, parseCommand, publishedOption } from './options';
import { reportRejections } from './report';

function postgresStore(db: string | undefined): PgStore {
  const location = db ?? databaseLocation();
  if (!isPostgresUrl(location)) throw new UsageError('the job queue lives in PostgreSQL: set DATABASE_URL=postgres://... (or --db URL)');
  return openStore(location) as PgStore;
}

export async function enqueue(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { published: { type: 'string' }, language: { type: 'string' }, db: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('enqueue needs at least one FILE or DIR');
  const defaults = { published: publishedOption(values.published), language: languageOption(values.language) };
  const store = postgresStore(values.db);
  try {
    const { articles, rejected } = await readInputs(positionals, defaults);
    const queued = await new PgJobQueue(store.pool).enqueue(articles.map(({ article, ...where }) => ({
      article, origin: describeRejection({ ...where, message: '' }).replace(/: $/, ''),
    })));
    process.stdout.write(`queued ${queued}, rejected ${rejected.length}\n`);
    reportRejections(rejected);
    return rejected.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

export async function worker(args: string[]): Promise<number> {
  const { values } = parseCommand(args, { once: { type: 'boolean' }, batch: { type: 'string' }, db: { type: 'string' } });
  const batch = values.batch === undefined ? 16 : Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 1000) throw new UsageError(`--batch: "${values.batch}" is not a number of jobs (1-1000)`);
  const store = postgresStore(values.db);
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    const summary = await runWorker(new PgJobQueue(store.pool), store, { analyze: analyzeArticle, batch, once: values.once, signal: stop.signal });
    process.stdout.write(`stored ${summary.stored}, duplicates ${summary.duplicates}, failed ${summary.failed}\n`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await store.close();
  }
}
