import { expect, test } from '@playwright/test';
import { ArticlePage } from './pages/article-page';
import { findEvent } from './support/api';
import { MACRON_WARNING } from './support/seed';
import type { ArticleDetail } from '@/lib/store/types';

test('the article page highlights temporal expressions and tells their resolved value on hover and focus', async ({ page, request }) => {
  const warning = await findEvent(request, MACRON_WARNING.evidence, MACRON_WARNING.start);
  const stored = (await (await request.get(`/api/articles/${encodeURIComponent(warning.article.id)}`)).json()) as ArticleDetail;
  const article = new ArticlePage(page);
  await article.goto(warning.article.id);

  expect(stored.timexes.length).toBeGreaterThan(0);
  await expect(article.temporalExpressions).toHaveCount(stored.timexes.length);
  const yesterday = article.expression('yesterday');
  await expect(yesterday).toBeVisible();

  await yesterday.hover();
  await expect(article.tooltip).toContainText('2017-05-06');

  await page.mouse.move(0, 0);
  await yesterday.focus();
  await expect(article.tooltip).toContainText('2017-05-06');
  await expect(yesterday).toHaveAccessibleDescription(/2017-05-06/);
});
