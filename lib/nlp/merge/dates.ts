// When two dated events can be the same happening as far as their dates go: the same interval, or the finer
// one inside the coarser one ("on June 15" and "in June"), read at the coarser precision.
import type { DateInterval, Precision } from '../types';
import { MERGEABLE_PRECISIONS, NAMED_HAPPENING_PRECISIONS } from './rules';

export interface DatedCandidate {
  start: string | null;
  end: string | null;
  precision: Precision | null;
}

// Finest first; a year only where a named happening allows it (see sharedDate's `precisions`).
const rank = (p: Precision) => NAMED_HAPPENING_PRECISIONS.indexOf(p);

/**
 * The interval two events share at the coarser of their precisions, or null when their dates differ or one is
 * coarser than `precisions` allow (a year only for a named happening).
 */
export function sharedDate(a: DatedCandidate, b: DatedCandidate, precisions = MERGEABLE_PRECISIONS): DateInterval | null {
  const x = mergeableDate(a, precisions);
  const y = mergeableDate(b, precisions);
  if (!x || !y) return null;
  const [fine, coarse] = rank(x.precision) <= rank(y.precision) ? [x, y] : [y, x];
  if (fine.precision === coarse.precision) return fine.start === coarse.start && fine.end === coarse.end ? coarse : null;
  // ISO dates of years 0000-9999 compare as text; a signed year never reaches here (mergeableDate).
  return fine.start >= coarse.start && fine.end <= coarse.end ? coarse : null;
}

/** The event's date when it is fine enough to merge on (a day, week or month of a four-digit year, or `precisions`). */
export function mergeableDate(c: DatedCandidate, precisions = MERGEABLE_PRECISIONS): DateInterval | null {
  const { start, end, precision } = c;
  if (!start || !end || !precision || !precisions.includes(precision)) return null;
  if (!/^\d{4}-/.test(start) || !/^\d{4}-/.test(end)) return null;
  return { start, end, precision };
}

/**
 * Whether `a` is dated more precisely than `b` (a day than the month holding it): of two reports of one happening,
 * the timeline draws it at the finer date.
 */
export function finerDate(a: DatedCandidate, b: DatedCandidate): boolean {
  const x = mergeableDate(a, NAMED_HAPPENING_PRECISIONS);
  const y = mergeableDate(b, NAMED_HAPPENING_PRECISIONS);
  return x !== null && y !== null && rank(x.precision) < rank(y.precision);
}
