// What the timeline draws: one mark per dated event. Built from stored events; undated (unresolved) events have no mark.
import type { Precision } from '@/lib/nlp/types';
import { isoDayNumber } from '@/lib/filters/dates';

export const DAY_MS = 86_400_000;

export interface TimelineItem {
  id: number;
  summary: string;
  /** Inclusive ISO dates and the precision the text gave. */
  start: string;
  end: string;
  precision: Precision;
  /** Start of the first day and end of the last day, epoch ms (UTC, so date-only values never shift). */
  t0: number;
  t1: number;
  countries: string[];
  topics: string[];
  /** The article's publication date: news timelines centre on when the stories were written. */
  published: string | null;
}

export interface DatedEventLike {
  id: number;
  summary: string;
  start: string | null;
  end: string | null;
  precision: Precision | null;
  countries: string[];
  topics: string[];
  article: { published: string | null };
}

/** Timeline items of the events that have a date, ordered by start then end. */
export function toTimelineItems(events: readonly DatedEventLike[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const event of events) {
    if (!event.start || !event.end || !event.precision) continue;
    const first = isoDayNumber(event.start);
    const last = isoDayNumber(event.end);
    if (first === null || last === null || last < first) continue;
    items.push({
      id: event.id,
      summary: event.summary,
      start: event.start,
      end: event.end,
      precision: event.precision,
      t0: first * DAY_MS,
      t1: (last + 1) * DAY_MS,
      countries: event.countries,
      topics: event.topics,
      published: event.article.published,
    });
  }
  return items.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || a.id - b.id);
}

/** A point is an event pinned to a single day; everything wider is drawn as a band. */
export function isPoint(item: Pick<TimelineItem, 't0' | 't1'>): boolean {
  return item.t1 - item.t0 <= DAY_MS;
}
