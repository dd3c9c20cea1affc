'use client';
import { debounce, useQueryStates } from 'nuqs';
import { buttonClass, inputClass, labelClass } from '@/components/ui/styles';
import type { NamedFacets } from '@/lib/filters/facets';
import { isAreaCode, precisionOptions, regionOptions, sourceOptions, topicOptions } from '@/lib/filters/options';
import { filterParsers } from '@/lib/filters/url-state';
import { MultiSelect } from './MultiSelect';

/** Facets not (yet) at hand: still counting, or the count failed (the message says why). */
export interface FacetsState {
  message: string;
}

const EMPTY_FACETS: NamedFacets = { regions: [], subregions: [], countries: [], topics: [], sources: [], precisions: [], total: 0 };

/** Every filter back to its default. */
export const CLEARED = {
  region: null, country: null, topic: null, source: null, precision: null, from: null, to: null, q: null, all: null,
} as const;

/**
 * Region, Topic, Source, Precision, From, To and Search, bound to the URL: every change is a history entry, and the
 * dashboard loads (or narrows) its events; `updating` while it loads.
 */
export function FilterBar({ facets: shown, updating }: { facets: NamedFacets | FacetsState; updating: boolean }) {
  const facets = 'total' in shown ? shown : EMPTY_FACETS;
  const status = 'total' in shown ? null : shown;
  const [filters, setFilters] = useQueryStates(filterParsers);
  const places = [...filters.region, ...filters.country];

  return (
    <form role="search" aria-label="Filters" className="space-y-3" onSubmit={(e) => e.preventDefault()}>
      <MultiSelect
        id="filter-region"
        label="Region"
        options={regionOptions(facets, filters.country)}
        selected={places}
        onChange={(values) =>
          void setFilters({ region: values.filter(isAreaCode), country: values.filter((v) => !isAreaCode(v)) })
        }
      />
      <MultiSelect
        id="filter-topic"
        label="Topic"
        options={topicOptions(facets)}
        selected={filters.topic}
        onChange={(values) => void setFilters({ topic: values })}
      />
      <MultiSelect
        id="filter-source"
        label="Source"
        options={sourceOptions(facets, filters.source)}
        selected={filters.source}
        onChange={(values) => void setFilters({ source: values })}
      />
      <MultiSelect
        id="filter-precision"
        label="Precision"
        options={precisionOptions(facets)}
        selected={filters.precision}
        onChange={(values) => void setFilters({ precision: values as typeof filters.precision })}
      />
      <div className="grid grid-cols-2 gap-2">
        <DateField id="filter-from" label="From" value={filters.from} onChange={(from) => void setFilters({ from })} />
        <DateField id="filter-to" label="To" value={filters.to} onChange={(to) => void setFilters({ to })} />
      </div>
      <div>
        <label htmlFor="filter-q" className={labelClass}>
          Search
        </label>
        <input
          id="filter-q"
          type="search"
          className={inputClass}
          value={filters.q}
          placeholder="Words in summaries, evidence, titles"
          onChange={(e) => void setFilters({ q: e.currentTarget.value }, { limitUrlUpdates: debounce(400) })}
        />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={filters.all}
          onChange={(e) => void setFilters({ all: e.currentTarget.checked })}
          className="size-4"
        />
        Show minor events too
      </label>
      <div className="flex items-center gap-3">
        <button
          type="button"
          className={buttonClass}
          onClick={() => void setFilters(CLEARED)}
        >
          Clear filters
        </button>
        <span aria-live="polite" className="text-sm text-gray-600 dark:text-gray-400">
          {updating ? 'Updating…' : status ? status.message : `${facets.total} events match`}
        </span>
      </div>
    </form>
  );
}

/** A labelled date input bound to one end of the time window; an emptied field clears it. */
function DateField({ id, label, value, onChange }: { id: string; label: string; value: string | null; onChange: (value: string | null) => void }) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input id={id} type="date" className={inputClass} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)} />
    </div>
  );
}
