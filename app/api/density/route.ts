import type { NextRequest } from 'next/server';
import { parseDensityQuery } from '@/lib/filters/api-query';
import { getStore } from '@/lib/store';
import { respond } from '../_shared/respond';

export const dynamic = 'force-dynamic';

/**
 * Event counts under the filter in equal buckets of days over the window `start`..`end` (the whole filtered range
 * without one): what the timeline draws when too many events are in view for individual marks.
 */
export function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    const { view, buckets } = parseDensityQuery(request.nextUrl.searchParams);
    const store = await getStore();
    const range = { from: view.window?.start ?? null, to: view.window?.end ?? null, buckets };
    const counts = await store.density(view.filter, range, !view.all);
    return { total: counts.reduce((sum, bucket) => sum + bucket.count, 0), buckets: counts };
  });
}
