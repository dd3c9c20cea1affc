import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';

// Issue 5, point 3: windows before year 1 and far in the future keep a readable, ordered axis, exactly as the URL says.
const cases = [
  { name: 'before year 1', start: '-000060-01-01', end: '-000030-01-01', label: /^(\d+) BC$/, direction: -1, years: [31, 61] },
  { name: 'far in the future', start: '+011990-01-01', end: '+012010-01-01', label: /^(\d+)$/, direction: 1, years: [11990, 12010] },
] as const;

for (const { name, start, end, label, direction, years: [first, last] } of cases) {
  test(`a window ${name} draws an ordered axis of years written as people write them`, async ({ page }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.goto(`start=${encodeURIComponent(start)}&end=${encodeURIComponent(end)}`);

    await expect.poll(async () => (await dashboard.axisLabels()).length).toBeGreaterThan(2);
    const labels = await dashboard.axisLabels();
    for (const text of labels) expect(text).toMatch(label);
    const years = labels.map((text) => Number(label.exec(text)![1]));
    // BC years count down, AD years up: either way every tick is a distinct year, in order.
    expect(years.every((year, i) => i === 0 || (year - years[i - 1]) * direction > 0)).toBe(true);
    // Astronomical year -60 is 61 BC: the labels name the years the window spans, no other.
    for (const year of years) expect(year >= first && year <= last, `${year} within ${first}..${last}`).toBe(true);
    // Nothing rewrote the window: the view is exactly the shared one.
    const url = new URL(page.url());
    expect([url.searchParams.get('start'), url.searchParams.get('end')]).toEqual([start, end]);
  });
}
