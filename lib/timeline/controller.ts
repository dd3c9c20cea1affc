// Mounts a zoomable timeline into an <svg>: d3-zoom for wheel, drag, pinch and buttons; layers redraw from
// `transform.rescaleX(base)` on every frame. The visible window is reported once the gesture settles.
import { pointer, select, zoom, zoomIdentity, type Selection, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { TimeWindow } from '@/lib/filters/view';
import { axisLayer } from './layers/axis';
import { countInView, drawDensity, type DensityLane } from './layers/density';
import { eventsLayer } from './layers/events';
import { lanesLayer } from './layers/lanes';
import { groupLanes, type Lane } from './lanes';
import type { LaneGrouping } from '@/lib/filters/params';
import type { FrameContext } from './layers/types';
import type { TimelineItem } from './model';
import {
  baseScale, homeWindow, itemsExtent, scaleExtentFor, transformForWindow, windowOfTransform, type TimeScale,
} from './scale';

/** Shared with the overview strip, so a date sits at the same x in both at the full extent. */
export const MARGIN = { top: 4, right: 16, bottom: 28, left: 16 };
const SETTLE_MS = 250;

export interface TimelineCallbacks {
  /** The window after a zoom or pan settles (debounced); null when back at the home window. */
  windowChange(window: TimeWindow | null): void;
  select(id: number): void;
  hover(item: TimelineItem | null, anchor: Element | null): void;
  label(item: TimelineItem): string;
}

export interface TimelineController {
  setItems(items: readonly TimelineItem[]): void;
  /**
   * Fixes the zoomable extent (epoch ms), for when the items are only what is in view and not the whole set;
   * null goes back to the items' own extent.
   */
  setExtent(extent: [number, number] | null): void;
  /**
   * Density drawn on the canvas instead of marks (level of detail when too many events are in view), one entry per
   * lane (a single one without lanes); null: none.
   */
  setDensity(lanes: readonly DensityLane[] | null): void;
  setSelected(id: number | null): void;
  setLanes(grouping: LaneGrouping): void;
  /** Shows a window given from outside (URL, back/forward; null for the home window) without reporting it back. */
  showWindow(window: TimeWindow | null): void;
  resize(width: number, height: number): void;
  zoomBy(factor: number): void;
  reset(): void;
  destroy(): void;
}

type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;

/** `canvas` lies exactly over the svg (pointer events pass through it); the density layer draws there. */
export function createTimeline(
  svgElement: SVGSVGElement,
  callbacks: TimelineCallbacks,
  canvas: HTMLCanvasElement | null = null,
): TimelineController {
  const svg: SvgSelection = select(svgElement);
  const clipId = `timeline-clip-${Math.random().toString(36).slice(2)}`;
  const clipRect = svg.append('defs').append('clipPath').attr('id', clipId).append('rect');
  // The plot spans svg x from MARGIN.left, so pointer positions and scale ranges share one coordinate system.
  const plot = svg.append('g').attr('transform', `translate(0,${MARGIN.top})`);
  const axisRoot = plot.append('g');
  const lanesRoot = plot.append('g');
  const eventsRoot = plot.append('g').attr('class', 'timeline-events').attr('clip-path', `url(#${clipId})`);

  let items: readonly TimelineItem[] = [];
  let grouping: LaneGrouping = 'none';
  let lanes: Lane[] = groupLanes(items, grouping);
  let selectedId: number | null = null;
  let width = 0;
  let height = 0;
  let fixedExtent: [number, number] | null = null;
  let density: readonly DensityLane[] | null = null;
  let pixelRatio = 1;
  let extent = itemsExtent(items);
  let home = homeWindow(items);
  let base: TimeScale = baseScale(extent, 1);
  let transform: ZoomTransform = zoomIdentity;
  let silent = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>().on('zoom', (event) => {
    transform = event.transform;
    render();
    if (silent) return;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(settle, SETTLE_MS);
  });
  svg.call(behavior).on('dblclick.zoom', null);
  // A click on the density zooms into it (d3-zoom swallows the click that ends a drag).
  svg.on('click.density', (event: MouseEvent) => {
    if (density && event.target === svgElement) behavior.scaleBy(svg, 4, pointer(event, svgElement));
  });

  /** Once a gesture ends, snaps to whole days so the view is exactly what the URL will say, then reports it. */
  function settle() {
    const window = windowOfTransform(base, transform);
    applyTransform(transformForWindow(base, window), false);
    callbacks.windowChange(isHome(window) ? null : window);
  }

  function isHome(window: TimeWindow): boolean {
    const target = home ?? windowOfTransform(base, zoomIdentity);
    return window.start === target.start && window.end === target.end;
  }

  /** The transform of a window, or of the home window for null. */
  function transformFor(window: TimeWindow | null): ZoomTransform {
    const target = window ?? home;
    return target ? transformForWindow(base, target) : zoomIdentity;
  }

  function applyTransform(next: ZoomTransform, report: boolean) {
    silent = !report;
    behavior.transform(svg, next);
    silent = false;
  }

  /** Only what is in view is drawn: the DOM stays small and Tab walks the visible events. */
  function visibleLanes(x: TimeScale): Lane[] {
    const [from, to] = x.domain().map((d) => d.getTime());
    return lanes.map((lane) => ({ ...lane, items: lane.items.filter((item) => item.t1 >= from && item.t0 <= to) }));
  }

  function focusMark(id: number) {
    eventsRoot.select<SVGGElement>(`g.mark[data-id="${id}"]`).node()?.focus();
  }

  function step(id: number, direction: -1 | 1) {
    const index = items.findIndex((item) => item.id === id);
    const next = items[index + direction];
    if (!next) return;
    if (eventsRoot.select(`g.mark[data-id="${next.id}"]`).empty()) {
      behavior.translateTo(svg, base(new Date((next.t0 + next.t1) / 2)), 0);
    }
    focusMark(next.id);
  }

  function render() {
    if (width <= 0 || height <= 0) return;
    const frame: FrameContext = { x: transform.rescaleX(base), width, height };
    const shownLanes = visibleLanes(frame.x);
    const [from, to] = frame.x.domain().map((d) => d.getTime());
    axisLayer.render(axisRoot, frame, null);
    paintDensity(frame);
    lanesLayer.render(
      lanesRoot,
      frame,
      density
        ? density.map((lane) => ({ key: lane.key, label: lane.label, count: countInView(lane.bars, from, to) }))
        : shownLanes.map((lane) => ({ key: lane.key, label: lane.label, count: lane.items.length })),
    );
    eventsLayer.render(eventsRoot, frame, {
      lanes: shownLanes,
      selectedId,
      label: callbacks.label,
      handlers: {
        select: callbacks.select,
        hover: callbacks.hover,
        step,
        zoomAt: (x) => behavior.scaleBy(svg, 4, [x, height / 2]),
      },
    });
  }

  function paintDensity(frame: FrameContext) {
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (!density) return;
    const style = getComputedStyle(canvas);
    drawDensity(ctx, frame, MARGIN.top, density, {
      bar: style.getPropertyValue('--mark-day') || '#2563eb',
      label: style.getPropertyValue('--axis') || '#374151',
    });
  }

  function rebuildBase(keep: TimeWindow | null) {
    base = baseScale(extent, width, MARGIN.left);
    behavior
      .scaleExtent(scaleExtentFor(extent))
      .extent([[MARGIN.left, 0], [MARGIN.left + width, height]]);
    applyTransform(transformFor(keep), false);
  }

  return {
    setItems(next) {
      const kept = windowOfTransform(base, transform);
      const wasHome = isHome(kept);
      items = next;
      lanes = groupLanes(items, grouping);
      extent = fixedExtent ?? itemsExtent(items);
      home = fixedExtent ? null : homeWindow(items);
      rebuildBase(wasHome ? null : kept);
    },
    setExtent(next) {
      const kept = windowOfTransform(base, transform);
      const wasHome = isHome(kept);
      fixedExtent = next;
      extent = fixedExtent ?? itemsExtent(items);
      home = fixedExtent ? null : homeWindow(items);
      rebuildBase(wasHome ? null : kept);
    },
    setDensity(next) {
      density = next;
      svg.classed('timeline-dense', density !== null);
      render();
    },
    setSelected(id) {
      selectedId = id;
      render();
    },
    setLanes(next) {
      grouping = next;
      lanes = groupLanes(items, grouping);
      render();
    },
    showWindow(window) {
      applyTransform(transformFor(window), false);
    },
    resize(nextWidth, nextHeight) {
      const kept = windowOfTransform(base, transform);
      width = Math.max(0, nextWidth - MARGIN.left - MARGIN.right);
      height = Math.max(0, nextHeight - MARGIN.top - MARGIN.bottom);
      svg.attr('viewBox', `0 0 ${nextWidth} ${nextHeight}`).attr('width', nextWidth).attr('height', nextHeight);
      clipRect.attr('x', MARGIN.left - 8).attr('y', -4).attr('width', width + 16).attr('height', height + 8);
      if (canvas) {
        pixelRatio = window.devicePixelRatio || 1;
        canvas.width = Math.round(nextWidth * pixelRatio);
        canvas.height = Math.round(nextHeight * pixelRatio);
        canvas.style.width = `${nextWidth}px`;
        canvas.style.height = `${nextHeight}px`;
      }
      rebuildBase(kept);
    },
    zoomBy(factor) {
      behavior.scaleBy(svg, factor);
    },
    reset() {
      applyTransform(transformFor(null), false);
      callbacks.windowChange(null);
    },
    destroy() {
      clearTimeout(settleTimer);
      svg.on('.zoom', null).selectAll('*').remove();
    },
  };
}
