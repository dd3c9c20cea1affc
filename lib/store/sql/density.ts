// Density of events over a range of days: the database groups events by their (start, end) pair, which is far
// fewer rows than events; these rows are then binned here into equal-width buckets of whole days.
import { isoDayFromNumber, isoDayNumber } from '../../filters/dates';
import type { DensityBucket } from '../types';

export const MAX_BUCKETS = 2000;

export interface IntervalCount {
  start: string;
  end: string;
  count: number;
}

/**
 * Buckets of whole days over [from, to] (inclusive ISO dates; null: the extent of the rows). An event counts once,
 * in the bucket holding the middle of its part inside the range, so a long span never piles onto the range's edge.
 */
export function binIntervals(
  rows: readonly IntervalCount[],
  range: { from: string | null; to: string | null; buckets: number },
): DensityBucket[] {
  const days = rows
    .map((row) => ({ first: isoDayNumber(row.start), last: isoDayNumber(row.end), count: Number(row.count) }))
    .filter((row): row is { first: number; last: number; count: number } => row.first !== null && row.last !== null);
  const from = range.from ? isoDayNumber(range.from) : Math.min(...days.map((d) => d.first));
  const to = range.to ? isoDayNumber(range.to) : Math.max(...days.map((d) => d.last));
  if (from === null || to === null || !Number.isFinite(from) || !Number.isFinite(to) || to < from) return [];
  const wanted = Math.min(Math.max(1, Math.trunc(range.buckets)), MAX_BUCKETS);
  const width = Math.max(1, Math.ceil((to - from + 1) / wanted));
  const counts = new Array<number>(Math.ceil((to - from + 1) / width)).fill(0);
  for (const { first, last, count } of days) {
    const lo = Math.max(first, from);
    const hi = Math.min(last, to);
    if (hi < lo) continue;
    counts[Math.floor(((lo + hi) / 2 - from) / width)] += count;
  }
  return counts.map((count, i) => ({
    start: isoDayFromNumber(from + i * width),
    end: isoDayFromNumber(Math.min(from + (i + 1) * width - 1, to)),
    count,
  }));
}
