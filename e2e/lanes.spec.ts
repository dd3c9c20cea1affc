import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';

test('lanes group the timeline by region, the choice lives in the URL and in history', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await expect(dashboard.lanes()).toHaveCount(0);

  await dashboard.laneSelect.selectOption('region');

  await expect(page).toHaveURL(/[?&]lanes=region/);
  await expect(dashboard.lane('Europe')).toBeAttached();
  await expect(dashboard.lane('Asia')).toBeAttached();

  await page.reload();
  await expect(dashboard.laneSelect).toHaveValue('region');
  await expect(dashboard.lane('Asia')).toBeAttached();

  await page.goBack();
  await expect(page).not.toHaveURL(/lanes=/);
  await expect(dashboard.lanes()).toHaveCount(0);
});
