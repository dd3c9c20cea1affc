import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';

// Issue 5, point 1: dense days never pile up: marks stack in rows, and what does not fit is a "+N" badge that
// zooms in when clicked.
test('a "+N" badge counts the marks that did not fit and zooms in on them when clicked', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  // Lanes leave each group a few rows, so the busiest days overflow.
  await dashboard.goto('lanes=region');
  const badge = dashboard.timeline.getByRole('button', { name: /^\d+ more events here: zoom in$/ }).first();
  await expect(badge).toBeVisible();
  const inView = await dashboard.eventsInView();

  // No two marks of a lane sit on top of each other.
  const overlaps = await dashboard.timeline.locator('g.mark').evaluateAll((marks) => {
    const boxes = marks.map((m) => m.getBoundingClientRect());
    return boxes.filter((a, i) => boxes.some((b, j) => j > i && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)).length;
  });
  expect(overlaps).toBe(0);

  await badge.click();

  await expect(page).toHaveURL(/[?&]start=[\d-]+&end=[\d-]+/);
  await expect.poll(() => dashboard.eventsInView()).toBeLessThan(inView);
});
