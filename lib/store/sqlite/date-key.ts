// ISO date strings as numbers that sort exactly as the strings do (SQLite compares them as text): each
// character of "+-0123456789" is a nibble, 1..12, shorter strings padded with 0 so a prefix sorts first.
// Filters compare dates so; lists order them by timelineKey, as time runs.
const ALPHABET = '+-0123456789';
const MAX_CHARS = 13; // "+YYYYYY-MM-DD": 13 nibbles = 52 bits, exact in a double

/** The sort key of an ISO date string; NaN for null. */
export function dateKey(value: string | null): number {
  return value === null ? NaN : textKey(value, MAX_CHARS);
}

function textKey(value: string, chars: number): number {
  let key = 0;
  for (let i = 0; i < chars; i += 1) {
    const nibble = i < value.length ? ALPHABET.indexOf(value[i]) + 1 : 0;
    key = key * 16 + Math.max(0, nibble);
  }
  return key;
}

/** Characters of a date after its class letter in the timeline order (the '+' of a later year dropped). */
const ORDER_CHARS = 12;

/**
 * The sort key of an ISO date in timeline order, as the start_order / end_order columns of migration 4 sort
 * (ISO text puts -0044 before -0500): before year 1, then years 0000-9999, then later years. NaN for null.
 */
export function timelineKey(value: string | null): number {
  if (value === null) return NaN;
  const [order, rest] = value.startsWith('-')
    ? [0, `${String(1_000_000 - Number(value.slice(1, value.length - 6))).padStart(6, '0')}${value.slice(-6)}`]
    : value.startsWith('+') ? [2, value.slice(1)] : [1, value];
  return order * 16 ** ORDER_CHARS + textKey(rest, ORDER_CHARS);
}
