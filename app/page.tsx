import { Suspense } from 'react';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { ParamErrorNotice } from '@/components/ui/ParamErrorNotice';
import { FilterParamError } from '@/lib/filters/errors';
import { namedFacets } from '@/lib/filters/facets';
import { DEFAULT_VIEW, parseView, serializeView, type ViewState } from '@/lib/filters/view';
import { isLarge, SELECTION_BUCKETS, SELECTION_EVENT_LIMIT } from '@/lib/timeline/lod/selection';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first view of a URL, rendered on the server; later filter changes load their events from the API. */
export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  let view: ViewState;
  try {
    view = parseView(await searchParams);
  } catch (error) {
    if (error instanceof FilterParamError) return <ParamErrorNotice error={error} />;
    throw error;
  }
  const store = await getStore();
  const salientOnly = !view.all;
  const density = await store.density(view.filter, { from: null, to: null, buckets: SELECTION_BUCKETS }, salientOnly);
  const dated = density.reduce((sum, bucket) => sum + bucket.count, 0);
  // A large selection's facet counts take long: the filter bar fetches them after the timeline is drawn.
  const large = isLarge(dated);
  const [{ events, total }, facets] = large
    ? [{ events: [], total: dated }, null]
    : await Promise.all([
      store.listEvents({ filter: view.filter, salientOnly, limit: SELECTION_EVENT_LIMIT }),
      store.facets(view.filter, salientOnly),
    ]);
  const filterQuery = serializeView({ ...DEFAULT_VIEW, filter: view.filter, all: view.all }).toString();
  return (
    <Suspense>
      <Dashboard
        initial={{
          filterQuery, filter: view.filter, all: view.all, events, total,
          large: large ? { filterQuery, density } : null,
          facets: facets && namedFacets(facets),
        }}
      />
    </Suspense>
  );
}
