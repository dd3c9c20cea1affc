import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';
import { findEvent } from './support/api';
import { MACRON_WARNING } from './support/seed';

test('keyboard alone moves between events, opens and closes details, and zooms', async ({ page, request }) => {
  const warning = await findEvent(request, MACRON_WARNING.evidence, MACRON_WARNING.start);
  const dashboard = new DashboardPage(page);
  await dashboard.goto();

  await dashboard.mark(warning).focus();
  await expect(dashboard.mark(warning)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(dashboard.mark(warning)).not.toBeFocused();
  await expect(dashboard.timeline.getByRole('button').and(page.locator(':focus'))).toHaveCount(1);
  await page.keyboard.press('ArrowLeft');
  await expect(dashboard.mark(warning)).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dashboard.details.getByRole('heading', { name: warning.summary })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dashboard.details).toHaveCount(0);
  await expect(dashboard.mark(warning)).toBeFocused();

  await page.keyboard.press('+');
  await expect(page).toHaveURL(/[?&]start=[\d-]+&end=[\d-]+/);
});
