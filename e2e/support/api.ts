// Finds events through the public API, so specs name marks by what the pipeline produced rather than hard-coding it.
import { expect, type APIRequestContext } from '@playwright/test';
import type { StoredEvent } from '@/lib/store/types';

export async function fetchEvents(request: APIRequestContext, query = ''): Promise<StoredEvent[]> {
  const response = await request.get(`/api/events?limit=5000${query ? `&${query}` : ''}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { events: StoredEvent[] }).events;
}

/** The salient event whose evidence holds `evidence`, dated from `start`. */
export async function findEvent(request: APIRequestContext, evidence: string, start: string): Promise<StoredEvent> {
  const events = await fetchEvents(request);
  const event = events.find((e) => e.evidence.includes(evidence) && e.start === start);
  expect(event, `an event with evidence "${evidence}" starting ${start}`).toBeDefined();
  return event!;
}

/** The salient events of the article an event came from. */
export async function eventsOfArticle(request: APIRequestContext, articleId: string): Promise<StoredEvent[]> {
  return (await fetchEvents(request)).filter((e) => e.article.id === articleId && e.start !== null);
}
