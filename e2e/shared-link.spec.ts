import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';
import { eventsOfArticle, findEvent } from './support/api';
import { EASTERN_ASIA, MACRON_WARNING, STRAITS_FORUM_OPENING } from './support/seed';

test('a filtered, zoomed URL opened in a fresh browser context shows the same view', async ({ page, browser, request }) => {
  const warning = await findEvent(request, MACRON_WARNING.evidence, MACRON_WARNING.start);
  const macronStory = await eventsOfArticle(request, warning.article.id);
  const forum = await findEvent(request, STRAITS_FORUM_OPENING.evidence, STRAITS_FORUM_OPENING.start);
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await dashboard.selectRegions(EASTERN_ASIA);
  await expect(page).toHaveURL(/[?&]region=030(&|$)/);
  await expect(dashboard.mark(warning)).toHaveCount(0);
  await dashboard.wheelZoomAt(dashboard.mark(forum));
  await expect(page).toHaveURL(/[?&]start=[\d-]+&end=[\d-]+/);
  const sharedUrl = page.url();
  const namesHere = await dashboard.markNames();
  const ticksHere = await dashboard.axisLabels();

  const context = await browser.newContext();
  const fresh = new DashboardPage(await context.newPage());
  await fresh.page.goto(sharedUrl);
  await expect(fresh.timeline).toBeVisible();

  await expect(fresh.region.getByRole('option', { selected: true })).toHaveText([/Eastern Asia/]);
  await expect(fresh.mark(forum)).toBeVisible();
  for (const event of macronStory) await expect(fresh.mark(event)).toHaveCount(0);
  await expect.poll(() => fresh.axisLabels()).toEqual(ticksHere);
  await expect.poll(() => fresh.markNames()).toEqual(namesHere);
  await context.close();
});

test('a shared link shows the same view however much later it is opened', async ({ browser }) => {
  const url = `/?region=${EASTERN_ASIA}&start=2025-05-01&end=2025-07-01`;
  const views: Array<{ names: string[]; ticks: string[] }> = [];
  for (const now of ['2025-07-01T12:00:00Z', '2031-01-15T08:00:00Z']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(now));
    const dashboard = new DashboardPage(page);
    await dashboard.goto(url.slice(2));
    await expect(dashboard.timeline.locator('g.mark').first()).toBeVisible();
    views.push({ names: await dashboard.markNames(), ticks: await dashboard.axisLabels() });
    await context.close();
  }
  expect(views[1]).toEqual(views[0]);
});
