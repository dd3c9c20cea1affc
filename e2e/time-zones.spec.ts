import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';
import { fetchEvents, findEvent } from './support/api';
import { RUNOFF_VOTE } from './support/seed';
import type { StoredEvent } from '@/lib/store/types';

/** The dated event sharing its start with the fewest others, so its mark is drawn, not folded into a "+N" badge. */
function loneEvent(events: StoredEvent[]): StoredEvent {
  const dated = events.filter((e) => e.start && e.end && e.start < e.end);
  const peers = (event: StoredEvent) => dated.filter((e) => e.start === event.start).length;
  return dated.reduce((best, event) => (peers(event) < peers(best) ? event : best));
}

// Issue 5, point 3: a date-only value is the same day in every time zone, on the marks, the details and the list;
// a month is a band and says "(month)", never an invented day.
for (const timezoneId of ['Pacific/Kiritimati', 'America/Adak']) {
  test.describe(`in the ${timezoneId} time zone`, () => {
    test.use({ timezoneId });

    test('a day stays its day and a month stays a month band', async ({ page, request }) => {
      const runoff = await findEvent(request, RUNOFF_VOTE.evidence, RUNOFF_VOTE.start);
      const month = loneEvent(await fetchEvents(request, 'precision=m'));
      const dashboard = new DashboardPage(page);
      await dashboard.goto('start=2017-05-01&end=2017-05-15');
      expect(await page.evaluate(() => new Date(2017, 4, 7).getTimezoneOffset())).not.toBe(0);

      await expect(dashboard.mark(runoff)).toHaveAccessibleName(/7 May 2017 \(day\)/);
      await expect(dashboard.mark(runoff).locator('circle')).toHaveCount(1);
      await dashboard.mark(runoff).click();
      await expect(dashboard.details).toContainText('7 May 2017 (day)');
      await expect(dashboard.row(runoff).getByRole('cell').first()).toHaveText('7 May 2017');

      await dashboard.goto(`start=${month.start}&end=${month.end}&precision=m`);
      const band = dashboard.mark(month);
      await expect(band).toHaveAccessibleName(/\(month\)$/);
      await expect(band.locator('rect')).toHaveCount(1);
      await band.click();
      await expect(dashboard.details).toContainText(/\w+ \d{4} \(month\)/);
      await expect(dashboard.details).not.toContainText(/\d+ \w+ \d{4} \(month\)/);
    });
  });
}

test('an approximate date is drawn as a faded, dashed band', async ({ page, request }) => {
  const approximate = loneEvent(await fetchEvents(request, 'precision=a'));
  const dashboard = new DashboardPage(page);
  await dashboard.goto(`precision=a&start=${approximate.start}&end=${approximate.end}`);
  const mark = dashboard.mark(approximate);
  await expect(mark).toHaveAttribute('data-approximate', '');
  const style = await mark.locator('.mark-shape').evaluate((shape) => {
    const css = getComputedStyle(shape);
    return { dash: css.strokeDasharray, opacity: Number(css.fillOpacity) };
  });
  expect(style.dash).not.toBe('none');
  expect(style.opacity).toBeLessThan(1);
});
