import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LARGE_PORT } from '../playwright.config';
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

/** The dashboard, a mark's details panel and its article page, each scanned. */
async function scanDashboardDetailsArticle(page: Page, warning: Awaited<ReturnType<typeof findEvent>>) {
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await expect(dashboard.mark(warning)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await dashboard.mark(warning).click();
  await expect(dashboard.details).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const article = new ArticlePage(page);
  await article.goto(warning.article.id);
  expect(await seriousViolations(page)).toEqual([]);
}

// axe walks every node: on the demo corpus (about 2,000 marks and table rows) one scan takes several seconds.
test.describe.configure({ timeout: 240_000 });

test('axe finds no serious or critical violations on the dashboard, the details panel and the article page', async ({ page, request }) => {
  await scanDashboardDetailsArticle(page, await findEvent(request, MACRON_WARNING.evidence, MACRON_WARNING.start));
});

test('in dark mode (the system setting) axe finds no serious or critical violations either', async ({ page, request }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const warning = await findEvent(request, MACRON_WARNING.evidence, MACRON_WARNING.start);
  await page.goto('/');
  // The page follows the system setting: its background is dark.
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = (background.match(/[\d.]+/g) ?? []).map(Number);
  expect(r + g + b).toBeLessThan(3 * 80);
  await scanDashboardDetailsArticle(page, warning);
});

test.describe('on a 375-pixel phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('axe finds no serious or critical violations on the dashboard and the details panel', async ({ page, request }) => {
    const warning = await findEvent(request, MACRON_WARNING.evidence, MACRON_WARNING.start);
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    expect(await seriousViolations(page)).toEqual([]);
    await dashboard.mark(warning).tap();
    await expect(dashboard.details).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('a large timeline drawn as density', () => {
  test.use({ baseURL: `http://127.0.0.1:${LARGE_PORT}` });

  for (const [name, query] of [['without lanes', ''], ['per lane', 'lanes=region'], ['in dark mode', 'lanes=topic']] as const) {
    test(`axe finds no serious or critical violations ${name}`, async ({ page }) => {
      if (name === 'in dark mode') await page.emulateMedia({ colorScheme: 'dark' });
      const dashboard = new DashboardPage(page);
      await dashboard.goto(query);
      await expect(page.getByRole('status').filter({ hasText: /drawn as density/ })).toBeVisible();
      await expect(dashboard.listRows().first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
