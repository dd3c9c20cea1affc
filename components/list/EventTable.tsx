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

const PAGE = 100;

/** The events of the visible window (the timeline's home window by default) as a table, in date order. */
export function EventTable({
  events,
  selectedId,
  onSelect,
}: {
  events: readonly StoredEvent[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}) {
  const [{ start, end }] = useQueryStates({ start: viewParsers.start, end: viewParsers.end });
  const [shown, setShown] = useState(PAGE);
  const home = useMemo(() => homeWindow(toTimelineItems(events)), [events]);
  const window = start && end ? { start, end } : home;
  const rows = events
    .filter((event) => inWindow(event, window))
    .sort((a, b) => a.start!.localeCompare(b.start!) || a.end!.localeCompare(b.end!) || a.id - b.id);

  return (
    <div className="max-h-[32rem] overflow-auto rounded-lg border border-gray-200 dark:border-gray-800">
      <table className="w-full text-left text-sm">
        <caption className="px-3 py-2 text-left font-medium">
          Events in view ({rows.length})
        </caption>
        <thead className="sticky top-0 bg-gray-50 text-xs uppercase text-gray-600 dark:bg-gray-900 dark:text-gray-400">
          <tr>
            <th scope="col" className="px-3 py-2">Date</th>
            <th scope="col" className="px-3 py-2">Precision</th>
            <th scope="col" className="px-3 py-2">Summary</th>
            <th scope="col" className="px-3 py-2">Countries</th>
            <th scope="col" className="px-3 py-2">Topics</th>
            <th scope="col" className="px-3 py-2">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((event) => (
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
      {rows.length > shown && (
        <button type="button" className={`m-2 text-sm underline ${focusRing}`} onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, rows.length - shown)} more
        </button>
      )}
    </div>
  );
}
