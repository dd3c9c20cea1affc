import { expect, test, type Locator, type Page } from '@playwright/test';

/** The "Add articles" page: paste or add files, check the preview and dates, store with progress. */
class AddArticlesPage {
  readonly heading: Locator;
  readonly paste: Locator;
  readonly files: Locator;
  readonly previewButton: Locator;
  readonly found: Locator;
  readonly refused: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Add articles', level: 1 });
    this.paste = page.getByLabel('Paste articles');
    this.files = page.getByLabel('Files (or drop them here)');
    this.previewButton = page.getByRole('button', { name: 'Preview' });
    this.found = page.getByRole('table', { name: 'Articles found' });
    this.refused = page.getByRole('region', { name: 'Refused' });
    this.status = page.getByRole('status');
  }

  async goto() {
    await this.page.goto('/add');
    await expect(this.heading).toBeVisible();
  }

  storeButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Store ${name}` });
  }
}

/** Two short stories of June 2019 about Iceland: inside the demo corpus's years, away from the places other specs filter on. */
const PASTED = [
  'REYKJAVIK HARBOUR: Iceland opened its new ferry terminal in Reykjavik on Tuesday, June 11, 2019, after two years of work.',
  'GEOTHERMAL: Engineers in Iceland said yesterday that the Hellisheidi plant would double its output by 2021.',
].join('\n');

test('pasted articles are previewed with their dates, a missing date is set, and they are stored with progress', async ({ page, request }) => {
  const add = new AddArticlesPage(page);
  await add.goto();
  await add.paste.fill(PASTED);
  await add.previewButton.click();

  await expect(page.getByRole('heading', { name: '2 articles found' })).toBeVisible();
  const geothermal = page.getByLabel(/^Publication date of GEOTHERMAL/);
  await expect(geothermal).toHaveValue('');
  await geothermal.fill('2019-06-12');
  await add.storeButton('2 articles').click();

  await expect(add.status).toHaveText('Stored 2, skipped 0 already stored, refused 0.');
  const events = await (await request.get('/api/events?q=Hellisheidi&all=1')).json() as { events: Array<{ article: { published: string } }> };
  expect(events.events.length).toBeGreaterThan(0);
  expect(events.events[0].article.published).toBe('2019-06-12');
});

test('added files are read, a bad file is refused by name, and nothing uploaded is rendered as HTML', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const feed = `<rss version="2.0"><channel><title>Harbour Gazette</title>
    <item><title>&lt;img src=x onerror=alert(1)&gt; Ferry strike ends</title><pubDate>Tue, 11 Jun 2019 08:00:00 GMT</pubDate>
    <description><![CDATA[<p onclick="alert(2)">Ferry crews in Iceland returned to work on Monday.</p><script>alert(3)</script>]]></description></item>
  </channel></rss>`;
  const add = new AddArticlesPage(page);
  await add.goto();
  await add.files.setInputFiles([
    { name: 'gazette.xml', mimeType: 'application/rss+xml', buffer: Buffer.from(feed) },
    { name: 'headlines.csv', mimeType: 'text/csv', buffer: Buffer.from('title,date\nNo text here,2019-06-11\n') },
  ]);
  await add.previewButton.click();

  await expect(page.getByRole('heading', { name: '1 article found' })).toBeVisible();
  // The markup in the title is shown as the characters it is, never as an element.
  await expect(add.found.getByRole('cell', { name: '<img src=x onerror=alert(1)> Ferry strike ends' })).toBeVisible();
  await expect(add.found.locator('img')).toHaveCount(0);
  await expect(page.getByLabel(/^Publication date of <img/)).toHaveValue('2019-06-11');
  await expect(add.refused.getByRole('listitem')).toHaveText([/^headlines\.csv:1: no text column/]);
  expect(dialogs).toBe(0);
});

test('the language given for pasted articles decides how a numeric date reads, and a bad tag is refused by name', async ({ page, request }) => {
  const add = new AddArticlesPage(page);
  await add.goto();
  await add.paste.fill('HARBOUR NOTICE: The ferry terminal in Reykjavik reopened on 5/7/2019 after repairs to its ramp.');
  await page.getByLabel('Publication date for articles without one').fill('2019-07-10');
  const language = page.getByLabel('Language of articles without one');
  await language.fill('English please');
  await add.previewButton.click();
  await expect(page.getByText(/^language: "English please" is not a BCP 47 language tag/)).toBeVisible();

  await language.fill('en-GB');
  await add.previewButton.click();
  await add.storeButton('1 article').click();
  await expect(add.status).toHaveText('Stored 1, skipped 0 already stored, refused 0.');
  const events = await (await request.get('/api/events?q=ramp&all=1')).json() as { events: Array<{ start: string; evidence: string }> };
  expect(events.events.filter((e) => e.evidence.includes('5/7/2019')).map((e) => e.start)).toEqual(['2019-07-05']);
});
