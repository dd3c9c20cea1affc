import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';
import { EASTERN_ASIA } from './support/seed';

test('back and forward step through filter changes, not through zoom frames', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.goto();

  await dashboard.selectRegions(EASTERN_ASIA);
  await expect(page).toHaveURL(/region=030/);
  await dashboard.selectTopics('politics');
  await expect(page).toHaveURL(/region=030.*topic=\d{8}|topic=\d{8}.*region=030/);
  await dashboard.zoomIn.click();
  await dashboard.zoomIn.click();
  await expect(page).toHaveURL(/[?&]start=[\d-]+&end=[\d-]+/);

  await page.goBack();
  await expect(page).not.toHaveURL(/topic=/);
  await expect(page).toHaveURL(/region=030/);
  await expect(dashboard.topic.getByRole('option', { selected: true })).toHaveCount(0);

  await page.goBack();
  await expect(page).not.toHaveURL(/region=/);
  await expect(dashboard.region.getByRole('option', { selected: true })).toHaveCount(0);

  await page.goForward();
  await expect(page).toHaveURL(/region=030/);
  await expect(dashboard.region.getByRole('option', { selected: true })).toHaveText([/Eastern Asia/]);
});
