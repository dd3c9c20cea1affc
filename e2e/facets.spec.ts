import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';
import { EASTERN_ASIA } from './support/seed';

interface Facets {
  topics: Array<{ key: string; count: number }>;
  total: number;
}

// Issue 5, point 7: the counts beside the options follow the other filters, before anyone clicks.
test('choosing a region updates the topic counts to what each topic would then give', async ({ page, request }) => {
  const everywhere = (await (await request.get('/api/facets')).json()) as Facets;
  const inAsia = (await (await request.get(`/api/facets?region=${EASTERN_ASIA}`)).json()) as Facets;
  const politics = (facets: Facets) => facets.topics.find((t) => t.key === 'politics')?.count ?? 0;
  expect(politics(inAsia)).toBeLessThan(politics(everywhere));
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  const option = dashboard.topic.getByRole('option', { name: /^politics \(/ });
  await expect(option).toHaveText(`politics (${politics(everywhere)})`);

  await dashboard.selectRegions(EASTERN_ASIA);

  await expect(option).toHaveText(`politics (${politics(inAsia)})`);
  await expect(page.getByText(`${inAsia.total} events match`)).toBeVisible();
});
