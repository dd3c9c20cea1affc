import { Suspense } from 'react';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { ParamErrorNotice } from '@/components/ui/ParamErrorNotice';
import { FilterParamError } from '@/lib/filters/errors';
import { namedFacets } from '@/lib/filters/facets';
import { isFiltered, parseView, type ViewState } from '@/lib/filters/view';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** Enough for the seed and demo corpora; the timeline asks the API per window once corpora grow past it. */
const PAGE_EVENT_LIMIT = 5000;

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
  const [{ events, total }, facets] = await Promise.all([
    store.listEvents({ filter: view.filter, salientOnly, limit: PAGE_EVENT_LIMIT }),
    store.facets(view.filter, salientOnly),
  ]);
  return (
    <Suspense>
      <Dashboard events={events} total={total} facets={namedFacets(facets)} filtered={isFiltered(view.filter)} />
    </Suspense>
  );
}
