// First start of the server: open (and so create and migrate) the database, and fill an empty one
// with the demo corpus, printing progress as it goes. A marker file beside the database says a demo
// ingest is under way, so one stopped midway (Ctrl-C) is finished on the next start.
import fs from 'node:fs';
import { type Analyzer, ingestPaths } from '../ingest/pipeline';
import { analyzeArticle } from '../nlp/analyze';
import { openStore } from '../store/index';
import { reportRejections } from './report';

export interface PreparedDatabase {
  articles: number;
  /** Milliseconds spent ingesting the demo corpus, or null when the database already held articles. */
  ingestMs: number | null;
}

export async function prepareDatabase(
  file: string,
  demoDir: string,
  log: (line: string) => void,
  analyze: Analyzer = analyzeArticle,
): Promise<PreparedDatabase> {
  const store = openStore(file);
  try {
    const existing = await store.countArticles();
    const marker = `${file}.demo-pending`;
    if (existing > 0 && !fs.existsSync(marker)) {
      log(`Database ${file}: ${existing} articles.`);
      return { articles: existing, ingestMs: null };
    }
    log(existing > 0 ? `Database ${file}: finishing the demo ingest that was stopped ...` : `Database ${file} is empty: ingesting the demo corpus from ${demoDir} ...`);
    fs.writeFileSync(marker, '');
    const started = performance.now();
    let reported = 0;
    const summary = await ingestPaths(store, [demoDir], {
      analyze,
      onProgress: ({ done, total }) => {
        // About every tenth of the way, so a log stays short.
        if (done === total || done - reported >= Math.ceil(total / 10)) {
          reported = done;
          log(`  ${done}/${total} articles`);
        }
      },
    });
    const ingestMs = Math.round(performance.now() - started);
    fs.rmSync(marker, { force: true });
    reportRejections(summary.rejected);
    log(`Demo corpus: stored ${summary.stored}, duplicates ${summary.duplicates}, rejected ${summary.rejected.length} in ${(ingestMs / 1000).toFixed(1)} s.`);
    return { articles: await store.countArticles(), ingestMs };
  } finally {
    await store.close();
  }
}
