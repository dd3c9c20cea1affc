import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { EventWithSources } from '@/lib/store/types';
import { PRECISIONS } from '@/lib/nlp/types';
import { DashboardPage } from './pages/dashboard-page';
import { fetchEvents } from './support/api';

// The demo corpus holds several happenings reported by more than one article (Wikinews stories of the same
// primaries, the same court ruling, ...): the one with the most reports is looked up, never named.
test('a happening reported by several articles is one event that lists every source with its sentence and a link', async ({ page, request }) => {
  const events = await fetchEvents(request, 'all=1');
  const merged = events.filter((e) => e.sourceCount > 1).sort((a, b) => b.sourceCount - a.sourceCount || a.id - b.id)[0];
  expect(merged, 'an event of the demo corpus reported by several articles').toBeDefined();

  const response = await request.get(`/api/events/${merged.id}`);
  expect(response.status()).toBe(200);
  const detail = (await response.json()) as EventWithSources;
  expect(detail.sources).toHaveLength(merged.sourceCount);
  expect(new Set(detail.sources.map((s) => s.article.id)).size).toBe(merged.sourceCount);
  expect(detail.sources[0]).toMatchObject({ id: merged.id, reasons: null });
  // The other reports are not events of their own on the timeline; their ids lead to the happening.
  const listed = new Set(events.map((e) => e.id));
  for (const source of detail.sources.slice(1)) {
    expect(listed.has(source.id)).toBe(false);
    expect(source.reasons?.date.start).toBeTruthy();
    expect(((await (await request.get(`/api/events/${source.id}`)).json()) as EventWithSources).id).toBe(merged.id);
  }

  const dashboard = new DashboardPage(page);
  await dashboard.goto(`all=1&event=${merged.id}`);
  await expect(dashboard.details.getByRole('heading', { name: merged.summary })).toBeVisible();
  const list = dashboard.details.getByRole('region', { name: `Reported by ${merged.sourceCount} sources` });
  await expect(list.getByRole('listitem')).toHaveCount(merged.sourceCount);
  for (const [i, source] of detail.sources.entries()) {
    const item = list.getByRole('listitem').nth(i);
    await expect(item).toContainText(source.evidence);
    await expect(item).toContainText(source.article.source ?? 'Unknown source');
    // Each report's own date; the event is drawn at the most precise one, its own.
    if (source.start) await expect(item).toContainText(/; dates it /);
    await expect(item.getByRole('link')).toHaveAttribute('href', `/articles/${encodeURIComponent(source.article.id)}`);
    if (source.reasons) await expect(item).toContainText(/Same happening: same (day|week|month)/);
  }

  // The list of sources is reachable and labelled for assistive technology like the rest of the panel.
  const { violations } = await new AxeBuilder({ page }).include('[aria-label="Event details"]').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  const second = detail.sources[1];
  await list.getByRole('listitem').nth(1).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/articles/${encodeURIComponent(second.article.id)}$`));
  await expect(page.getByText(second.evidence.slice(0, 40)).first()).toBeVisible();
});

// Reports of one happening may date it at different precisions ("on September 10" / "in September"): the timeline
// draws it at the most precise, which is the report the event stands for.
test('every merged happening is drawn at the most precise date its reports give', async ({ request }) => {
  const merged = (await fetchEvents(request, 'all=1')).filter((e) => e.sourceCount > 1);
  expect(merged.length).toBeGreaterThan(0);
  for (const event of merged) {
    const detail = (await (await request.get(`/api/events/${event.id}`)).json()) as EventWithSources;
    expect(detail.sources[0]).toMatchObject({ id: event.id, start: event.start, end: event.end, precision: event.precision });
    const finest = Math.min(...detail.sources.map((s) => PRECISIONS.indexOf(s.precision!)));
    expect(PRECISIONS.indexOf(event.precision!), `${event.summary}: the most precise of its reports`).toBe(finest);
  }
});
