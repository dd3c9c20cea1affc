import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';
import { EASTERN_ASIA } from './support/seed';

test('"Copy link" copies a URL that holds the filters and the lanes', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const dashboard = new DashboardPage(page);
  await dashboard.goto(`region=${EASTERN_ASIA}&lanes=topic`);

  await page.getByRole('button', { name: 'Copy link', exact: true }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).searchParams.get('region')).toBe(EASTERN_ASIA);
  expect(new URL(copied).searchParams.get('lanes')).toBe('topic');
});
