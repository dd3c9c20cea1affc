import { expect, type Locator, type Page } from '@playwright/test';

/** An article with its temporal expressions marked. */
export class ArticlePage {
  readonly heading: Locator;
  readonly temporalExpressions: Locator;
  readonly tooltip: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    // ARIA's `mark` role is not in Playwright's role typings yet, so <mark> is located by tag.
    this.temporalExpressions = page.getByRole('article').locator('mark');
    this.tooltip = page.getByRole('tooltip');
  }

  async goto(articleId: string) {
    await this.page.goto(`/articles/${encodeURIComponent(articleId)}`);
    await expect(this.heading).toBeVisible();
  }

  expression(text: string): Locator {
    return this.temporalExpressions.filter({ hasText: text }).first();
  }
}
