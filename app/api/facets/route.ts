import type { NextRequest } from 'next/server';
import { parseView } from '@/lib/filters/view';
import { namedFacets } from '@/lib/filters/facets';
import { getStore } from '@/lib/store';
import { respond } from '../_shared/respond';

export const dynamic = 'force-dynamic';

/** Event counts per region, sub-region, country and topic under the filter (each ignoring its own selection). */
export function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    const view = parseView(request.nextUrl.searchParams);
    const store = await getStore();
    return namedFacets(await store.facets(view.filter, !view.all));
  });
}
