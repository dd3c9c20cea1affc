import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '@/lib/store/types';
import { csvFormat } from './csv';
import { foldLine, icsFormat } from './ics';
import { timelineJsFormat } from './timelinejs';

function storedEvent(overrides: Partial<StoredEvent>): StoredEvent {
  return {
    id: 1, summary: 'Runoff vote, Macron vs Le Pen', evidence: 'He spoke ahead of today’s "decisive" runoff.',
    evidenceStart: 0, evidenceEnd: 44, timex: { text: 'today', start: 19, end: 24 }, value: '2017-05-07',
    start: '2017-05-07', end: '2017-05-07', precision: 'day', salient: true, unresolved: false,
    countries: ['FR'], topics: ['politics'],
    article: { id: 'a1', title: 'Vote', published: '2017-05-07', source: 'AFP', url: null }, sourceCount: 1,
    ...overrides,
  };
}

const meta = { title: 'Dateline <export>', generated: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) };
const month = storedEvent({ id: 2, summary: '=HYPERLINK("x")', start: '2016-11-01', end: '2016-11-30', precision: 'month', value: '2016-11' });

describe('CSV', () => {
  it('quotes commas and quotes, and defuses formulas', () => {
    const lines = csvFormat.write([storedEvent({}), month], meta).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"Runoff vote, Macron vs Le Pen"');
    expect(lines[1]).toContain('"He spoke ahead of today’s ""decisive"" runoff."');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('TimelineJS', () => {
  it('writes only the date fields the precision supports and escapes HTML', () => {
    const doc = JSON.parse(timelineJsFormat.write([storedEvent({}), month], meta));
    expect(doc.title.text.headline).toBe('Dateline &#60;export&#62;');
    expect(doc.events[0].start_date).toEqual({ year: 2017, month: 5, day: 7 });
    expect(doc.events[1].start_date).toEqual({ year: 2016, month: 11 });
    expect(doc.events[1].end_date).toBeUndefined();
    expect(doc.events[1].display_date).toBe('November 2016 (month)');
  });
});

describe('iCalendar', () => {
  it('writes all-day events with an exclusive end and escaped text', () => {
    const ics = icsFormat.write([storedEvent({}), month, storedEvent({ id: 3, start: '-000043-03-15', end: '-000043-03-15' })], meta);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20161101\r\nDTEND;VALUE=DATE:20161201');
    expect(unfolded).toContain('SUMMARY:Runoff vote\\, Macron vs Le Pen');
    expect(unfolded).toContain('DTSTAMP:20260102T030405Z');
  });

  it('folds long lines at 75 octets without splitting characters', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
