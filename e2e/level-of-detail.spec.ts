import { expect, test } from '@playwright/test';
import { LARGE_PORT } from '../playwright.config';
import { DashboardPage } from './pages/dashboard-page';
import { laneLabel, MAX_LANES } from '@/lib/timeline/lanes';

// 5,000 events over ten years (e2e/support/large-db.ts): more than the page ships, so the timeline works per window.
test.use({ baseURL: `http://127.0.0.1:${LARGE_PORT}` });

const DENSITY_NOTE = /events in view, drawn as density/;

test('zoomed out, a large timeline shows density instead of marks; zoomed in, individual marks', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await expect(page.getByRole('status').filter({ hasText: DENSITY_NOTE })).toBeVisible();
  await expect(dashboard.timeline.locator('g.mark')).toHaveCount(0);

  // Zooming in step by step: once few events are in view, they are fetched and drawn one by one, focusable.
  await expect(async () => {
    await dashboard.zoomIn.click();
    await expect(dashboard.timeline.locator('g.mark').first()).toBeVisible({ timeout: 1500 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: DENSITY_NOTE })).toHaveCount(0);
  const first = dashboard.timeline.locator('g.mark').first();
  await first.focus();
  await expect(first).toBeFocused();
  expect(await dashboard.eventsInView()).toBeGreaterThan(0);
});

test('a shared narrow window opens on individual marks, and zooming out returns to density', async ({ page, request }) => {
  const { buckets } = (await (await request.get('/api/density?buckets=100')).json()) as {
    buckets: Array<{ start: string; end: string; count: number }>;
  };
  const busy = buckets.find((bucket) => bucket.count > 0)!;
  const end = new Date(Date.parse(busy.start) + 20 * 86_400_000).toISOString().slice(0, 10);
  const dashboard = new DashboardPage(page);
  await dashboard.goto(`start=${busy.start}&end=${end}`);
  await expect(dashboard.timeline.locator('g.mark').first()).toBeVisible();

  await dashboard.reset.click();
  await expect(page.getByRole('status').filter({ hasText: DENSITY_NOTE })).toBeVisible();
  await expect(dashboard.timeline.locator('g.mark')).toHaveCount(0);
});

test('the density API counts per bucket and names bad parameters', async ({ request }) => {
  const response = await request.get('/api/density?start=2015-01-01&end=2025-01-01&buckets=10');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { total: number; buckets: Array<{ count: number }> };
  expect(body.buckets).toHaveLength(10);
  expect(body.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(body.total);
  const bad = await request.get('/api/density?buckets=0');
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { param: string } }).error.param).toBe('buckets');
});

test('while density is drawn, the list pages through the events in view in date order', async ({ page, request }) => {
  const { total, events } = (await (await request.get('/api/events?limit=1')).json()) as {
    total: number;
    events: Array<{ summary: string }>;
  };
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await expect(page.getByRole('status').filter({ hasText: DENSITY_NOTE })).toBeVisible();

  await expect(dashboard.table.locator('caption')).toHaveText(`Events in view (${total}): showing 100 of ${total}, in date order`);
  await expect(dashboard.listRows()).toHaveCount(100);
  await expect(dashboard.listRows().first().getByRole('button')).toHaveText(events[0].summary);

  await dashboard.loadMore.click();
  await expect(dashboard.listRows()).toHaveCount(200);
  await expect(dashboard.table.locator('caption')).toContainText(`showing 200 of ${total}`);

  // A keyboard user opens any listed event, though none is drawn as a mark.
  const last = dashboard.listRows().last().getByRole('button');
  const summary = await last.textContent();
  await last.focus();
  await page.keyboard.press('Enter');
  await expect(dashboard.details.getByRole('heading', { name: summary!, exact: true })).toBeVisible();
});

test('with lanes on, density is drawn per lane, each lane counting its own events', async ({ page, request }) => {
  const answer = (await (await request.get('/api/density?lanes=region&buckets=50')).json()) as {
    total: number;
    lanes: Array<{ key: string; total: number; buckets: Array<{ count: number }> }>;
  };
  expect(answer.lanes.length).toBeGreaterThan(1);
  expect(answer.lanes.reduce((sum, lane) => sum + lane.total, 0)).toBe(answer.total);
  for (const lane of answer.lanes) expect(lane.buckets).toHaveLength(answer.lanes[0].buckets.length);

  const dashboard = new DashboardPage(page);
  await dashboard.goto('lanes=region');
  const note = page.getByRole('status').filter({ hasText: DENSITY_NOTE });
  await expect(note).toContainText('drawn as density per region');
  await expect(dashboard.timeline.locator('g.mark')).toHaveCount(0);
  await expect(dashboard.lanes()).toHaveCount(Math.min(answer.lanes.length, MAX_LANES));
  const inView = Number(/^([\d,]+) events in view/.exec((await note.textContent()) ?? '')![1].replace(/,/g, ''));
  const laneCounts = await dashboard.lanes().evaluateAll((lanes) =>
    lanes.map((lane) => Number(/: (\d+) events in view$/.exec(lane.getAttribute('aria-label') ?? '')?.[1] ?? NaN)),
  );
  expect(laneCounts.reduce((sum, count) => sum + count, 0)).toBe(inView);
  await expect(dashboard.lane(laneLabel('region', answer.lanes[0].key))).toBeAttached();

  const bad = await request.get('/api/density?lanes=continent');
  expect(bad.status()).toBe(400);
  const { error } = (await bad.json()) as { error: { param: string; message: string } };
  expect(error.param).toBe('lanes');
  expect(error.message).toContain('region, country, topic');
});

test('a shared link selecting an event outside the loaded window opens its details', async ({ page, request }) => {
  const { events } = (await (await request.get('/api/events?limit=1')).json()) as {
    events: Array<{ id: number; summary: string }>;
  };
  const dashboard = new DashboardPage(page);
  // Zoomed out, the window is drawn as density: no event is loaded, so the selected one must be fetched by id.
  await dashboard.goto(`event=${events[0].id}`);
  await expect(page.getByRole('status').filter({ hasText: DENSITY_NOTE })).toBeVisible();
  await expect(dashboard.details).toContainText(events[0].summary);

  const bad = await request.get('/api/events/not-a-number');
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { param: string } }).error.param).toBe('id');
  expect((await request.get(`/api/events/${events[0].id + 10_000_000}`)).status()).toBe(404);
});
