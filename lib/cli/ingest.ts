// `dateline ingest`: read, analyse and store articles, then print the summary.
import { ingestPaths } from '../ingest/pipeline';
import { analyzeArticle } from '../nlp/analyze';
import { databasePath, openStore } from '../store/index';
import { UsageError, parseCommand, publishedOption } from './options';
import { progressPrinter } from './progress';
import { reportRejections } from './report';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    published: { type: 'string' },
    db: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('ingest needs at least one FILE or DIR');
  const store = openStore(values.db ?? databasePath());
  try {
    const summary = await ingestPaths(store, positionals, {
      analyze: analyzeArticle,
      published: publishedOption(values.published),
      onProgress: progressPrinter(process.stderr),
    });
    process.stdout.write(`stored ${summary.stored}, duplicates ${summary.duplicates}, rejected ${summary.rejected.length}\n`);
    reportRejections(summary.rejected);
    return summary.rejected.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
