// ISO date strings as numbers that sort exactly as the strings do (SQLite compares them as text): each
// character of "+-0123456789" is a nibble, 1..12, shorter strings padded with 0 so a prefix sorts first.
const ALPHABET = '+-0123456789';
const MAX_CHARS = 13; // "+YYYYYY-MM-DD": 13 nibbles = 52 bits, exact in a double

/** The sort key of an ISO date string; NaN for null. */
export function dateKey(value: string | null): number {
  if (value === null) return NaN;
  let key = 0;
  for (let i = 0; i < MAX_CHARS; i += 1) {
    const nibble = i < value.length ? ALPHABET.indexOf(value[i]) + 1 : 0;
    key = key * 16 + Math.max(0, nibble);
  }
  return key;
}
