// The overview strip: the whole filtered range as a density chart, with a brush that sets the main view's window.
import { bin, brushX, max, scaleLinear, select, type BrushBehavior } from 'd3';
import { isoDayFromNumber, isoDayNumber } from '@/lib/filters/dates';
import type { TimeWindow } from '@/lib/filters/view';
import { MARGIN } from './controller';
import type { DensityBar } from './layers/density';
import { DAY_MS, type TimelineItem } from './model';
import { baseScale, homeWindow, itemsExtent, MIN_SPAN_MS, type TimeScale } from './scale';

const BIN_PX = 6;

export interface OverviewController {
  setItems(items: readonly TimelineItem[]): void;
  /** Counts from the database instead of items (large timelines): the strip spans the bars. */
  setDensity(bars: readonly DensityBar[]): void;
  /** Moves the brush to the window (the home window for null) without reporting it. */
  showWindow(window: TimeWindow | null): void;
  resize(width: number, height: number): void;
  destroy(): void;
}

export function createOverview(
  svgElement: SVGSVGElement,
  brushed: (window: TimeWindow | null) => void,
): OverviewController {
  const svg = select(svgElement);
  const bars = svg.append('g').attr('class', 'overview-density');
  const brushRoot = svg.append('g').attr('class', 'overview-brush');
  let items: readonly TimelineItem[] = [];
  let density: readonly DensityBar[] | null = null;
  let width = 0;
  let height = 0;
  let x: TimeScale = baseScale(itemsExtent(items), 1, MARGIN.left);
  let window: TimeWindow | null = null;

  const brush: BrushBehavior<unknown> = brushX().on('end', (event) => {
    if (!event.sourceEvent) return; // moved by showWindow
    const selection = event.selection as [number, number] | null;
    if (!selection) return brushed(null);
    const [from, to] = selection.map((px) => Math.round(x.invert(px).getTime() / DAY_MS));
    brushed({ start: isoDayFromNumber(from), end: isoDayFromNumber(Math.max(to, from + MIN_SPAN_MS / DAY_MS)) });
  });

  function moveBrush() {
    const shown = window ?? (density ? null : homeWindow(items));
    const start = shown && isoDayNumber(shown.start);
    const end = shown && isoDayNumber(shown.end);
    const selection = start != null && end != null ? [x(new Date(start * DAY_MS)), x(new Date(end * DAY_MS))] : null;
    brushRoot.call(brush.move, selection as [number, number] | null);
  }

  function render() {
    if (width <= 0 || height <= 0) return;
    const extent: [number, number] = density?.length ? [density[0].t0, density[density.length - 1].t1] : itemsExtent(items);
    x = baseScale(extent, width, MARGIN.left);
    const shown = density ?? binItems(items, extent, x.ticks(Math.max(10, Math.floor(width / BIN_PX))));
    const y = scaleLinear().domain([0, max(shown, (b) => b.count) || 1]).range([height, 2]);
    bars
      .selectAll('rect')
      .data(shown)
      .join('rect')
      .attr('x', (b) => x(new Date(b.t0)))
      .attr('width', (b) => Math.max(0, x(new Date(b.t1)) - x(new Date(b.t0)) - 1))
      .attr('y', (b) => y(b.count))
      .attr('height', (b) => height - y(b.count));
    brush.extent([[MARGIN.left, 0], [MARGIN.left + width, height]]);
    brushRoot.call(brush);
    moveBrush();
  }

  return {
    setItems(next) {
      items = next;
      render();
    },
    setDensity(next) {
      density = next;
      render();
    },
    showWindow(next) {
      window = next;
      if (width > 0) moveBrush();
    },
    resize(nextWidth, nextHeight) {
      width = Math.max(0, nextWidth - MARGIN.left - MARGIN.right);
      height = nextHeight;
      svg.attr('width', nextWidth).attr('height', nextHeight);
      render();
    },
    destroy() {
      svg.selectAll('*').remove();
    },
  };
}

/** Items counted by the middle of their interval into the bins between `thresholds`. */
function binItems(items: readonly TimelineItem[], extent: [number, number], thresholds: Date[]): DensityBar[] {
  return bin<TimelineItem, number>()
    .value((item) => (item.t0 + item.t1) / 2)
    .domain(extent)
    .thresholds(thresholds.map((d) => d.getTime()))(items)
    .map((b) => ({ t0: b.x0!, t1: b.x1!, count: b.length }));
}
