// The density layer: where too many events are in view for marks, bars of event counts drawn on a canvas
// (hundreds of rectangles per frame cost nothing there, where SVG nodes would). Wide bars carry their count.
// With lanes, each lane draws its own counts in its band, all on one height scale so lanes compare.
import type { LaneGrouping } from '@/lib/filters/params';
import type { DensityBucket } from '@/lib/store/types';
import { isoDayNumber } from '@/lib/filters/dates';
import { laneLabel, MAX_LANES, OTHER } from '../lanes';
import { DAY_MS } from '../model';
import { laneBox, LANE_LABEL_ROOM } from './events';
import type { FrameContext } from './types';

/** Bars at least this wide show their count, as a cluster label. */
const LABEL_MIN_WIDTH = 30;
const TOP_ROOM = 16;

export interface DensityBar {
  t0: number;
  t1: number;
  count: number;
}

/** One lane's bars; a timeline without lanes has one lane with an empty label. */
export interface DensityLane {
  key: string;
  label: string;
  bars: DensityBar[];
}

export function toDensityBars(buckets: readonly DensityBucket[]): DensityBar[] {
  return buckets.map((b) => ({ t0: isoDayNumber(b.start)! * DAY_MS, t1: (isoDayNumber(b.end)! + 1) * DAY_MS, count: b.count }));
}

/** Lanes from per-lane counts (largest first); beyond MAX_LANES the smallest merge into "Other", as lanes of marks do. */
export function toDensityLanes(
  grouping: LaneGrouping,
  lanes: ReadonlyArray<{ key: string; total: number; buckets: DensityBucket[] }>,
): DensityLane[] {
  const sorted = [...lanes].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
  const kept = sorted.length > MAX_LANES ? sorted.slice(0, MAX_LANES - 1) : sorted;
  const rest = sorted.slice(kept.length);
  const result = kept.map((lane) => ({ key: lane.key, label: laneLabel(grouping, lane.key), bars: toDensityBars(lane.buckets) }));
  if (rest.length > 0) {
    const bars = toDensityBars(rest[0].buckets).map((bar, i) => ({ ...bar, count: rest.reduce((sum, lane) => sum + lane.buckets[i].count, 0) }));
    result.push({ key: OTHER, label: laneLabel(grouping, OTHER), bars });
  }
  return result;
}

/** Total count of the bars that overlap [from, to] (epoch ms). */
export function countInView(bars: readonly DensityBar[], from: number, to: number): number {
  let total = 0;
  for (const bar of bars) if (bar.t1 > from && bar.t0 < to) total += bar.count;
  return total;
}

export interface DensityColors {
  bar: string;
  label: string;
}

/**
 * Draws each lane's bars in its band of `frame` (plot coordinates offset by `top`); heights on a square-root scale
 * of the highest bar in view, so quiet days stay visible.
 */
export function drawDensity(
  ctx: CanvasRenderingContext2D,
  frame: FrameContext,
  top: number,
  lanes: readonly DensityLane[],
  colors: DensityColors,
) {
  const [left, right] = frame.x.range();
  const [from, to] = frame.x.domain().map((d) => d.getTime());
  let peak = 0;
  for (const lane of lanes) for (const bar of lane.bars) if (bar.t1 > from && bar.t0 < to) peak = Math.max(peak, bar.count);
  if (peak === 0) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, right - left, frame.height);
  ctx.clip();
  ctx.fillStyle = colors.bar;
  ctx.font = '600 10px system-ui, sans-serif';
  ctx.textAlign = 'center';
  lanes.forEach((lane, index) => {
    const box = laneBox(index, lanes.length, frame.height);
    const bottom = top + box.top + box.height;
    const room = box.height - TOP_ROOM - (lanes.length > 1 ? LANE_LABEL_ROOM : 0);
    for (const bar of lane.bars) {
      if (bar.count === 0 || bar.t1 <= from || bar.t0 >= to) continue;
      const x0 = frame.x(new Date(bar.t0));
      const x1 = frame.x(new Date(bar.t1));
      const h = Math.max(2, Math.sqrt(bar.count / peak) * room);
      ctx.fillRect(x0, bottom - h, Math.max(1, x1 - x0 - 1), h);
      if (x1 - x0 >= LABEL_MIN_WIDTH) {
        ctx.fillStyle = colors.label;
        ctx.fillText(String(bar.count), (x0 + x1) / 2, bottom - h - 4);
        ctx.fillStyle = colors.bar;
      }
    }
  });
  ctx.restore();
}
