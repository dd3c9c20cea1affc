// Density of events over a range of days: the database groups events by their (start, end) pair, which is far
// fewer rows than events; these rows are then binned here into equal-width buckets of whole days.
import { isoDayFromNumber, isoDayNumber } from '../../filters/dates';
import type { EventFilter } from '../../filters/types';
import type { DensityBucket, DensityRange, LaneKind } from '../types';
import type { Dialect, Executor } from './dialect';
import { filterConditions, whereClause } from './filter';

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
  const days = dayRows(rows);
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

function dayRows(rows: readonly IntervalCount[]) {
  return rows
    .map((row) => ({ first: isoDayNumber(row.start), last: isoDayNumber(row.end), count: Number(row.count) }))
    .filter((row): row is { first: number; last: number; count: number } => row.first !== null && row.last !== null);
}

export interface LaneIntervalCount extends IntervalCount {
  lane: string;
}

/**
 * Buckets per lane, all on one grid of days (the range, or the extent of every lane's rows), so the lanes line up;
 * each bucket carries its lane key.
 */
export function binLanes(rows: readonly LaneIntervalCount[], range: { from: string | null; to: string | null; buckets: number }): DensityBucket[] {
  const days = dayRows(rows);
  if (days.length === 0) return [];
  const grid = {
    from: range.from ?? isoDayFromNumber(Math.min(...days.map((d) => d.first))),
    to: range.to ?? isoDayFromNumber(Math.max(...days.map((d) => d.last))),
    buckets: range.buckets,
  };
  const byLane = new Map<string, LaneIntervalCount[]>();
  for (const row of rows) byLane.set(row.lane, [...(byLane.get(row.lane) ?? []), row]);
  return [...byLane].flatMap(([lane, laneRows]) => binIntervals(laneRows, grid).map((bucket) => ({ ...bucket, lane })));
}

/** Each event's lane, as the timeline groups marks (lib/timeline/lanes.ts): its first country, that country's region, or its first topic; '' for none. */
const LANE_KEYS: Record<LaneKind, { join: string; key: string }> = {
  country: { join: 'LEFT JOIN event_countries lc ON lc.event_id = e.id AND lc.ordinal = 0', key: "COALESCE(lc.country, '')" },
  region: {
    join: 'LEFT JOIN event_countries lc ON lc.event_id = e.id AND lc.ordinal = 0 LEFT JOIN country_areas la ON la.country = lc.country',
    key: "COALESCE(la.region, '')",
  },
  topic: { join: 'LEFT JOIN event_topics lt ON lt.event_id = e.id AND lt.ordinal = 0', key: "COALESCE(lt.topic, '')" },
};

const later = (a: string | null, b: string | null) => (!a || !b ? (a ?? b) : isoDayNumber(a)! >= isoDayNumber(b)! ? a : b);
const earlier = (a: string | null, b: string | null) => (!a || !b ? (a ?? b) : isoDayNumber(a)! <= isoDayNumber(b)! ? a : b);

/**
 * Density of the events matching the filter that overlap the range: one set of buckets, or with `range.lanes` one
 * per lane on the same grid.
 */
export async function queryDensity(
  sql: Executor,
  dialect: Dialect,
  filter: EventFilter,
  range: DensityRange,
  salientOnly: boolean,
): Promise<DensityBucket[]> {
  const inRange = { ...filter, from: later(filter.from, range.from), to: earlier(filter.to, range.to) };
  const where = whereClause(filterConditions(inRange, salientOnly, dialect));
  const dated = `${where.sql ? `${where.sql} AND` : 'WHERE'} e.start_date IS NOT NULL AND e.end_date IS NOT NULL`;
  if (!range.lanes) {
    const rows = await sql.all<IntervalCount>(
      `SELECT e.start_date AS start, e.end_date AS "end", COUNT(*) AS count FROM events e ${dated}
       GROUP BY e.start_date, e.end_date`,
      where.params,
    );
    return binIntervals(rows, range);
  }
  const { join, key } = LANE_KEYS[range.lanes];
  const rows = await sql.all<LaneIntervalCount>(
    `SELECT ${key} AS lane, e.start_date AS start, e.end_date AS "end", COUNT(*) AS count FROM events e ${join} ${dated}
     GROUP BY ${key}, e.start_date, e.end_date`,
    where.params,
  );
  return binLanes(rows, range);
}
