import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';
import { findEvent } from './support/api';
import { MACRON_WARNING, STRAITS_FORUM_OPENING } from './support/seed';

test('From and To keep only events overlapping the time window, and live in the URL', async ({ page, request }) => {
  const warning = await findEvent(request, MACRON_WARNING.evidence, MACRON_WARNING.start);
  const forum = await findEvent(request, STRAITS_FORUM_OPENING.evidence, STRAITS_FORUM_OPENING.start);
  const dashboard = new DashboardPage(page);
  await dashboard.goto(`start=2017-04-20&end=2017-05-20`);
  await expect(dashboard.mark(warning)).toBeVisible();

  await dashboard.from.fill('2025-06-01');
  await expect(page).toHaveURL(/[?&]from=2025-06-01(&|$)/);
  await expect(dashboard.mark(warning)).toHaveCount(0);
  await dashboard.to.fill('2025-06-30');
  await expect(page).toHaveURL(/[?&]to=2025-06-30(&|$)/);

  await dashboard.goto(`from=2025-06-01&to=2025-06-30&start=2025-06-01&end=2025-06-30`);
  await expect(dashboard.from).toHaveValue('2025-06-01');
  await expect(dashboard.mark(forum)).toBeVisible();
  await expect(dashboard.mark(warning)).toHaveCount(0);
});
