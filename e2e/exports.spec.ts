import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';
import { eventsOfArticle, findEvent } from './support/api';
import { EASTERN_ASIA, MACRON_WARNING, STRAITS_FORUM_OPENING } from './support/seed';
import type { StoredEvent } from '@/lib/store/types';

async function download(page: Page, label: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('navigation', { name: 'Export' }).getByRole('link', { name: label, exact: true }).click(),
  ]);
  return readFile((await file.path())!, 'utf8');
}

test('exports of the filtered selection parse and hold its events, in CSV, JSON, TimelineJS and iCalendar', async ({ page, request }) => {
  const forum = await findEvent(request, STRAITS_FORUM_OPENING.evidence, STRAITS_FORUM_OPENING.start);
  const warning = await findEvent(request, MACRON_WARNING.evidence, MACRON_WARNING.start);
  const macronIds = (await eventsOfArticle(request, warning.article.id)).map((e) => e.id);
  const dashboard = new DashboardPage(page);
  await dashboard.goto(`region=${EASTERN_ASIA}`);

  const json = JSON.parse(await download(page, 'JSON')) as { events: StoredEvent[] };
  const ids = json.events.map((e) => e.id);
  expect(ids).toContain(forum.id);
  expect(ids.filter((id) => macronIds.includes(id))).toEqual([]);

  const csv = (await download(page, 'CSV')).trimEnd().split('\r\n');
  expect(csv[0].split(',')).toEqual(expect.arrayContaining(['id', 'start', 'end', 'precision', 'summary']));
  for (const id of ids) expect(csv.some((line) => line.startsWith(`${id},`)), `CSV row of event ${id}`).toBe(true);
  expect(csv.some((line) => line.startsWith(`${forum.id},2025-06-15,2025-06-15,day,`))).toBe(true);

  const timeline = JSON.parse(await download(page, 'TimelineJS')) as {
    events: Array<{ unique_id: string; start_date: { year: number; month?: number; day?: number } }>;
  };
  expect(timeline.events.find((e) => e.unique_id === `event-${forum.id}`)?.start_date).toEqual({ year: 2025, month: 6, day: 15 });

  const ics = (await download(page, 'iCalendar')).replace(/\r\n[ \t]/g, '');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  expect(ics).toContain(`UID:event-${forum.id}@dateline\r\nDTSTAMP:`);
  expect(ics).toMatch(new RegExp(`UID:event-${forum.id}@dateline\\r\\nDTSTAMP:\\S+\\r\\nDTSTART;VALUE=DATE:20250615\\r\\nDTEND;VALUE=DATE:20250616`));
});
