// The density layer: where too many events are in view for marks, bars of event counts drawn on a canvas
// (hundreds of rectangles per frame cost nothing there, where SVG nodes would). Wide bars carry their count.
import type { DensityBucket } from '@/lib/store/types';
import { isoDayNumber } from '@/lib/filters/dates';
import { DAY_MS } from '../model';
import type { FrameContext } from './types';

/** Bars at least this wide show their count, as a cluster label. */
const LABEL_MIN_WIDTH = 30;
const TOP_ROOM = 16;

export interface DensityBar {
  t0: number;
  t1: number;
  count: number;
}

export function toDensityBars(buckets: readonly DensityBucket[]): DensityBar[] {
  return buckets.map((b) => ({ t0: isoDayNumber(b.start)! * DAY_MS, t1: (isoDayNumber(b.end)! + 1) * DAY_MS, count: b.count }));
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

/** Draws the bars in `frame` (plot coordinates offset by `top`); heights on a square-root scale so quiet days stay visible. */
export function drawDensity(
  ctx: CanvasRenderingContext2D,
  frame: FrameContext,
  top: number,
  bars: readonly DensityBar[],
  colors: DensityColors,
) {
  const [left, right] = frame.x.range();
  const [from, to] = frame.x.domain().map((d) => d.getTime());
  let peak = 0;
  for (const bar of bars) if (bar.t1 > from && bar.t0 < to) peak = Math.max(peak, bar.count);
  if (peak === 0) return;
  const room = frame.height - TOP_ROOM;
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, right - left, frame.height);
  ctx.clip();
  ctx.fillStyle = colors.bar;
  ctx.font = '600 10px system-ui, sans-serif';
  ctx.textAlign = 'center';
  for (const bar of bars) {
    if (bar.count === 0 || bar.t1 <= from || bar.t0 >= to) continue;
    const x0 = frame.x(new Date(bar.t0));
    const x1 = frame.x(new Date(bar.t1));
    const h = Math.max(2, Math.sqrt(bar.count / peak) * room);
    const y = top + frame.height - h;
    ctx.fillRect(x0, y, Math.max(1, x1 - x0 - 1), h);
    if (x1 - x0 >= LABEL_MIN_WIDTH) {
      ctx.fillStyle = colors.label;
      ctx.fillText(String(bar.count), (x0 + x1) / 2, y - 4);
      ctx.fillStyle = colors.bar;
    }
  }
  ctx.restore();
}
