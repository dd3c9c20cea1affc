import { Suspense } from 'react';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { ParamErrorNotice } from '@/components/ui/ParamErrorNotice';
import { FilterParamError } from '@/lib/filters/errors';
import { namedFacets } from '@/lib/filters/facets';
import { isFiltered, parseView, serializeView, type ViewState } from '@/lib/filters/view';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** Up to this many events travel with the page; past it the timeline starts from density and asks the API per window. */
const PAGE_EVENT_LIMIT = 2000;
/** Density buckets of the whole range sent with a large page (the overview strip and the first draw). */
const PAGE_BUCKETS = 600;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

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
  const density = await store.density(view.filter, { from: null, to: null, buckets: PAGE_BUCKETS }, salientOnly);
  const dated = density.reduce((sum, bucket) => sum + bucket.count, 0);
  // A large selection's facet counts take long: the filter bar fetches them after the timeline is drawn.
  const large = dated > PAGE_EVENT_LIMIT;
  const [{ events, total }, facets] = large
    ? [{ events: [], total: dated }, null]
    : await Promise.all([
      store.listEvents({ filter: view.filter, salientOnly, limit: PAGE_EVENT_LIMIT }),
      store.facets(view.filter, salientOnly),
    ]);
  const filterQuery = serializeView({ ...view, window: null, event: null, lanes: 'none' }).toString();
  return (
    <Suspense>
      <Dashboard
        events={events}
        total={total}
        large={large ? { filterQuery, density } : null}
        facets={facets && namedFacets(facets)}
        filterQuery={filterQuery}
        filtered={isFiltered(view.filter)}
      />
    </Suspense>
  );
}
