import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';
import { findEvent } from './support/api';
import { MACRON_WARNING, STRAITS_FORUM_OPENING } from './support/seed';

test('the list view shows the events of the visible window and opens their details', async ({ page, request }) => {
  const warning = await findEvent(request, MACRON_WARNING.evidence, MACRON_WARNING.start);
  const forum = await findEvent(request, STRAITS_FORUM_OPENING.evidence, STRAITS_FORUM_OPENING.start);
  const dashboard = new DashboardPage(page);
  await dashboard.goto();

  await dashboard.wheelZoomAt(dashboard.mark(warning), -1500);
  await expect(page).toHaveURL(/[?&]start=/);
  await expect(dashboard.row(warning)).toContainText('6 May 2017');
  await expect(dashboard.row(forum)).toHaveCount(0);

  await dashboard.row(warning).getByRole('button', { name: warning.summary, exact: true }).click();
  await expect(dashboard.details.getByRole('heading', { name: warning.summary })).toBeVisible();
  await expect(dashboard.row(warning)).toHaveAttribute('aria-current', 'true');
});
