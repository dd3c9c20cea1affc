import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';
import { findEvent } from './support/api';
import { MACRON_WARNING } from './support/seed';

test('the details panel shows the date at its precision and highlights "yesterday" in the evidence', async ({ page, request }) => {
  const warning = await findEvent(request, MACRON_WARNING.evidence, MACRON_WARNING.start);
  const dashboard = new DashboardPage(page);
  await dashboard.goto();

  await dashboard.mark(warning).click();

  await expect(dashboard.details).toBeVisible();
  await expect(dashboard.details.getByRole('heading', { name: warning.summary })).toBeVisible();
  await expect(dashboard.details).toContainText('6 May 2017 (day)');
  // ARIA's `mark` role is not in Playwright's role typings yet, so the <mark> element is located by tag.
  await expect(dashboard.details.locator('mark')).toHaveText('yesterday');
  await expect(dashboard.details.getByRole('link', { name: 'Read the article' })).toHaveAttribute(
    'href',
    `/articles/${encodeURIComponent(warning.article.id)}`,
  );
  await expect(page).toHaveURL(new RegExp(`[?&]event=${warning.id}(&|$)`));
});
