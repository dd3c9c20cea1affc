// Human-readable dates that keep the precision the text gave: "May 2017 (month)", never an invented day.
// Works on the ISO strings directly so that no time zone can move a date.
import type { Precision } from '@/lib/nlp/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const SEASONS: Record<number, string> = { 12: 'Winter', 1: 'Winter', 2: 'Winter', 3: 'Spring', 4: 'Spring', 5: 'Spring',
  6: 'Summer', 7: 'Summer', 8: 'Summer', 9: 'Autumn', 10: 'Autumn', 11: 'Autumn' };

interface Parts { year: number; month: number; day: number }

function parts(iso: string): Parts {
  const match = /^([+-]?\d+)-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: "${iso}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** A year as people write it: astronomical year 0 is 1 BC; years beyond 9999 are written in full. */
export function yearText(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BC`;
}

function dayText(p: Parts): string {
  return `${p.day} ${MONTHS[p.month - 1]} ${yearText(p.year)}`;
}

function monthText(p: Parts): string {
  return `${MONTHS[p.month - 1]} ${yearText(p.year)}`;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function span(from: string, to: string): string {
  return from === to ? from : `${from} – ${to}`;
}

/** The date as people say it at its precision, without the precision label. */
export function describeDate(start: string, end: string, precision: Precision): string {
  const a = parts(start);
  const b = parts(end);
  switch (precision) {
    case 'day':
      return span(dayText(a), dayText(b));
    case 'week':
      return `week of ${dayText(a)}`;
    case 'month':
      return span(monthText(a), monthText(b));
    case 'quarter':
      return `Q${Math.floor((a.month - 1) / 3) + 1} ${yearText(a.year)}`;
    case 'season':
      return `${SEASONS[a.month]} ${yearText(a.month === 12 ? a.year + 1 : a.year)}`;
    case 'year':
      return span(yearText(a.year), yearText(b.year));
    case 'decade':
      // Before year 1 a decade is named by its last year: 49-40 BC (astronomical -48 to -39) are the 40s BC.
      return a.year > 0 ? `${Math.floor(a.year / 10) * 10}s` : `${1 - b.year}s BC`;
    case 'century':
      // TIMEX3 centuries run 2000-2099 ("20"), called the 21st century in everyday use; before year 1 they run as
      // historians count them, 500-401 BC being the 5th century BC.
      return a.year > 0 ? `${ordinal(Math.floor(a.year / 100) + 1)} century` : `${ordinal(Math.ceil((1 - a.year) / 100))} century BC`;
    case 'approximate':
      return `about ${span(dayText(a), dayText(b))}`;
  }
}

/** "May 2017 (month)", "7 May 2017 (day)", "about 10 April 2017 – 30 April 2017 (approximate)". */
export function formatEventDate(start: string, end: string, precision: Precision): string {
  return `${describeDate(start, end, precision)} (${precision})`;
}
