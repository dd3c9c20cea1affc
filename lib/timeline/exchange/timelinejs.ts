// Knight Lab TimelineJS JSON (timeline.knightlab.com/docs/json-format.html). Dates carry only the fields the
// precision supports (a month event has no day), so TimelineJS shows "May 2017", not an invented day.
// TimelineJS renders text fields as HTML, so every text is escaped.
import type { StoredEvent } from '@/lib/store/types';
import { describeDate } from '../format';
import type { ExportFormat } from './types';

interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

const DAY_LEVEL = new Set(['day', 'week', 'approximate']);
const MONTH_LEVEL = new Set(['month', 'quarter', 'season']);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function dateAt(iso: string, precision: string): TimelineJsDate {
  const [, year, month, day] = /^([+-]?\d+)-(\d{2})-(\d{2})$/.exec(iso)!;
  const date: TimelineJsDate = { year: Number(year) };
  if (DAY_LEVEL.has(precision) || MONTH_LEVEL.has(precision)) date.month = Number(month);
  if (DAY_LEVEL.has(precision)) date.day = Number(day);
  return date;
}

function slide(event: StoredEvent) {
  const precision = event.precision!;
  const spans = event.start !== event.end && (DAY_LEVEL.has(precision) || precision === 'approximate');
  const source = [event.article.source, event.article.published].filter(Boolean).join(', ');
  return {
    unique_id: `event-${event.id}`,
    start_date: dateAt(event.start!, precision),
    ...(spans ? { end_date: dateAt(event.end!, precision) } : {}),
    display_date: `${describeDate(event.start!, event.end!, precision)} (${precision})`,
    text: {
      headline: escapeHtml(event.summary),
      text: `<p>${escapeHtml(event.evidence)}</p>${source ? `<p>${escapeHtml(source)}</p>` : ''}`,
    },
    group: event.topics[0] ?? undefined,
  };
}

export const timelineJsFormat: ExportFormat = {
  extension: 'timeline.json',
  contentType: 'application/json; charset=utf-8',
  write(events, meta) {
    return JSON.stringify(
      {
        title: { text: { headline: escapeHtml(meta.title), text: `<p>${events.length} events from Dateline</p>` } },
        events: events.filter((e) => e.start && e.end && e.precision).map(slide),
      },
      null,
      2,
    );
  },
};
