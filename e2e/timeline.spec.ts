import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';
import { findEvent } from './support/api';
import { RUNOFF_VOTE, STRAITS_FORUM_OPENING } from './support/seed';

test('the runoff vote (7 May 2017) and the Straits Forum opening (15 June 2025) are on the timeline', async ({ page, request }) => {
  const runoff = await findEvent(request, RUNOFF_VOTE.evidence, RUNOFF_VOTE.start);
  const forum = await findEvent(request, STRAITS_FORUM_OPENING.evidence, STRAITS_FORUM_OPENING.start);
  const dashboard = new DashboardPage(page);
  await dashboard.goto();

  await expect(dashboard.mark(runoff)).toBeVisible();
  await expect(dashboard.mark(runoff)).toHaveAccessibleName(/7 May 2017 \(day\)/);
  await expect(dashboard.mark(forum)).toBeVisible();
  await expect(dashboard.mark(forum)).toHaveAccessibleName(/15 June 2025 \(day\)/);
});
