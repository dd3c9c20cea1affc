import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';

async function save(page: Page, label: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Save the view as an image' }).getByRole('button', { name: label, exact: true }).click(),
  ]);
  return readFile((await file.path())!);
}

test('the current view saves as SVG and PNG images holding the drawn marks', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  const marks = await dashboard.markNames();
  expect(marks.length).toBeGreaterThan(0);

  const svg = (await save(page, 'SVG')).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      labels: [...doc.querySelectorAll('[role="button"]')].map((mark) => mark.getAttribute('aria-label') ?? ''),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.labels.sort()).toEqual(marks);

  const png = await save(page, 'PNG');
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.length).toBeGreaterThan(2000);
});
