'use client';
import { useEffect, useState } from 'react';
import type { StoredEvent } from '@/lib/store/types';

/**
 * The selected event: taken from the loaded events when it is among them, else fetched by id — a shared link
 * may select an event outside the window the timeline has loaded (large timelines load per window).
 */
export function useSelectedEvent(selectedId: number | null, loaded: readonly StoredEvent[]): StoredEvent | null {
  const inLoaded = selectedId === null ? null : (loaded.find((e) => e.id === selectedId) ?? null);
  const [fetched, setFetched] = useState<StoredEvent | null>(null);
  const needsFetch = selectedId !== null && inLoaded === null;

  useEffect(() => {
    if (!needsFetch) return;
    const controller = new AbortController();
    fetch(`/api/events/${selectedId}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<StoredEvent>) : null))
      .then((event) => setFetched(event))
      .catch(() => {
        // Aborted or offline: the details stay closed, as for an unknown id.
      });
    return () => controller.abort();
  }, [needsFetch, selectedId]);

  if (inLoaded) return inLoaded;
  return needsFetch && fetched?.id === selectedId ? fetched : null;
}
