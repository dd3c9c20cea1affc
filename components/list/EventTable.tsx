'use client';
import { useQueryStates } from 'nuqs';
import { useMemo, useState } from 'react';
import { focusRing } from '@/components/ui/styles';
import { viewParsers } from '@/lib/filters/url-state';
import { countryName } from '@/lib/nlp/places/regions';
import type { StoredEvent } from '@/lib/store/types';
import { describeDate } from '@/lib/timeline/format';
import { toTimelineItems } from '@/lib/timeline/model';
import { homeWindow } from '@/lib/timeline/scale';
import { inWindow } from '@/lib/timeline/window-filter';
import { LIST_PAGE, type WindowEventPages } from './useWindowEventPages';

const PAGE = 100;

/**
 * The events of the visible window (the timeline's home window by default) as a table, in date order. With `pages`
 * (a large window, drawn as density) the rows are the pages fetched so far from the API, already windowed and sorted.
 */
export function EventTable({
  events,
  pages = null,
  selectedId,
  onSelect,
}: {
  events: readonly StoredEvent[];
  pages?: WindowEventPages | null;
  selectedId: number | null;
  onSelect: (id: number) => void;
}) {
  const [{ start, end }] = useQueryStates({ start: viewParsers.start, end: viewParsers.end });
  const [shown, setShown] = useState(PAGE);
  const home = useMemo(() => homeWindow(toTimelineItems(events)), [events]);
  const window = start && end ? { start, end } : home;
  const rows = pages
    ? pages.events
    : events
        .filter((event) => inWindow(event, window))
        .sort((a, b) => a.start!.localeCompare(b.start!) || a.end!.localeCompare(b.end!) || a.id - b.id);
  // Until the first page arrives the count of a paged list is unknown.
  const inView = pages ? (pages.total ?? '…') : rows.length;
  const visible = pages ? rows : rows.slice(0, shown);

  return (
    <div className="max-h-[32rem] overflow-auto rounded-lg border border-gray-200 dark:border-gray-800">
      <table className="w-full text-left text-sm">
        <caption className="px-3 py-2 text-left font-medium">
          Events in view ({inView}){pages?.total != null && `: showing ${rows.length} of ${inView}, in date order`}
        </caption>
        <thead className="sticky top-0 bg-gray-50 text-xs uppercase text-gray-600 dark:bg-gray-900 dark:text-gray-400">
          <tr>
            <th scope="col" className="px-3 py-2">Date</th>
            <th scope="col" className="px-3 py-2">Precision</th>
            <th scope="col" className="min-w-64 px-3 py-2 md:w-2/5">Summary</th>
            <th scope="col" className="px-3 py-2">Countries</th>
            <th scope="col" className="px-3 py-2">Topics</th>
            <th scope="col" className="px-3 py-2">Source</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((event) => (
            <tr
              key={event.id}
              aria-current={event.id === selectedId ? 'true' : undefined}
              className="border-t border-gray-100 aria-[current=true]:bg-amber-50 dark:border-gray-800 dark:aria-[current=true]:bg-amber-950"
            >
              <td className="whitespace-nowrap px-3 py-1.5">{describeDate(event.start!, event.end!, event.precision!)}</td>
              <td className="px-3 py-1.5">{event.precision}</td>
              <td className="px-3 py-1.5">
                <button
                  type="button"
                  className={`text-left text-blue-700 underline dark:text-blue-300 ${focusRing}`}
                  onClick={() => onSelect(event.id)}
                >
                  {event.summary}
                </button>
              </td>
              <td className="px-3 py-1.5">{event.countries.map(countryName).join(', ')}</td>
              <td className="px-3 py-1.5">{event.topics.join('; ')}</td>
              <td className="px-3 py-1.5">{event.article.source ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages && <PageFooter pages={pages} />}
      {!pages && rows.length > shown && (
        <button type="button" className={`m-2 text-sm underline ${focusRing}`} onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, rows.length - shown)} more
        </button>
      )}
    </div>
  );
}

/** Loading, error and "Load more" under a table whose rows come from the API page by page. */
function PageFooter({ pages }: { pages: WindowEventPages }) {
  const remaining = pages.total === null ? 0 : pages.total - pages.events.length;
  return (
    <div className="m-2 text-sm">
      {pages.error && <p role="alert" className="text-red-700 dark:text-red-400">{`Could not load the events in view: ${pages.error}`}</p>}
      {pages.loading && <p role="status">Loading events…</p>}
      {!pages.loading && remaining > 0 && (
        <button type="button" className={`underline ${focusRing}`} onClick={pages.loadMore}>
          {`Load ${Math.min(LIST_PAGE, remaining)} more of ${remaining.toLocaleString('en')} remaining`}
        </button>
      )}
    </div>
  );
}
