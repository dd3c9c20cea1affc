import type { NextRequest } from 'next/server';
import { parseEventsQuery } from '@/lib/filters/api-query';
import { getStore } from '@/lib/store';
import { respond } from '../_shared/respond';

export const dynamic = 'force-dynamic';

/** Events under the filter, each with its article's id, title, source and publication date. */
export function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    const { view, limit, offset } = parseEventsQuery(request.nextUrl.searchParams);
    const store = await getStore();
    const { events, total } = await store.listEvents({ filter: view.filter, salientOnly: !view.all, limit, offset });
    return { total, limit, offset, events };
  });
}
