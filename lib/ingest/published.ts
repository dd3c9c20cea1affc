// Publication dates, kept as the day written (the publisher's own day, not shifted into another time zone):
// ISO calendar dates, optionally with a time, and the RFC 822 dates of RSS ("Tue, 10 Jun 2003 04:00:00 GMT").
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const RFC822_DATE = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?:[A-Za-z]{1,5}|[+-]\d{4}))?)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The YYYY-MM-DD day of `value`, or null when it is not a real calendar date in ISO or RFC 822 form. */
export function parsePublished(value: string): string | null {
  const trimmed = value.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = RFC822_DATE.exec(trimmed);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2].toLowerCase()) + 1;
    // Two-digit years (RFC 822 itself) are read as RFC 2822 says: 00-49 -> 20xx, 50-99 -> 19xx.
    const year = rfc[3].length === 2 ? Number(rfc[3]) + (Number(rfc[3]) < 50 ? 2000 : 1900) : Number(rfc[3]);
    if (month > 0) return calendarDate(year, month, Number(rfc[1]));
  }
  return null;
}

/** YYYY-MM-DD when year, month and day make a real date, else null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1 || year > 9999) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
