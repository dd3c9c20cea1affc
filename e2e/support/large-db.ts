// The database of the level-of-detail specs: LARGE_EVENTS benchmark events (bench/ui-data.ts), more than the page
// ships, so the dashboard fetches per window and draws density when zoomed out. Prints the database's path.
import { benchDatabase } from '../../bench/ui-data';

export const LARGE_EVENTS = 5000;

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error('usage: tsx e2e/support/large-db.ts DIR');
  process.exit(2);
}
await benchDatabase(LARGE_EVENTS, dir, 'demo', (line) => console.error(line));
