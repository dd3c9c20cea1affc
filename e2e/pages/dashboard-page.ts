import { expect, type Locator, type Page } from '@playwright/test';
import { formatEventDate } from '@/lib/timeline/format';
import type { StoredEvent } from '@/lib/store/types';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The dashboard: filters, the timeline with its zoom buttons, and the details panel. */
export class DashboardPage {
  readonly timeline: Locator;
  readonly region: Locator;
  readonly topic: Locator;
  readonly search: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly details: Locator;
  readonly zoomIn: Locator;
  readonly zoomOut: Locator;
  readonly reset: Locator;
  readonly table: Locator;
  readonly laneSelect: Locator;
  readonly overview: Locator;
  /** Under a list paged from the API (large windows): fetches the next page of events in view. */
  readonly loadMore: Locator;

  constructor(readonly page: Page) {
    this.timeline = page.getByRole('group', { name: /^Timeline of events/ });
    this.region = page.getByRole('listbox', { name: 'Region' });
    this.topic = page.getByRole('listbox', { name: 'Topic' });
    this.search = page.getByRole('searchbox', { name: 'Search' });
    this.from = page.getByLabel('From', { exact: true });
    this.to = page.getByLabel('To', { exact: true });
    this.details = page.getByRole('region', { name: 'Event details' });
    this.zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
    this.zoomOut = page.getByRole('button', { name: 'Zoom out', exact: true });
    this.reset = page.getByRole('button', { name: 'Reset', exact: true });
    this.table = page.getByRole('table', { name: /^Events in view/ });
    this.laneSelect = page.getByRole('combobox', { name: 'Lanes' });
    this.overview = page.getByRole('group', { name: /^Overview/ });
    this.loadMore = page.getByRole('button', { name: /^Load \d+ more/ });
  }

  async goto(query = '') {
    await this.page.goto(query ? `/?${query}` : '/');
    await expect(this.timeline).toBeVisible();
  }

  /** The focusable mark of an event: its accessible name holds the summary and the date at its precision. */
  mark(event: StoredEvent): Locator {
    const date = formatEventDate(event.start!, event.end!, event.precision!);
    return this.timeline.getByRole('button', { name: new RegExp(`${escape(event.summary)}.*${escape(date)}`) });
  }

  /** Every lane of the timeline (none when it shows a single lane). */
  lanes(): Locator {
    return this.timeline.getByRole('group', { name: /^Lane / });
  }

  lane(label: string): Locator {
    return this.timeline.getByRole('group', { name: new RegExp(`^Lane ${escape(label)}:`) });
  }

  /** The table row of an event (its summary is a button in the row). */
  row(event: StoredEvent): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('button', { name: event.summary, exact: true }) });
  }

  /** The table's event rows (not its header), in the order shown. */
  listRows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('button') });
  }

  /** Accessible names of every mark drawn in the current window, sorted. */
  async markNames(): Promise<string[]> {
    const names = await this.timeline.getByRole('button').evaluateAll((marks) =>
      marks.map((mark) => mark.getAttribute('aria-label') ?? ''),
    );
    return names.sort();
  }

  /** The time axis' tick labels: two pages showing the same window show the same ticks. */
  async axisLabels(): Promise<string[]> {
    return this.timeline.locator('.tick text').allTextContents();
  }

  /** Zooms in with the mouse wheel over a mark, so that the mark stays in view. */
  async wheelZoomAt(mark: Locator, deltaY = -600) {
    const box = await mark.boundingBox();
    if (!box) throw new Error('the mark is not on screen');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(0, deltaY);
  }

  /** Brushes the overview strip between two fractions of its width. */
  async brushOverview(from: number, to: number) {
    const strip = await this.overview.boundingBox();
    if (!strip) throw new Error('the overview is not on screen');
    const y = strip.y + strip.height / 2;
    await this.page.mouse.move(strip.x + strip.width * from, y);
    await this.page.mouse.down();
    await this.page.mouse.move(strip.x + strip.width * to, y, { steps: 5 });
    await this.page.mouse.up();
  }

  /** The number of events the list view says are in view. */
  async eventsInView(): Promise<number> {
    const caption = await this.table.locator('caption').textContent();
    return Number(/\((\d+)\)/.exec(caption ?? '')?.[1] ?? NaN);
  }

  async selectRegions(...codes: string[]) {
    await this.region.selectOption(codes);
  }

  async selectTopics(...names: string[]) {
    await this.topic.selectOption(names);
  }
}
