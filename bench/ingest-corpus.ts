// The Reuters-21578 corpus for benchmarks, read at run time from ../shared (research-only: never copied
// into the repo). DATELINE_REUTERS_DIR points elsewhere.
import fs from 'node:fs';
import path from 'node:path';

export const REUTERS_DIR = path.resolve(process.env.DATELINE_REUTERS_DIR || path.join('..', 'shared', 'data', 'reuters21578'));

/** The corpus's .sgm files, or null (with a note on stderr) when it is not on this machine. */
export function reutersFiles(): string[] | null {
  const files = fs.existsSync(REUTERS_DIR) ? fs.readdirSync(REUTERS_DIR).filter((f) => f.endsWith('.sgm')).sort() : [];
  if (files.length === 0) {
    process.stderr.write(`Reuters-21578 not found in ${REUTERS_DIR}: benchmark skipped (set DATELINE_REUTERS_DIR)\n`);
    return null;
  }
  return files.map((f) => path.join(REUTERS_DIR, f));
}

/** Peak resident memory of this process (all its threads) so far, in MiB. */
export function peakMemoryMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
