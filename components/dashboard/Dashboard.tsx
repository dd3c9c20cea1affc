'use client';
import { useQueryStates } from 'nuqs';
import { useCallback, useEffect } from 'react';
import { EventDetails } from '@/components/details/EventDetails';
import { FilterBar } from '@/components/filters/FilterBar';
import { EventTable } from '@/components/list/EventTable';
import { CopyLinkButton } from '@/components/timeline/CopyLinkButton';
import { ExportLinks } from '@/components/timeline/ExportLinks';
import { Timeline } from '@/components/timeline/Timeline';
import type { NamedFacets } from '@/lib/filters/facets';
import { viewParsers } from '@/lib/filters/url-state';
import type { StoredEvent } from '@/lib/store/types';

/** The dashboard's interactive part: filters, the timeline and the details of the selected event. */
export function Dashboard({
  events,
  total,
  facets,
  filtered,
}: {
  events: StoredEvent[];
  total: number;
  facets: NamedFacets;
  /** Whether any filter is set, so an empty result can say why. */
  filtered: boolean;
}) {
  const [{ event: selectedId }, setSelection] = useQueryStates({ event: viewParsers.event });
  const selected = events.find((e) => e.id === selectedId) ?? null;
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
        <FilterBar facets={facets} />
      </aside>
      <div className="min-w-0 space-y-4">
        <h1 className="sr-only">Timeline</h1>
        {events.length === 0 ? (
          <p role="status" className="rounded-lg border border-dashed border-gray-300 p-6 text-center dark:border-gray-700">
            {!filtered
              ? 'No events yet: ingest some articles (npx dateline ingest FILE) and reload.'
              : 'No events match these filters. Remove one, or use “Clear filters”.'}
          </p>
        ) : (
          <>
            {total > events.length && (
              <p className="text-sm text-gray-600 dark:text-gray-400">
                Showing the first {events.length} of {total} events; narrow the filters to see the rest.
              </p>
            )}
            <Timeline events={events} selectedId={selectedId} onSelect={select} />
            <div className="flex flex-wrap items-center gap-4">
              <CopyLinkButton />
              <ExportLinks />
            </div>
          </>
        )}
        {selected && <EventDetails event={selected} onClose={close} />}
        {events.length > 0 && <EventTable events={events} selectedId={selectedId} onSelect={select} />}
      </div>
    </div>
  );
}
