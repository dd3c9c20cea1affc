'use client';
import { useEffect, useState } from 'react';
import type { FacetsState } from '@/components/filters/FilterBar';
import type { NamedFacets } from '@/lib/filters/facets';
import { fetchJson } from '@/lib/timeline/lod/window-loader';

const COUNTING: FacetsState = { message: 'Counting events…' };

/** The page's facets, or (when it left them out) the API's for the same filter; a newer filter aborts the older request. */
export function useFacets(pageFacets: NamedFacets | null, filterQuery: string): NamedFacets | FacetsState {
  const [fetched, setFetched] = useState<{ query: string; facets: NamedFacets | FacetsState } | null>(null);
  useEffect(() => {
    if (pageFacets) return;
    const controller = new AbortController();
    fetchJson(`/api/facets?${filterQuery}`, controller.signal).then(
      (facets) => {
        if (!controller.signal.aborted) setFetched({ query: filterQuery, facets: facets as NamedFacets });
      },
      (error: Error) => {
        if (!controller.signal.aborted) setFetched({ query: filterQuery, facets: { message: `Counts unavailable: ${error.message}` } });
      },
    );
    return () => controller.abort();
  }, [pageFacets, filterQuery]);
  if (pageFacets) return pageFacets;
  return fetched?.query === filterQuery ? fetched.facets : COUNTING;
}
