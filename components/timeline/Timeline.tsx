'use client';
import { useQueryStates } from 'nuqs';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { buttonClass } from '@/components/ui/styles';
import { viewParsers } from '@/lib/filters/url-state';
import type { TimeWindow } from '@/lib/filters/view';
import { createTimeline, type TimelineController } from '@/lib/timeline/controller';
import { formatEventDate } from '@/lib/timeline/format';
import { groupLanes } from '@/lib/timeline/lanes';
import { download, pngSnapshot, svgSnapshot } from '@/lib/timeline/snapshot';
import { createOverview, type OverviewController } from '@/lib/timeline/overview';
import { toTimelineItems, type DatedEventLike, type TimelineItem } from '@/lib/timeline/model';
import { toDensityBars, toDensityLanes, type DensityLane } from '@/lib/timeline/layers/density';
import type { DensityBucket, StoredEvent } from '@/lib/store/types';
import { useWindowData } from './useWindowData';
import { LaneSelect } from './LaneSelect';
import { TimelineLegend } from './TimelineLegend';

const OVERVIEW_HEIGHT = 48;
/** Each lane keeps room for its label, three rows of marks and its "+N" badges. */
const LANE_HEIGHT = 96;
const heightFor = (laneCount: number) => Math.max(320, Math.min(laneCount * LANE_HEIGHT + 12, 900));
const windowKey = (window: TimeWindow | null) => (window ? `${window.start}/${window.end}` : '');

export function eventLabel(item: Pick<TimelineItem, 'summary' | 'start' | 'end' | 'precision'>): string {
  return `${item.summary} — ${formatEventDate(item.start, item.end, item.precision)}`;
}

interface Tooltip {
  item: TimelineItem;
  left: number;
  top: number;
}

/** A large timeline: the events are fetched per visible window; `density` counts the whole filtered range. */
export interface LargeTimeline {
  /** The filter as URL parameters, for the API. */
  filterQuery: string;
  density: DensityBucket[];
}

/** Tells the bench and the tests that new data is on screen (after the frame that drew it). */
const NO_EVENTS: StoredEvent[] = [];
const markDrawn = () => requestAnimationFrame(() => performance.mark('dateline:drawn'));

/**
 * The D3 timeline: mounts lib/timeline's controller (layout effects: new data is drawn in the commit that brings it,
 * before the browser paints) and keeps the visible window in the URL (replace, debounced).
 * With `large`, only the window's events are fetched, and too many in view are drawn as density on a canvas.
 */
export function Timeline({
  events,
  large = null,
  selectedId,
  onSelect,
  onEventsInView,
}: {
  events: readonly DatedEventLike[];
  large?: LargeTimeline | null;
  selectedId: number | null;
  onSelect: (id: number) => void;
  /** A large timeline's events in view; null while they are too many and drawn as density. */
  onEventsInView?: (events: StoredEvent[] | null) => void;
}) {
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const controllerRef = useRef<TimelineController | null>(null);
  const overviewSvgRef = useRef<SVGSVGElement>(null);
  const overviewRef = useRef<OverviewController | null>(null);
  const lastWindowKey = useRef<string | null>(null);
  const onSelectRef = useRef(onSelect);
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const [{ start, end }, setWindow] = useQueryStates({ start: viewParsers.start, end: viewParsers.end });
  const [{ lanes }, setLanes] = useQueryStates({ lanes: viewParsers.lanes });
  const windowData = useWindowData(large, start && end ? { start, end } : null, lanes, containerRef);
  const windowEvents = windowData.kind === 'marks' ? windowData.events : null;
  const items = useMemo(() => toTimelineItems(large ? (windowEvents ?? []) : events), [large, windowEvents, events]);
  // Per lane once the answer for these lanes is in; until then (and without lanes) one lane of the total.
  const densityLanes = useMemo<DensityLane[] | null>(() => {
    if (windowData.kind !== 'density') return null;
    if (lanes !== 'none' && windowData.lanes && windowData.grouping === lanes) return toDensityLanes(lanes, windowData.lanes);
    return [{ key: 'all', label: '', bars: toDensityBars(windowData.buckets) }];
  }, [windowData, lanes]);
  const fullBars = useMemo(() => (large ? toDensityBars(large.density) : null), [large]);
  const laneCount = useMemo(
    () => (densityLanes ? densityLanes.length : lanes === 'none' ? 1 : groupLanes(items, lanes).length),
    [densityLanes, items, lanes],
  );
  const height = heightFor(laneCount);
  const heightRef = useRef(height);

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useLayoutEffect(() => {
    const container = containerRef.current!;
    const remember = (window: TimeWindow | null) => {
      lastWindowKey.current = windowKey(window);
      void setWindow({ start: window?.start ?? null, end: window?.end ?? null });
    };
    const overview = createOverview(overviewSvgRef.current!, (window) => {
      controller.showWindow(window);
      remember(window);
    });
    const controller = createTimeline(svgRef.current!, {
      windowChange(window) {
        overview.showWindow(window);
        remember(window);
      },
      select: (id) => onSelectRef.current(id),
      hover(item, anchor) {
        if (!item || !anchor) return setTooltip(null);
        const box = anchor.getBoundingClientRect();
        const frame = container.getBoundingClientRect();
        setTooltip({ item, left: box.left + box.width / 2 - frame.left, top: box.top - frame.top });
      },
      label: eventLabel,
    }, canvasRef.current);
    controllerRef.current = controller;
    lastWindowKey.current = null; // a new controller has shown no window yet
    overviewRef.current = overview;
    const fit = () => {
      controller.resize(container.clientWidth, heightRef.current);
      overview.resize(container.clientWidth, OVERVIEW_HEIGHT);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(container);
    return () => {
      observer.disconnect();
      controller.destroy();
      overview.destroy();
      controllerRef.current = null;
      overviewRef.current = null;
    };
  }, [setWindow]);

  useLayoutEffect(() => {
    const extent: [number, number] | null = fullBars?.length ? [fullBars[0].t0, fullBars[fullBars.length - 1].t1] : null;
    controllerRef.current?.setExtent(extent);
    if (fullBars) overviewRef.current?.setDensity(fullBars);
  }, [fullBars]);
  useLayoutEffect(() => {
    controllerRef.current?.setItems(items);
    controllerRef.current?.setDensity(densityLanes);
    if (!large) overviewRef.current?.setItems(items);
    markDrawn();
  }, [items, densityLanes, large]);
  useEffect(() => {
    if (large) onEventsInView?.(windowData.kind === 'density' ? null : (windowEvents ?? NO_EVENTS));
  }, [large, windowData.kind, windowEvents, onEventsInView]);
  useLayoutEffect(() => controllerRef.current?.setSelected(selectedId), [selectedId, items]);
  useLayoutEffect(() => {
    heightRef.current = height;
    controllerRef.current?.resize(containerRef.current!.clientWidth, height);
    controllerRef.current?.setLanes(lanes);
  }, [lanes, height, items]);

  // A window coming from the URL (first load, back/forward, a shared link) is shown; our own writes are not re-applied.
  useLayoutEffect(() => {
    const window = start && end ? { start, end } : null;
    const key = windowKey(window);
    if (key === lastWindowKey.current) return;
    lastWindowKey.current = key;
    controllerRef.current?.showWindow(window);
    overviewRef.current?.showWindow(window);
  }, [start, end, items]);

  const zoom = (factor: number) => controllerRef.current?.zoomBy(factor);
  const snapshot = async (format: 'svg' | 'png') => {
    const svg = svgRef.current!;
    const text = svgSnapshot(svg, getComputedStyle(document.body).backgroundColor);
    const { width, height: shownHeight } = svg.getBoundingClientRect();
    const blob =
      format === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await pngSnapshot(text, width, shownHeight);
    download(blob, `dateline-timeline.${format}`);
  };
  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <div role="group" aria-label="Zoom" className="flex gap-2">
          <button type="button" className={buttonClass} onClick={() => zoom(2)}>
            Zoom in
          </button>
          <button type="button" className={buttonClass} onClick={() => zoom(0.5)}>
            Zoom out
          </button>
          <button type="button" className={buttonClass} onClick={() => controllerRef.current?.reset()}>
            Reset
          </button>
        </div>
        <div role="group" aria-label="Save the view as an image" className="flex gap-2">
          <button type="button" className={buttonClass} onClick={() => void snapshot('svg')}>
            SVG
          </button>
          <button type="button" className={buttonClass} onClick={() => void snapshot('png')}>
            PNG
          </button>
        </div>
        <LaneSelect value={lanes} onChange={(next) => void setLanes({ lanes: next })} />
        <TimelineLegend />
      </div>
      {windowData.kind === 'density' && (
        <p role="status" className="mb-2 text-sm text-gray-600 dark:text-gray-400">
          {`${windowData.total.toLocaleString('en')} events in view, drawn as density${densityLanes && densityLanes.length > 1 ? ` per ${lanes}` : ''}: zoom in, or click the bars, to see them one by one.`}
        </p>
      )}
      {windowData.kind === 'error' && (
        <p role="alert" className="mb-2 text-sm text-red-700 dark:text-red-400">
          {`Could not load the events of this window: ${windowData.message}`}
        </p>
      )}
      <div
        ref={containerRef}
        className="relative rounded-lg border border-gray-200 dark:border-gray-800"
        onKeyDown={(e) => {
          if (e.target instanceof HTMLButtonElement) return;
          if (e.key === '+' || e.key === '=') zoom(2);
          else if (e.key === '-' || e.key === '_') zoom(0.5);
        }}
      >
        <canvas ref={canvasRef} aria-hidden="true" className="pointer-events-none absolute top-0 left-0" />
        <svg
          ref={svgRef}
          role="group"
          aria-label="Timeline of events: use Tab or the arrow keys to move between events, + and - to zoom"
          className="block touch-none select-none"
          height={height}
        />
        <svg
          ref={overviewSvgRef}
          role="group"
          aria-label="Overview of the whole range: drag to choose the visible window"
          className="block border-t border-gray-200 dark:border-gray-800"
          height={OVERVIEW_HEIGHT}
        />
        {tooltip && (
          <div
            role="tooltip"
            className="pointer-events-none absolute z-10 max-w-xs -translate-x-1/2 -translate-y-full rounded-md bg-gray-900 px-2 py-1 text-xs text-white shadow-lg dark:bg-gray-100 dark:text-gray-900"
            style={{ left: tooltip.left, top: tooltip.top - 6 }}
          >
            <span className="block font-medium">{tooltip.item.summary}</span>
            <span className="block opacity-80">
              {formatEventDate(tooltip.item.start, tooltip.item.end, tooltip.item.precision)}
            </span>
          </div>
        )}
      </div>
    </div>
  );
}
