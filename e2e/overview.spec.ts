import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';
import { fetchEvents } from './support/api';

test('brushing the overview strip sets the visible window', async ({ page, request }) => {
  const events = (await fetchEvents(request)).filter((e) => e.start && e.end);
  const dashboard = new DashboardPage(page);
  await dashboard.goto();

  await dashboard.brushOverview(0.9, 0.99);

  await expect(page).toHaveURL(/[?&]start=[\d-]+&end=[\d-]+/);
  const url = new URL(page.url());
  const [start, end] = [url.searchParams.get('start')!, url.searchParams.get('end')!];
  const inWindow = events.filter((e) => e.end! >= start && e.start! < end);
  expect(inWindow.length).toBeGreaterThan(0);
  await expect.poll(() => dashboard.eventsInView()).toBe(inWindow.length);
});
