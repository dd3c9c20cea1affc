import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';

// Issue 5, point 6: compact codes keep even the longest selection well under URL limits (2,000 characters).
test('every region, country and topic selected fits a short URL that restores the same selection', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  const places = await dashboard.region.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const topics = await dashboard.topic.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));

  await dashboard.region.selectOption(places);
  await expect(page).toHaveURL(/[?&]country=/);
  await dashboard.topic.selectOption(topics);
  await expect(page).toHaveURL(/[?&]topic=/);
  await page.getByRole('listbox', { name: 'Precision' }).selectOption(['day', 'month', 'year']);
  await expect(page).toHaveURL(/[?&]precision=/);

  expect(page.url().length).toBeLessThan(2000);
  await page.reload();
  await expect(dashboard.topic.getByRole('option', { selected: true })).toHaveCount(topics.length);
  await expect(dashboard.region.getByRole('option', { selected: true })).toHaveCount(places.length);
});
