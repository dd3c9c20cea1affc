// Calendar dates as written in URLs and on events: ISO `YYYY-MM-DD`, or `±YYYYYY-MM-DD` beyond years 0000-9999
// (also read: `-YYYY-MM-DD`, the short form many tools write for years before 1).
// They are compared as day numbers, never through local-time Date objects, so no time zone can shift them.

const ISO_DAY = /^([+-]\d{6}|-?\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid ISO calendar date, or null. */
export function isoDayNumber(value: string): number | null {
  const match = ISO_DAY.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day) return null; // 2017-02-30 rolls over into March
  return Math.round(date.getTime() / 86_400_000);
}

/** The ISO calendar date of a day number (inverse of isoDayNumber). */
export function isoDayFromNumber(days: number): string {
  const date = new Date(days * 86_400_000);
  const year = date.getUTCFullYear();
  const yearText = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
  return `${yearText}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}
