// Event marks: a day is a dot, anything wider a band over its whole interval, approximate dates faded and dashed.
// Marks are stacked into rows (never piled); what does not fit shows as a "+N" badge that zooms in when clicked.
import type { Selection } from 'd3';
import type { Lane } from '../lanes';
import { isPoint, type TimelineItem } from '../model';
import { stackSpans } from '../stack';
import type { Layer } from './types';

export const ROW_HEIGHT = 16;
const POINT_RADIUS = 5;
const BAND_HEIGHT = 10;
const MIN_BAND_WIDTH = 8;
const GAP = 3;

export interface EventMarkHandlers {
  select(id: number): void;
  hover(item: TimelineItem | null, anchor: Element | null): void;
  /** Move keyboard focus to the previous (-1) or next (+1) mark in time order. */
  step(id: number, direction: -1 | 1): void;
  zoomAt(x: number): void;
}

export interface EventLayerData {
  /** The lanes with the items in view; one lane when not grouping. */
  lanes: readonly Lane[];
  selectedId: number | null;
  label(item: TimelineItem): string;
  handlers: EventMarkHandlers;
}

interface Placed {
  item: TimelineItem;
  x0: number;
  x1: number;
  y: number;
}

interface Overflow {
  key: string;
  x: number;
  y: number;
  count: number;
}

/** Vertical room of lane `index` of `count` in a plot `height` tall. */
export function laneBox(index: number, count: number, height: number): { top: number; height: number } {
  const laneHeight = height / count;
  return { top: index * laneHeight, height: laneHeight };
}

/** Wide enough for "+N" at 10 px bold. */
const badgeWidth = (count: number) => 14 + 6.5 * (String(count).length + 1);

/** With several lanes, each carries its label in a strip at its top. */
export const LANE_LABEL_ROOM = 14;

type MarkSelection = Selection<SVGGElement, Placed, SVGGElement, unknown>;

function place(items: readonly TimelineItem[], x: (t: number) => number, view: [number, number], maxRows: number) {
  const geometry = items.map((item) => {
    const a = x(item.t0);
    const b = x(item.t1);
    if (isPoint(item)) {
      const c = (a + b) / 2;
      return { item, x0: c - POINT_RADIUS, x1: c + POINT_RADIUS };
    }
    const width = Math.max(b - a, MIN_BAND_WIDTH);
    return { item, x0: a, x1: a + width };
  });
  // Spans reaching beyond the view are stacked (and counted) by their visible part.
  const [left, right] = view;
  const stacking = stackSpans(
    geometry.map((g) => ({ x0: Math.max(g.x0, left - GAP), x1: Math.min(g.x1, right + GAP) + GAP })),
    maxRows,
  );
  const placed = geometry.map((g, i) => ({ ...g, row: stacking.rows[i] })).filter((p) => p.row >= 0);
  return { placed, overflow: stacking.overflow };
}

/** Stacks each lane's items within its own band of rows; "+N" badges sit at the foot of their lane. */
function layout(data: EventLayerData, x: (t: number) => number, view: [number, number], height: number) {
  const placed: Placed[] = [];
  const overflow: Overflow[] = [];
  const labelled = data.lanes.length > 1;
  data.lanes.forEach((lane, index) => {
    const box = laneBox(index, data.lanes.length, height);
    const top = box.top + (labelled ? LANE_LABEL_ROOM : 0) + 8;
    // Leave the bottom strip of the lane for the "+N" badges.
    const maxRows = Math.max(1, Math.floor((box.top + box.height - top - 20) / ROW_HEIGHT));
    const result = place(lane.items, x, view, maxRows);
    for (const p of result.placed) placed.push({ item: p.item, x0: p.x0, x1: p.x1, y: top + p.row * ROW_HEIGHT + ROW_HEIGHT / 2 });
    for (const o of result.overflow)
      overflow.push({ key: `${lane.key}:${o.x}`, x: o.x, y: box.top + box.height - 10, count: o.count });
  });
  return { placed, overflow };
}

function drawShape(marks: MarkSelection) {
  marks.selectAll<SVGElement, Placed>('.mark-shape').remove();
  marks
    .filter((d) => isPoint(d.item))
    .append('circle')
    .attr('class', 'mark-shape')
    .attr('r', POINT_RADIUS);
  marks
    .filter((d) => !isPoint(d.item))
    .append('rect')
    .attr('class', 'mark-shape')
    .attr('height', BAND_HEIGHT)
    .attr('rx', 3);
}

export const eventsLayer: Layer<EventLayerData> = {
  render(root, frame, data) {
    const [left, right] = frame.x.range();
    const { placed, overflow } = layout(data, (t) => frame.x(new Date(t)), [left, right], frame.height);
    const { handlers } = data;

    const marks = root
      .selectAll<SVGGElement, Placed>('g.mark')
      .data(placed, (d) => d.item.id)
      .join((enter) => {
        const g = enter
          .append('g')
          .attr('class', 'mark')
          .attr('tabindex', 0)
          .attr('role', 'button')
          .on('click', (_, d) => handlers.select(d.item.id))
          .on('keydown', (event: KeyboardEvent, d) => {
            if (event.key === 'Enter' || event.key === ' ') handlers.select(d.item.id);
            else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') handlers.step(d.item.id, 1);
            else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') handlers.step(d.item.id, -1);
            else return;
            event.preventDefault();
          })
          .on('pointerenter focus', function (_, d) {
            handlers.hover(d.item, this);
          })
          .on('pointerleave blur', () => handlers.hover(null, null));
        drawShape(g);
        return g;
      });

    marks
      .attr('data-id', (d) => d.item.id)
      .attr('data-precision', (d) => d.item.precision)
      .attr('data-approximate', (d) => (d.item.precision === 'approximate' ? '' : null))
      .attr('aria-pressed', (d) => String(d.item.id === data.selectedId))
      .attr('aria-label', (d) => data.label(d.item))
      .attr('transform', (d) => `translate(${d.x0},${d.y})`)
      .order();
    marks.select('circle').attr('cx', POINT_RADIUS).attr('cy', 0);
    marks
      .select('rect')
      .attr('y', -BAND_HEIGHT / 2)
      .attr('width', (d) => d.x1 - d.x0);

    root
      .selectAll<SVGGElement, Overflow>('g.overflow')
      .data(overflow, (d) => d.key)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'overflow').attr('role', 'button').attr('tabindex', 0);
        g.append('rect').attr('y', -8).attr('height', 16).attr('rx', 8);
        g.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
        g.on('click', (_, d) => handlers.zoomAt(d.x)).on('keydown', (event: KeyboardEvent, d) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            handlers.zoomAt(d.x);
          }
        });
        return g;
      })
      .attr('transform', (d) => `translate(${d.x},${d.y})`)
      .attr('aria-label', (d) => `${d.count} more events here: zoom in`)
      .call((badges) =>
        badges
          .select('rect')
          .attr('x', (d) => -badgeWidth(d.count) / 2)
          .attr('width', (d) => badgeWidth(d.count)),
      )
      .select('text')
      .text((d) => `+${d.count}`);
  },
};
