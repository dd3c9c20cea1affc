'use client';
import { useCallback, useEffect, useState } from 'react';
import type { TimeWindow } from '@/lib/filters/view';
import type { StoredEvent } from '@/lib/store/types';
import { eventsUrl, fetchJson } from '@/lib/timeline/lod/window-loader';

/** Rows fetched per "Load more". */
export const LIST_PAGE = 100;

export interface WindowEventPages {
  events: StoredEvent[];
  /** All events of the window under the filter; null until the first page arrives. */
  total: number | null;
  loading: boolean;
  error: string | null;
  loadMore(): void;
}

interface Pages {
  key: string;
  events: StoredEvent[];
  total: number | null;
  error: string | null;
}

/**
 * The events of `window` page by page from /api/events (date order), for the list view of a large timeline whose
 * window holds too many events to draw one by one: every event stays reachable from the table.
 * `window` null means the whole filtered range; a new filter or window starts again from the first page. Nothing is
 * fetched while not `enabled`.
 */
export function useWindowEventPages(filterQuery: string, window: TimeWindow | null, enabled: boolean): WindowEventPages {
  const key = `${filterQuery}|${window?.start ?? ''}/${window?.end ?? ''}`;
  const [pages, setPages] = useState<Pages>({ key, events: [], total: null, error: null });
  const [wanted, setWanted] = useState({ key, count: LIST_PAGE });
  const current = pages.key === key ? pages : { key, events: [], total: null, error: null };
  const want = wanted.key === key ? wanted.count : LIST_PAGE;
  const offset = current.events.length;
  const complete = current.total !== null && offset >= current.total;
  const needsPage = enabled && !current.error && !complete && offset < want;

  useEffect(() => {
    if (!needsPage) return;
    const controller = new AbortController();
    const url = eventsUrl({ filterQuery, window }, { limit: LIST_PAGE, offset });
    fetchJson(url, controller.signal).then(
      (body) => {
        const { events, total } = body as { events: StoredEvent[]; total: number };
        setPages((prev) => {
          const base = prev.key === key ? prev.events : [];
          // A stale answer for an offset already filled is dropped.
          return base.length === offset ? { key, events: [...base, ...events], total, error: null } : prev;
        });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setPages({ key, events: [], total: null, error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
    // `key` stands for the filter and the window.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, offset, needsPage]);

  const loadMore = useCallback(() => setWanted({ key, count: offset + LIST_PAGE }), [key, offset]);
  return { events: current.events, total: current.total, loading: needsPage, error: current.error, loadMore };
}
