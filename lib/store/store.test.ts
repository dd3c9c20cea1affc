// The Store contract, run against every backend: SQLite always, PostgreSQL when its test server answers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type EventFilter } from '../filters/types';
import type { ArticleAnalysis, ExtractedEvent, Precision } from '../nlp/types';
import { BACKENDS, type OpenedStore } from './test-backends';
import type { ArticleRecord, Store } from './types';

let opened: OpenedStore;
let store: Store;

function article(text: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return { title: null, published: '2025-06-15', source: 'Test Wire', url: null, language: null, text, ...extra };
}

function event(summary: string, start: string, end: string, precision: Precision, extra: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    summary,
    evidence: `${summary} happened.`,
    evidenceStart: 0,
    evidenceEnd: summary.length + 10,
    timex: { text: 'yesterday', start: 0, end: 9 },
    value: start,
    start,
    end,
    precision,
    salient: true,
    unresolved: false,
    countries: [],
    topics: [],
    ...extra,
  };
}

function analysis(events: ExtractedEvent[], countries: string[] = [], topics: string[] = []): ArticleAnalysis {
  return { countries, topics, events, timexes: [] };
}

const filter = (over: Partial<EventFilter>): EventFilter => ({ ...EMPTY_FILTER, ...over });

/** Three articles: Taiwan politics (day + month events), France election, Brazil sport (not salient). */
async function seed() {
  await store.putArticle(article('Straits Forum story.', { id: 'tw', title: 'Straits Forum opens' }), analysis([
    event('Straits Forum opens in Xiamen', '2025-06-15', '2025-06-15', 'day', { countries: ['TW', 'CN'], topics: ['politics'] }),
    event('Export controls announced', '2025-06-01', '2025-06-30', 'month', { countries: ['TW'], topics: ['economy, business and finance'] }),
  ], ['TW', 'CN'], ['politics']));
  await store.putArticle(article('Runoff story.', { id: 'fr', title: 'Macron hack' }), analysis([
    event('France holds presidential runoff', '2017-05-07', '2017-05-07', 'day'),
  ], ['FR'], ['politics']));
  await store.putArticle(article('Football story.', { id: 'br' }), analysis([
    event('Cup final in Rio', '2019-01-01', '2019-12-31', 'year', { countries: ['BR'], topics: ['sport'], salient: false }),
  ], ['BR'], ['sport']));
}

const summaries = (result: { events: Array<{ summary: string }> }) => result.events.map((e) => e.summary);

describe.each(await BACKENDS())('Store on $name', ({ open }) => {
  beforeEach(async () => {
    opened = await open();
    store = opened.store;
  });

  afterEach(() => opened.dispose());

  it('stores an article once: same text with other white space, or the same explicit id, is a duplicate', async () => {
    const first = await store.putArticle(article('One story.\n\nSecond paragraph.'), analysis([]));
    expect(first.status).toBe('stored');
    expect(await store.putArticle(article('  One story. Second\tparagraph. '), analysis([]))).toEqual({ status: 'duplicate', id: first.id });
    expect((await store.putArticle(article('Text A', { id: 'x-1' }), analysis([]))).status).toBe('stored');
    expect(await store.putArticle(article('Text B', { id: 'x-1' }), analysis([]))).toEqual({ status: 'duplicate', id: 'x-1' });
    expect(await store.findStored(article('One  story. Second paragraph.'))).toBe(first.id);
    expect(await store.countArticles()).toBe(2);
  });

  it('writes nothing of an article whose rows fail midway', async () => {
    const broken = event('Broken', '2020-01-01', '2020-01-01', 'day', { summary: null as unknown as string });
    await expect(store.putArticle(article('Half written?'), analysis([event('Fine', '2020-01-01', '2020-01-01', 'day'), broken], ['FR']))).rejects.toThrow();
    expect(await store.countArticles()).toBe(0);
    expect((await store.listEvents({ filter: EMPTY_FILTER, salientOnly: false })).total).toBe(0);
  });

  it('stores a batch article by article: a failing one is reported in its place, the others are kept whole', async () => {
    const broken = event('Broken', '2020-01-01', '2020-01-01', 'day', { summary: null as unknown as string });
    const results = await store.putArticles([
      { article: article('Batch one.'), analysis: analysis([event('One', '2020-01-01', '2020-01-01', 'day')], ['FR']) },
      { article: article('Batch two.'), analysis: analysis([event('Fine', '2020-01-02', '2020-01-02', 'day'), broken]) },
      { article: article('Batch  one.'), analysis: analysis([]) },
      { article: article('Batch three.'), analysis: analysis([]) },
    ]);
    expect(results.map((r) => r.status)).toEqual(['stored', 'failed', 'duplicate', 'stored']);
    expect(await store.countArticles()).toBe(2);
    expect(summaries(await store.listEvents({ filter: EMPTY_FILTER }))).toEqual(['One']);
  });

  it('lists salient events by start date with their article, and all events on request', async () => {
    await seed();
    const salient = await store.listEvents({ filter: EMPTY_FILTER });
    expect(summaries(salient)).toEqual(['France holds presidential runoff', 'Export controls announced', 'Straits Forum opens in Xiamen']);
    expect(salient.events[2].article).toMatchObject({ id: 'tw', title: 'Straits Forum opens', source: 'Test Wire' });
    expect(salient.events[2].countries).toEqual(['TW', 'CN']);
    expect((await store.listEvents({ filter: EMPTY_FILTER, salientOnly: false })).total).toBe(4);
    const page = await store.listEvents({ filter: EMPTY_FILTER, limit: 1, offset: 1 });
    expect(summaries(page)).toEqual(['Export controls announced']);
    expect(page.total).toBe(3);
  });

  it('filters by M49 region, country, topic and interval overlap', async () => {
    await seed();
    expect(summaries(await store.listEvents({ filter: filter({ regions: ['030'] }) }))).toEqual([
      'Export controls announced', 'Straits Forum opens in Xiamen',
    ]);
    // Regions and countries form one place selection.
    expect((await store.listEvents({ filter: filter({ regions: ['030'], countries: ['fr'] }) })).total).toBe(3);
    expect(summaries(await store.listEvents({ filter: filter({ topics: ['economy, business and finance'] }) }))).toEqual(['Export controls announced']);
    // A month band overlapping the window is kept; a day outside it is not.
    expect(summaries(await store.listEvents({ filter: filter({ from: '2025-06-20', to: '2025-07-31' }) }))).toEqual(['Export controls announced']);
    expect((await store.listEvents({ filter: filter({ regions: ['999'] }) })).total).toBe(0);
  });

  it('gives an event without places or topics those of its article', async () => {
    await seed();
    const [runoff] = (await store.listEvents({ filter: filter({ countries: ['FR'], topics: ['politics'] }) })).events;
    expect(runoff).toMatchObject({ summary: 'France holds presidential runoff', countries: ['FR'], topics: ['politics'] });
  });

  it('searches summaries, evidence and titles, treating any user input as plain words', async () => {
    await seed();
    expect(summaries(await store.listEvents({ filter: filter({ q: 'runoffs' }) }))).toEqual(['France holds presidential runoff']);
    expect((await store.listEvents({ filter: filter({ q: 'macron' }) })).total).toBe(1);
    expect((await store.listEvents({ filter: filter({ q: '"Straits Forum"' }) })).total).toBe(2);
    for (const hostile of ['"', 'NEAR(a b', 'title:Macron', '* OR', 'a AND NOT', "'; DROP TABLE events; --", '^x']) {
      await expect(store.listEvents({ filter: filter({ q: hostile }) })).resolves.toBeDefined();
    }
    // As FTS5 syntax this would be a union of three events; as plain words no event holds all three.
    expect((await store.listEvents({ filter: filter({ q: 'Macron OR Straits' }) })).total).toBe(0);
  });

  it('counts facets with every filter but the facet own', async () => {
    await seed();
    const facets = await store.facets(filter({ regions: ['030'], topics: ['politics'] }));
    expect(facets.total).toBe(1);
    // Places ignore the place selection but keep the topic: the runoff (FR, Europe) counts, the export story does not.
    expect(facets.countries).toEqual([{ key: 'CN', count: 1 }, { key: 'FR', count: 1 }, { key: 'TW', count: 1 }]);
    expect(facets.regions).toEqual([{ key: '142', count: 1 }, { key: '150', count: 1 }]);
    expect(facets.subregions).toEqual([{ key: '030', count: 1 }, { key: '155', count: 1 }]);
    // Topics ignore the topic selection but keep the place.
    expect(facets.topics).toEqual([{ key: 'economy, business and finance', count: 1 }, { key: 'politics', count: 1 }]);
  });

  it('returns an article with its text, timexes in text order and events', async () => {
    await store.putArticle(article('Yesterday, in May 2017, it rained.', { id: 'a1', title: 'Rain' }), {
      ...analysis([event('It rained', '2017-05-06', '2017-05-06', 'day')], ['FR'], ['weather']),
      timexes: [
        { text: 'May 2017', start: 14, end: 22, type: 'DATE', value: '2017-05', interval: { start: '2017-05-01', end: '2017-05-31', precision: 'month' } },
        { text: 'Yesterday', start: 0, end: 9, type: 'DATE', value: '2017-05-06', unresolved: false },
      ],
    });
    const detail = await store.getArticle('a1');
    expect(detail).toMatchObject({ id: 'a1', title: 'Rain', text: 'Yesterday, in May 2017, it rained.', countries: ['FR'], topics: ['weather'] });
    expect(detail?.timexes.map((t) => t.text)).toEqual(['Yesterday', 'May 2017']);
    expect(detail?.timexes[1].interval).toEqual({ start: '2017-05-01', end: '2017-05-31', precision: 'month' });
    expect(detail?.events.map((e) => e.summary)).toEqual(['It rained']);
    expect(await store.getArticle('missing')).toBeNull();
  });

  it('keeps each article language, and takes the same text in another language for a duplicate', async () => {
    await store.putArticle(article('Signed on 5/7/2017.', { id: 'uk', language: 'en-GB' }), analysis([]));
    await store.putArticles([{ article: article('Signed on 6/7/2017.', { id: 'none' }), analysis: analysis([]) }]);
    expect((await store.getArticle('uk'))?.language).toBe('en-GB');
    expect((await store.getArticle('none'))?.language).toBeNull();
    // The language says how to read the text, not which story it is: one story, stored once.
    expect(await store.putArticle(article('Signed on 5/7/2017.', { language: 'en-US' }), analysis([]))).toEqual({ status: 'duplicate', id: 'uk' });
  });

  it('lists and filters dates before year 1 and after 9999 as time runs', async () => {
    const dated = (summary: string, day: string) => event(summary, day, day, 'day');
    await store.putArticle(article('Ancient and far dates.', { id: 'old' }), analysis([
      dated('Ides of March', '-0044-03-15'), dated('Far future', '+012000-01-01'), dated('Year one', '0001-01-01'),
      dated('Five centuries before', '-0500-06-01'), dated('Modern', '1999-12-31'),
    ]));
    expect(summaries(await store.listEvents({ filter: EMPTY_FILTER }))).toEqual([
      'Five centuries before', 'Ides of March', 'Year one', 'Modern', 'Far future',
    ]);
    // A time window before year 1 holds what lies in it (ISO text would put -0500 after -0044), and one after 9999 too.
    const window = (from: string, to: string) => ({ filter: { ...EMPTY_FILTER, from, to } });
    expect(summaries(await store.listEvents(window('-0600-01-01', '-0100-01-01')))).toEqual(['Five centuries before']);
    expect(summaries(await store.listEvents(window('-0100-01-01', '0001-12-31')))).toEqual(['Ides of March', 'Year one']);
    expect(summaries(await store.listEvents(window('2000-01-01', '+020000-01-01')))).toEqual(['Far future']);
  });

  it('returns one event by id with its article, places and topics', async () => {
    await store.putArticle(article('It rained in Paris.', { id: 'a2', title: 'Rain' }), analysis([event('It rained', '2017-05-06', '2017-05-06', 'day')], ['FR'], ['weather']));
    const [listed] = (await store.listEvents({ filter: EMPTY_FILTER })).events;
    const found = await store.getEvent(listed.id);
    expect(found).toMatchObject({ id: listed.id, summary: 'It rained', start: '2017-05-06', countries: ['FR'], topics: ['weather'] });
    expect(found?.article.id).toBe('a2');
    expect(await store.getEvent(listed.id + 1000)).toBeNull();
  });
});
