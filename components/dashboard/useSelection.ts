'use client';
import { useLayoutEffect, useMemo, useState } from 'react';
import type { LargeTimeline } from '@/components/timeline/Timeline';
import type { NamedFacets } from '@/lib/filters/facets';
import { matchesFilter, narrows } from '@/lib/filters/narrow';
import type { EventFilter } from '@/lib/filters/types';
import type { StoredEvent } from '@/lib/store/types';
import { loadSelection } from '@/lib/timeline/lod/selection';
import { fetchJson } from '@/lib/timeline/lod/window-loader';

/** The events under one filter, as the dashboard draws them. */
export interface Selection {
  /** The filter (and show-all flag) as URL parameters, for the API. */
  filterQuery: string;
  filter: EventFilter;
  all: boolean;
  events: StoredEvent[];
  /** Matching events, dated or not; more than `events` when the selection was cut or is large. */
  total: number;
  /** Set when the events are too many to ship: the timeline fetches them per window. */
  large: LargeTimeline | null;
  /** The page's facet counts for its own filter; null for a selection loaded here (useFacets asks the API). */
  facets: NamedFacets | null;
}

export interface SelectionState {
  /** The selection for the wanted filter, or the last one while the next loads. */
  selection: Selection;
  loading: boolean;
  /** Why the wanted filter's events could not be loaded. */
  error: string | null;
}

/** A typed search waits this long after the last keystroke before it asks the server. */
const SEARCH_PAUSE_MS = 300;

/**
 * The selection for `filter`: the page's when it is the page's filter; a narrower filter is applied at once to
 * a complete loaded selection (no round trip); anything else is loaded from the API, the previous selection
 * staying on screen meanwhile. A newer filter aborts the older request.
 */
export function useSelection(initial: Selection, filterQuery: string, filter: EventFilter, all: boolean): SelectionState {
  const [loaded, setLoaded] = useState(initial);
  const [failure, setFailure] = useState<{ query: string; message: string } | null>(null);

  const local = useMemo<Selection | null>(() => {
    if (loaded.filterQuery === filterQuery) return loaded;
    const complete = loaded.large === null && loaded.total === loaded.events.length;
    if (!complete || loaded.all !== all || !narrows(loaded.filter, filter)) return null;
    const events = loaded.events.filter((event) => matchesFilter(event, filter));
    return { filterQuery, filter, all, events, total: events.length, large: null, facets: null };
    // `filterQuery` stands for `filter` and `all`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, filterQuery]);
  const needsLoad = local === null;

  // A layout effect: the request leaves in the commit of the filter change, not after the next paint.
  useLayoutEffect(() => {
    if (!needsLoad) return;
    const controller = new AbortController();
    const load = () =>
      loadSelection(filterQuery, fetchJson, controller.signal).then(
        (answer) =>
          setLoaded({
            filterQuery, filter, all, total: answer.total, facets: null,
            events: answer.kind === 'events' ? answer.events : [],
            large: answer.kind === 'large' ? { filterQuery, density: answer.density } : null,
          }),
        (error: Error) => {
          if (!controller.signal.aborted) setFailure({ query: filterQuery, message: error.message });
        },
      );
    const timer = loaded.filter.q !== filter.q ? setTimeout(load, SEARCH_PAUSE_MS) : undefined;
    if (!timer) load();
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `filterQuery` stands for `filter` and `all`; `loaded` only tells whether the search changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needsLoad, filterQuery]);

  const error = failure?.query === filterQuery ? failure.message : null;
  return { selection: local ?? loaded, loading: needsLoad && error === null, error };
}
