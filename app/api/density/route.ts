import type { NextRequest } from 'next/server';
import { parseDensityQuery } from '@/lib/filters/api-query';
import { getStore } from '@/lib/store';
import type { DensityBucket } from '@/lib/store/types';
import { respond } from '../_shared/respond';

export const dynamic = 'force-dynamic';

const sum = (buckets: readonly DensityBucket[]) => buckets.reduce((total, bucket) => total + bucket.count, 0);

/** Per-lane buckets (each tagged with its lane) as one entry per lane, largest first. */
function byLane(buckets: readonly DensityBucket[]) {
  const lanes = new Map<string, DensityBucket[]>();
  for (const { lane = '', ...bucket } of buckets) lanes.set(lane, [...(lanes.get(lane) ?? []), bucket]);
  return [...lanes]
    .map(([key, laneBuckets]) => ({ key, total: sum(laneBuckets), buckets: laneBuckets }))
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

/**
 * Event counts under the filter in equal buckets of days over the window `start`..`end` (the whole filtered range
 * without one): what the timeline draws when too many events are in view for individual marks. With `lanes`
 * (region, country or topic) the counts are also given per lane, every lane on the same buckets.
 */
export function GET(request: NextRequest): Promise<Response> {
  return respond(async () => {
    const { view, buckets } = parseDensityQuery(request.nextUrl.searchParams);
    const store = await getStore();
    const range = { from: view.window?.start ?? null, to: view.window?.end ?? null, buckets };
    if (view.lanes === 'none') {
      const counts = await store.density(view.filter, range, !view.all);
      return { total: sum(counts), buckets: counts };
    }
    const lanes = byLane(await store.density(view.filter, { ...range, lanes: view.lanes }, !view.all));
    const merged = (lanes[0]?.buckets ?? []).map((bucket, i) => ({ ...bucket, count: lanes.reduce((total, lane) => total + lane.buckets[i].count, 0) }));
    return { total: sum(merged), buckets: merged, lanes };
  });
}
