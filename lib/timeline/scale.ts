// Time scales and zoom transforms. Scales are never mutated: the visible scale is `transform.rescaleX(base)`.
import { scaleUtc, zoomIdentity, type ScaleTime, type ZoomTransform } from 'd3';
import { isoDayFromNumber, isoDayNumber } from '@/lib/filters/dates';
import type { TimeWindow } from '@/lib/filters/view';
import { DAY_MS, type TimelineItem } from './model';

export type TimeScale = ScaleTime<number, number>;

/** The narrowest window the zoom allows: windows are whole days, so snapping to them moves the view a few % at most. */
export const MIN_SPAN_MS = 14 * DAY_MS;
const EMPTY_SPAN_MS = 365 * DAY_MS;

/** The full extent of the items, padded by a twentieth on each side; a year around today's epoch when empty. */
export function itemsExtent(items: readonly TimelineItem[]): [number, number] {
  if (items.length === 0) return [0, EMPTY_SPAN_MS];
  let lo = Infinity;
  let hi = -Infinity;
  for (const item of items) {
    lo = Math.min(lo, item.t0);
    hi = Math.max(hi, item.t1);
  }
  const pad = Math.max((hi - lo) / 20, MIN_SPAN_MS);
  return [lo - pad, hi + pad];
}

/** The unzoomed scale: the extent across pixels `left`..`left + width` of the zoomable element. */
/**
 * The window a timeline opens on: the publication period of its articles, padded, because that is where the
 * news is; history mentioned in passing ("in 1949") stays one zoom-out away. The full extent when nothing is dated.
 */
export function homeWindow(items: readonly TimelineItem[]): TimeWindow | null {
  let first = Infinity;
  let last = -Infinity;
  for (const item of items) {
    const day = item.published ? isoDayNumber(item.published) : null;
    if (day === null) continue;
    first = Math.min(first, day);
    last = Math.max(last, day);
  }
  if (first > last) return null;
  const pad = Math.max(Math.round((last - first) / 20), 90);
  return { start: isoDayFromNumber(first - pad), end: isoDayFromNumber(last + pad) };
}

export function baseScale(extent: readonly [number, number], width: number, left = 0): TimeScale {
  return scaleUtc().domain([new Date(extent[0]), new Date(extent[1])]).range([left, left + width]);
}

/** The transform whose rescaled base shows exactly `window`. */
export function transformForWindow(base: TimeScale, window: TimeWindow): ZoomTransform {
  const [startDay, endDay] = [isoDayNumber(window.start), isoDayNumber(window.end)];
  if (startDay === null || endDay === null) return zoomIdentity;
  const x0 = base(new Date(startDay * DAY_MS));
  const x1 = base(new Date(endDay * DAY_MS));
  const [r0, r1] = base.range();
  if (!(x1 > x0)) return zoomIdentity;
  const k = (r1 - r0) / (x1 - x0);
  return zoomIdentity.translate(r0 - k * x0, 0).scale(k);
}

/** The visible window rounded to whole days. */
export function windowOfTransform(base: TimeScale, transform: ZoomTransform): TimeWindow {
  const [from, to] = transform.rescaleX(base).domain();
  const startDay = Math.round(from.getTime() / DAY_MS);
  const endDay = Math.max(Math.round(to.getTime() / DAY_MS), startDay + 1);
  return { start: isoDayFromNumber(startDay), end: isoDayFromNumber(endDay) };
}

/** Zoom limits: from twice the full extent down to MIN_SPAN_MS across the whole width. */
export function scaleExtentFor(extent: readonly [number, number]): [number, number] {
  return [0.5, Math.max(1, (extent[1] - extent[0]) / MIN_SPAN_MS)];
}
