// ISO dates as numbers that sort as time runs, for the in-memory event index: the timeline order of the
// start_order / end_order columns (sql/timeline-order.ts) packed into a double, each character of "+-0123456789"
// a nibble, 1..12, shorter strings padded with 0 so a prefix sorts first.
import { timelineOrder } from '../sql/timeline-order';

const ALPHABET = '+-0123456789';
/** Characters of a date after its class letter ("YYYYYY-MM-DD"): 12 nibbles plus the class stay exact in a double. */
const ORDER_CHARS = 12;

function textKey(value: string): number {
  let key = 0;
  for (let i = 0; i < ORDER_CHARS; i += 1) {
    const nibble = i < value.length ? ALPHABET.indexOf(value[i]) + 1 : 0;
    key = key * 16 + Math.max(0, nibble);
  }
  return key;
}

/** The sort key of an ISO date in timeline order, as the columns sort (dates before year 1 too). NaN for null. */
export function timelineKey(value: string | null): number {
  if (value === null) return NaN;
  const order = timelineOrder(value);
  return 'ABC'.indexOf(order[0]) * 16 ** ORDER_CHARS + textKey(order.slice(1));
}
