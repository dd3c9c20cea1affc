import { expect, test } from '@playwright/test';
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
