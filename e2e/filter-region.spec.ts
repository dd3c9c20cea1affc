import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';
import { eventsOfArticle, findEvent } from './support/api';
import { EASTERN_ASIA, MACRON_WARNING, STRAITS_FORUM_OPENING } from './support/seed';

test('filtering to Eastern Asia hides the Macron story and keeps the Straits Forum', async ({ page, request }) => {
  const warning = await findEvent(request, MACRON_WARNING.evidence, MACRON_WARNING.start);
  const macronStory = await eventsOfArticle(request, warning.article.id);
  const forum = await findEvent(request, STRAITS_FORUM_OPENING.evidence, STRAITS_FORUM_OPENING.start);
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await expect(dashboard.mark(warning)).toBeVisible();

  await dashboard.selectRegions(EASTERN_ASIA);

  await expect(page).toHaveURL(/[?&]region=030(&|$)/);
  await expect(dashboard.mark(forum)).toBeVisible();
  for (const event of macronStory) await expect(dashboard.mark(event)).toHaveCount(0);
});
