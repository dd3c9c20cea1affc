// iCalendar (RFC 5545): each dated event as an all-day VEVENT over its whole interval. Text is escaped and lines
// are folded at 75 octets. Years outside 0001-9999 cannot be written in iCalendar and are left out.
import type { StoredEvent } from '@/lib/store/types';
import { isoDayFromNumber, isoDayNumber } from '@/lib/filters/dates';
import { formatEventDate } from '../format';
import type { ExportFormat } from './types';

const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

function icsDate(iso: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !iso.startsWith('0000') ? iso.replace(/-/g, '') : null;
}

/** Folds a content line into chunks of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = chunks.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}

function vevent(event: StoredEvent, stamp: string): string[] | null {
  const start = icsDate(event.start!);
  const endDay = isoDayNumber(event.end!);
  const end = endDay === null ? null : icsDate(isoDayFromNumber(endDay + 1)); // DTEND is exclusive
  if (!start || !end) return null;
  const description = `${event.evidence}\n${formatEventDate(event.start!, event.end!, event.precision!)}` +
    (event.article.source ? `\n${event.article.source}` : '');
  return [
    'BEGIN:VEVENT',
    `UID:event-${event.id}@dateline`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${start}`,
    `DTEND;VALUE=DATE:${end}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(event.article.url ? [`URL:${event.article.url.replace(/[\r\n]/g, '')}`] : []),
    'END:VEVENT',
  ];
}

export const icsFormat: ExportFormat = {
  extension: 'ics',
  contentType: 'text/calendar; charset=utf-8',
  write(events, meta) {
    const stamp = meta.generated.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const lines = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Dateline//News timeline//EN', 'CALSCALE:GREGORIAN',
      `X-WR-CALNAME:${escapeText(meta.title)}`,
      ...events.filter((e) => e.start && e.end && e.precision).flatMap((e) => vevent(e, stamp) ?? []),
      'END:VCALENDAR',
    ];
    return lines.map(foldLine).join('\r\n') + '\r\n';
  },
};
