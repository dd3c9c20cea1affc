'use client';
import { useQueryStates } from 'nuqs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { EventDetails } from '@/components/details/EventDetails';
import { FilterBar } from '@/components/filters/FilterBar';
import { EventTable } from '@/components/list/EventTable';
import { useWindowEventPages } from '@/components/list/useWindowEventPages';
import { CopyLinkButton } from '@/components/timeline/CopyLinkButton';
import { ExportLinks } from '@/components/timeline/ExportLinks';
import { CLEARED } from '@/components/filters/FilterBar';
import { Timeline } from '@/components/timeline/Timeline';
import { useFacets } from './useFacets';
import { useSelectedEvent } from './useSelectedEvent';
import { useSelection, type Selection } from './useSelection';
import { buttonClass } from '@/components/ui/styles';
import { filterParsers, viewParsers } from '@/lib/filters/url-state';
import type { EventFilter } from '@/lib/filters/types';
import { DEFAULT_VIEW, isFiltered, serializeView } from '@/lib/filters/view';
import type { StoredEvent } from '@/lib/store/types';

/** The dashboard's interactive part: filters, the timeline and the details of the selected event. */
export function Dashboard({ initial }: { initial: Selection }) {
  const [filters, setFilters] = useQueryStates(filterParsers);
  const filter = useMemo<EventFilter>(
    () => ({
      regions: filters.region, countries: filters.country, topics: filters.topic, from: filters.from, to: filters.to,
      q: filters.q, sources: filters.source, precisions: filters.precision,
    }),
    [filters.region, filters.country, filters.topic, filters.from, filters.to, filters.q, filters.source, filters.precision],
  );
  const filterQuery = serializeView({ ...DEFAULT_VIEW, filter, all: filters.all }).toString();
  const { selection, loading, error } = useSelection(initial, filterQuery, filter, filters.all);
  const { events: pageEvents, total, large } = selection;
  const filtered = isFiltered(selection.filter);
  const [{ event: selectedId }, setSelection] = useQueryStates({ event: viewParsers.event });
  const [{ start, end }] = useQueryStates({ start: viewParsers.start, end: viewParsers.end });
  // Null while a large window is drawn as density: the list then pages through the window's events from the API.
  const [windowEvents, setWindowEvents] = useState<StoredEvent[] | null>([]);
  const pages = useWindowEventPages(selection.filterQuery, start && end ? { start, end } : null, large !== null && windowEvents === null);
  const events = large ? (windowEvents ?? pages.events) : pageEvents;
  const listed = large && windowEvents === null ? pages : null;
  const facets = useFacets(selection.facets, selection.filterQuery);
  const selected = useSelectedEvent(selectedId, events);
  const select = useCallback((id: number) => void setSelection({ event: id }), [setSelection]);
  const close = useCallback(() => {
    // Keyboard users land back on the mark they opened, if it is drawn.
    if (selectedId !== null) document.querySelector<SVGGElement>(`g.mark[data-id="${selectedId}"]`)?.focus();
    void setSelection({ event: null });
  }, [selectedId, setSelection]);

  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, close]);

  return (
    <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
      {/* On a phone the timeline comes first and the filters follow it. */}
      <aside className="order-last lg:order-none">
        <FilterBar facets={facets} updating={loading} />
      </aside>
      <div className="min-w-0 space-y-4">
        <h1 className="sr-only">Timeline</h1>
        {error && (
          <p role="alert" className="rounded-lg border border-red-300 p-3 text-sm text-red-800 dark:border-red-800 dark:text-red-300">
            {`Could not load the events for these filters: ${error}. The timeline still shows the previous selection.`}
          </p>
        )}
        {total === 0 ? (
          <div role="status" className="space-y-3 rounded-lg border border-dashed border-gray-300 p-6 text-center dark:border-gray-700">
            <p>
              {!filtered
                ? 'No events yet: ingest some articles (npx dateline ingest FILE) and reload.'
                : 'No events match these filters together. Remove one, or clear them all.'}
            </p>
            {filtered && (
              <button type="button" className={buttonClass} onClick={() => void setFilters(CLEARED)}>
                Clear all filters
              </button>
            )}
          </div>
        ) : (
          <>
            {!large && total > events.length && (
              <p className="text-sm text-gray-600 dark:text-gray-400">
                Showing the first {events.length} of {total} events; narrow the filters to see the rest.
              </p>
            )}
            <Timeline
              events={pageEvents}
              large={large}
              selectedId={selectedId}
              onSelect={select}
              onEventsInView={setWindowEvents}
            />
            <div className="flex flex-wrap items-center gap-4">
              <CopyLinkButton />
              <ExportLinks />
            </div>
          </>
        )}
        {selected && <EventDetails event={selected} onClose={close} />}
        {(listed || events.length > 0) && <EventTable events={events} pages={listed} selectedId={selectedId} onSelect={select} />}
      </div>
    </div>
  );
}
