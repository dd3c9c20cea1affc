// Progress on a terminal: one line rewritten in place (at most ten times a second), with the rate and the
// time left; nothing when output is a file or pipe.
import type { IngestProgress } from '../ingest/pipeline';

const WIDTH = 30;
const REDRAW_MS = 100;

export function progressLine({ done, total }: IngestProgress, elapsedMs: number): string {
  const filled = Math.round((done / Math.max(total, 1)) * WIDTH);
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 ? Math.ceil((total - done) / rate) : null;
  const eta = done === total || left === null ? '' : ` ~${left >= 60 ? `${Math.floor(left / 60)}m${String(left % 60).padStart(2, '0')}s` : `${left}s`} left`;
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${rate.toFixed(0)} articles/s${eta}`;
}

export function progressPrinter(stream: NodeJS.WriteStream, now: () => number = performance.now.bind(performance)):
  ((progress: IngestProgress) => void) | undefined {
  if (!stream.isTTY) return undefined;
  const started = now();
  let drawn = -Infinity;
  return (progress) => {
    const finished = progress.done === progress.total;
    if (!finished && now() - drawn < REDRAW_MS) return;
    drawn = now();
    // \x1b[K clears what a longer previous line left behind.
    stream.write(`\r${progressLine(progress, drawn - started)}\x1b[K${finished ? '\n' : ''}`);
  };
}
