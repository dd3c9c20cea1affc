// First start of the server: open (and so create and migrate) the database, and fill an empty one
// with the demo corpus, printing progress as it goes. A marker file beside the database says a demo
// ingest is under way, so one stopped midway (Ctrl-C) is finished on the next start.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Analyzer, ingestPaths } from '../ingest/pipeline';
import { analyzeArticle } from '../nlp/analyze';
import { isPostgresUrl, openStore } from '../store/index';
import { reportRejections } from './report';

export interface PreparedDatabase {
  articles: number;
  /** Milliseconds spent ingesting the demo corpus, or null when the database already held articles. */
  ingestMs: number | null;
}

/** The marker file of a demo ingest under way: beside a SQLite file, or under ./data for a PostgreSQL URL. */
export function demoMarker(location: string): string {
  if (!isPostgresUrl(location)) return `${location}.demo-pending`;
  return path.resolve('data', `postgres-${createHash('sha256').update(location).digest('hex').slice(0, 12)}.demo-pending`);
}

export async function prepareDatabase(
  location: string,
  demoDir: string,
  log: (line: string) => void,
  analyze: Analyzer = analyzeArticle,
): Promise<PreparedDatabase> {
  const store = openStore(location);
  try {
    const existing = await store.countArticles();
    const marker = demoMarker(location);
    if (existing > 0 && !fs.existsSync(marker)) {
      log(`Database ${describe(location)}: ${existing} articles.`);
      return { articles: existing, ingestMs: null };
    }
    log(existing > 0 ? `Database ${describe(location)}: finishing the demo ingest that was stopped ...` : `Database ${describe(location)} is empty: ingesting the demo corpus from ${demoDir} ...`);
    fs.mkdirSync(path.dirname(marker), { recursive: true });
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

/** The location without a password, for logs. */
function describe(location: string): string {
  return isPostgresUrl(location) ? location.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@') : location;
}
