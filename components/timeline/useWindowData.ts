'use client';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { LaneGrouping } from '@/lib/filters/params';
import type { TimeWindow } from '@/lib/filters/view';
import type { DensityBucket, StoredEvent } from '@/lib/store/types';
import { createWindowLoader, fetchJson, MARK_LIMIT, type LaneDensityAnswer, type WindowLoader } from '@/lib/timeline/lod/window-loader';
import type { LargeTimeline } from './Timeline';

export type WindowState =
  | { kind: 'all' }
  | { kind: 'marks'; events: StoredEvent[] }
  | { kind: 'density'; buckets: DensityBucket[]; total: number; lanes?: LaneDensityAnswer[]; grouping?: LaneGrouping }
  | { kind: 'error'; message: string };

const ALL: WindowState = { kind: 'all' };
/** About one density bar per 4 px of timeline. */
const PX_PER_BUCKET = 4;

/**
 * What a large timeline shows in `window`: the page's density of the whole range while nothing narrower is asked
 * (and no lanes split it), else the answer for the window and lanes (the previous answer stays on screen while the
 * next one loads).
 */
export function useWindowData(
  large: LargeTimeline | null,
  window: TimeWindow | null,
  lanes: LaneGrouping,
  containerRef: RefObject<HTMLElement | null>,
): WindowState {
  const [fetched, setFetched] = useState<WindowState | null>(null);
  const loaderRef = useRef<WindowLoader | null>(null);
  const key = large ? `${large.filterQuery}|${window?.start ?? ''}/${window?.end ?? ''}|${lanes}` : '';
  const initial = useMemo<WindowState | null>(() => {
    if (!large) return null;
    return { kind: 'density', buckets: large.density, total: large.density.reduce((sum, b) => sum + b.count, 0) };
  }, [large]);
  const useInitial = initial?.kind === 'density' && window === null && lanes === 'none' && initial.total > MARK_LIMIT;

  useEffect(() => () => loaderRef.current?.cancel(), []);

  useEffect(() => {
    if (!large || useInitial) return loaderRef.current?.cancel();
    // One loader for the component's life, so its debounce spans a whole gesture; only the latest answer is reported.
    loaderRef.current ??= createWindowLoader(fetchJson, {
      data: setFetched,
      error: (message) => setFetched({ kind: 'error', message }),
    });
    const buckets = Math.max(20, Math.round((containerRef.current?.clientWidth ?? 800) / PX_PER_BUCKET));
    loaderRef.current.load({ filterQuery: large.filterQuery, window, buckets, lanes });
    // `key` stands for the filter, the window and the lanes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, useInitial]);

  if (!initial) return ALL;
  if (useInitial) return initial;
  return fetched ?? initial;
}
