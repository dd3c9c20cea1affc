'use client';
import { useEffect, useState } from 'react';
import type { EventSource, EventWithSources, StoredEvent } from '@/lib/store/types';

/**
 * Every report of the event's happening, fetched from /api/events/{id} when more than one article reports it
 * (lists carry only the count). Null while loading or when the fetch fails; the event's own article is shown then.
 */
export function useEventSources(event: StoredEvent): EventSource[] | null {
  const [loaded, setLoaded] = useState<{ id: number; sources: EventSource[] } | null>(null);
  const wanted = event.sourceCount > 1;

  useEffect(() => {
    if (!wanted) return;
    const controller = new AbortController();
    fetch(`/api/events/${event.id}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<EventWithSources>) : null))
      .then((found) => found && setLoaded({ id: event.id, sources: found.sources }))
      .catch(() => {
        // Aborted or offline: the details show the event's own article.
      });
    return () => controller.abort();
  }, [wanted, event.id]);

  return wanted && loaded?.id === event.id ? loaded.sources : null;
}
