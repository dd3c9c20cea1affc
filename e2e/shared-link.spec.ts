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
