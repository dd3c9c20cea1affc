import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';
import { fetchEvents } from './support/api';

test('choosing precisions puts compact letters in the URL and keeps only those marks', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await page.getByRole('listbox', { name: 'Precision' }).selectOption(['day', 'month']);

  await expect(page).toHaveURL(/[?&]precision=d(%2C|,)m(&|$)/);
  const precisions = () =>
    dashboard.timeline.locator('g.mark').evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-precision')))].sort());
  await expect.poll(precisions).toEqual(['day', 'month']);
});

test('a source in the URL selects it and counts only its events', async ({ page, request }) => {
  const events = await fetchEvents(request);
  const source = events.find((e) => e.article.source)!.article.source!;
  const ofSource = events.filter((e) => e.article.source === source).length;
  const dashboard = new DashboardPage(page);
  await dashboard.goto(`source=${encodeURIComponent(source)}&precision=d`);

  await expect(page.getByRole('listbox', { name: 'Source' })).toHaveValues([source]);
  await expect(page.getByRole('listbox', { name: 'Precision' })).toHaveValues(['day']);
  const dayEvents = events.filter((e) => e.article.source === source && e.precision === 'day').length;
  await expect(page.getByText(`${dayEvents} events match`)).toBeVisible();
  expect(dayEvents).toBeLessThanOrEqual(ofSource);
});

test('an empty result says why and clears the filters in one click', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await page.goto('/?q=zzqqxxnothingmatches&precision=c');
  await expect(page.getByRole('status').filter({ hasText: 'No events match these filters' })).toBeVisible();

  await page.getByRole('button', { name: 'Clear all filters' }).click();

  await expect(page).not.toHaveURL(/[?&](q|precision)=/);
  await expect(dashboard.timeline.locator('g.mark').first()).toBeVisible();
});
