// Progress on a terminal: one line rewritten in place; nothing when output is a file or pipe.
import type { IngestProgress } from '../ingest/pipeline';

export function progressPrinter(stream: NodeJS.WriteStream): ((progress: IngestProgress) => void) | undefined {
  if (!stream.isTTY) return undefined;
  return ({ done, total }) => {
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
  };
}
