// Intervals that reach beyond one expression: ranges ("from July 18 to 21", "between November 27 and
// December 10": both TIMEX3 carry the whole span) and spans open at one end ("since 2015" runs to the
// publication date, "until June" from it).
import type { DateInterval, Timex } from '../types';
import { isoDay } from './calendar';

const RANGE_JOIN = /^\s*(?:-|–|—|to|through|thru|until|till|and)\s*$/i;
const SINCE = /\bsince\s+$/i;
const UNTIL = /\b(?:until|till|through)\s+$/i;

export function anchorSpans(text: string, timexes: Timex[], dct: Date | null): Timex[] {
  for (let i = 0; i + 1 < timexes.length; i++) {
    const [a, b] = [timexes[i], timexes[i + 1]];
    const join = text.slice(a.end, b.start);
    if (!a.interval || !b.interval || !RANGE_JOIN.test(join) || a.interval.start > b.interval.end) continue;
    if (/and/i.test(join) && !/\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 12), a.start))) continue;
    const range: DateInterval = { start: a.interval.start, end: b.interval.end, precision: coarser(a.interval, b.interval) };
    a.interval = range;
    b.interval = { ...range };
    i++;
  }
  if (!dct) return timexes;
  const today = isoDay(dct);
  for (const t of timexes) {
    if (!t.interval) continue;
    const before = text.slice(Math.max(0, t.start - 8), t.start);
    if (SINCE.test(before) && t.interval.start <= today) t.interval = { ...t.interval, end: today > t.interval.end ? today : t.interval.end };
    else if (UNTIL.test(before) && t.interval.end >= today) t.interval = { ...t.interval, start: today < t.interval.start ? today : t.interval.start };
  }
  return timexes;
}

const ORDER = ['day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century', 'approximate'];
const coarser = (a: DateInterval, b: DateInterval) => (ORDER.indexOf(a.precision) >= ORDER.indexOf(b.precision) ? a.precision : b.precision);
