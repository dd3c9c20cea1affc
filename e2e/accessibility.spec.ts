import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ArticlePage } from './pages/article-page';
import { DashboardPage } from './pages/dashboard-page';
import { findEvent } from './support/api';
import { MACRON_WARNING } from './support/seed';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

// axe walks every node: on the demo corpus (about 2,000 marks and table rows) one scan takes several seconds.
test.describe.configure({ timeout: 240_000 });

test('axe finds no serious or critical violations on the dashboard, the details panel and the article page', async ({ page, request }) => {
  const warning = await findEvent(request, MACRON_WARNING.evidence, MACRON_WARNING.start);
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  expect(await seriousViolations(page)).toEqual([]);

  await dashboard.mark(warning).click();
  await expect(dashboard.details).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const article = new ArticlePage(page);
  await article.goto(warning.article.id);
  expect(await seriousViolations(page)).toEqual([]);
});
