import { expect, test } from '@playwright/test';
import { LARGE_PORT } from '../playwright.config';
import { DashboardPage } from './pages/dashboard-page';

// Issue 5, point 11: an API error is a readable message on the page, never a blank chart.
test('a search the API refuses shows its message, and the timeline keeps the last selection', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  // The marks are drawn after the page shows: count them once they are there.
  await expect(dashboard.timeline.locator('g.mark').first()).toBeVisible();
  const marks = await dashboard.timeline.locator('g.mark').count();

  await dashboard.search.fill('vote '.repeat(41));

  await expect(page.getByRole('alert').filter({ hasText: 'Could not load the events for these filters' })).toContainText(
    'the server answered 400 (q: search text is longer than 200 characters)',
  );
  expect(await dashboard.timeline.locator('g.mark').count()).toBe(marks);
});

test.describe('a large timeline', () => {
  test.use({ baseURL: `http://127.0.0.1:${LARGE_PORT}` });

  test('a window the server fails to count says so in words', async ({ page }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    await expect(page.getByRole('status').filter({ hasText: /drawn as density/ })).toBeVisible();
    // The database is made to fail for windows only (a fault we cannot cause on demand in the real one).
    await page.route(/\/api\/density\?.*start=/, (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { param: 'query', message: 'database busy' } }) }),
    );

    await dashboard.zoomIn.click();

    await expect(page.getByRole('alert').filter({ hasText: 'Could not load' })).toHaveText('Could not load the events of this window: the server answered 503 (query: database busy)');
  });
});
