// The events of a filtered selection, as the dashboard holds them: all of them when few enough to ship to the
// browser, else the density of the whole filtered range (the timeline then asks per visible window).
import type { DensityBucket, StoredEvent } from '@/lib/store/types';
import type { FetchJson } from './window-loader';

/** Up to this many events travel to the browser; past it the timeline starts from density and asks per window. */
export const SELECTION_EVENT_LIMIT = 2000;
/** Density buckets over the whole filtered range for a large selection (the overview strip and the first draw). */
export const SELECTION_BUCKETS = 600;

export type LoadedSelection =
  | { kind: 'events'; events: StoredEvent[]; total: number }
  | { kind: 'large'; density: DensityBucket[]; total: number };

/** Whether a selection whose dated events number `dated` is too large to ship whole. */
export const isLarge = (dated: number) => dated > SELECTION_EVENT_LIMIT;

/** Density of the whole range first (it tells the size); the events themselves only when few enough. */
export async function loadSelection(filterQuery: string, fetchJson: FetchJson, signal: AbortSignal): Promise<LoadedSelection> {
  const params = new URLSearchParams(filterQuery);
  params.set('buckets', String(SELECTION_BUCKETS));
  const density = (await fetchJson(`/api/density?${params}`, signal)) as { total: number; buckets: DensityBucket[] };
  if (isLarge(density.total)) return { kind: 'large', density: density.buckets, total: density.total };
  params.delete('buckets');
  params.set('limit', String(SELECTION_EVENT_LIMIT));
  const { events, total } = (await fetchJson(`/api/events?${params}`, signal)) as { events: StoredEvent[]; total: number };
  return { kind: 'events', events, total };
}
