import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';
import { findEvent } from './support/api';
import { STRAITS_FORUM_OPENING } from './support/seed';

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

test('on a 375-pixel phone the timeline fits the screen and its marks open details by tap', async ({ page, request }) => {
  const forum = await findEvent(request, STRAITS_FORUM_OPENING.evidence, STRAITS_FORUM_OPENING.start);
  const dashboard = new DashboardPage(page);
  await dashboard.goto();

  const box = await dashboard.timeline.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await dashboard.mark(forum).tap();
  await expect(dashboard.details.getByRole('heading', { name: forum.summary })).toBeVisible();
});

/** Touch points moved from `from` to `to` (page pixels, one pair per finger) in `steps`, as the phone's screen sends them. */
async function touchGesture(page: Page, from: Array<[number, number]>, to: Array<[number, number]>, steps = 8) {
  const cdp = await page.context().newCDPSession(page);
  const at = (t: number) => from.map(([x, y], i) => ({ x: x + (to[i][0] - x) * t, y: y + (to[i][1] - y) * t, id: i }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= steps; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / steps) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const windowOf = (url: string) => {
  const params = new URL(url).searchParams;
  return { start: Date.parse(params.get('start') ?? ''), end: Date.parse(params.get('end') ?? '') };
};

test('on a 375-pixel phone one finger pans the timeline and two fingers pinch-zoom it', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.goto('start=2019-01-01&end=2020-01-01');
  const box = (await dashboard.timeline.boundingBox())!;
  const y = box.y + box.height / 2;
  const middle = box.x + box.width / 2;

  // A finger dragged to the right brings earlier days into view; the span stays the same.
  await touchGesture(page, [[middle - 60, y]], [[middle + 60, y]]);
  await expect(page).not.toHaveURL(/start=2019-01-01&/);
  const panned = windowOf(page.url());
  expect(panned.start).toBeLessThan(Date.parse('2019-01-01'));
  expect(Math.abs(panned.end - panned.start - 365 * 86_400_000)).toBeLessThanOrEqual(2 * 86_400_000);

  // Two fingers spreading apart zoom in around them: a shorter window inside the panned one.
  await touchGesture(page, [[middle - 30, y], [middle + 30, y]], [[middle - 130, y], [middle + 130, y]]);
  await expect.poll(() => { const w = windowOf(page.url()); return w.end - w.start; }).toBeLessThan((panned.end - panned.start) / 2);
  const zoomed = windowOf(page.url());
  expect(zoomed.start).toBeGreaterThan(panned.start);
  expect(zoomed.end).toBeLessThan(panned.end);
});
