'use client';
import { createSerializer, useQueryStates } from 'nuqs';
import { focusRing } from '@/components/ui/styles';
import { filterParsers } from '@/lib/filters/url-state';

const serializeFilters = createSerializer(filterParsers);

const FORMATS = [
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
  { format: 'timelinejs', label: 'TimelineJS' },
  { format: 'ics', label: 'iCalendar' },
] as const;

/** Download links for the current filtered selection, one per export format. */
export function ExportLinks() {
  const [filters] = useQueryStates(filterParsers);
  const query = serializeFilters(filters);
  return (
    <nav aria-label="Export" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-gray-600 dark:text-gray-400">Export:</span>
      {FORMATS.map(({ format, label }) => (
        <a key={format} href={`/api/export/${format}${query}`} download className={`text-blue-700 underline dark:text-blue-300 ${focusRing}`}>
          {label}
        </a>
      ))}
    </nav>
  );
}
