// One event per happening across articles, run against every backend like store.test.ts: reports of one
// happening in different articles are stored as they are and shown as one event with several sources.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type EventFilter } from '../filters/types';
import type { ExtractedEvent } from '../nlp/types';
import { MAX_MERGE_CANDIDATES } from './merge-on-write';
import { BACKENDS, type OpenedStore } from './test-backends';
import type { AnalysedArticle, Store } from './types';

let opened: OpenedStore;
let store: Store;

const filter = (over: Partial<EventFilter>): EventFilter => ({ ...EMPTY_FILTER, ...over });

function event(evidence: string, extra: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    summary: evidence.slice(0, 60), evidence, evidenceStart: 0, evidenceEnd: evidence.length, timex: { text: 'yesterday', start: 0, end: 9 },
    value: '2025-06-15', start: '2025-06-15', end: '2025-06-15', precision: 'day', salient: true, unresolved: false,
    countries: [], topics: [], ...extra,
  };
}

const FORUM = {
  times: 'The 17th annual Straits Forum yesterday opened in Xiamen, with former president Ma Ying-jeou attending the opening.',
  focus: 'The Straits Forum opened yesterday in Xiamen, China, and former president Ma Ying-jeou attended the opening ceremony.',
  wire: 'Former president Ma Ying-jeou attended the opening of the Straits Forum in Xiamen yesterday, the 17th such forum.',
};
const OTHER = 'Taiwan’s legislature yesterday passed a budget for new coast guard vessels after a long debate.';
/** Another happening of the forum's day, sharing two of its words. */
const MA_IN_XIAMEN = 'Former president Ma Ying-jeou yesterday criticised the coast guard budget in Xiamen.';

function report(id: string, source: string, events: ExtractedEvent[], countries: string[] = ['TW'], topics = ['politics']): AnalysedArticle {
  return {
    article: { id, title: `${source} story`, published: '2025-06-16', source, url: null, language: null, text: `${id}: ${events.map((e) => e.evidence).join(' ')}` },
    analysis: { countries, topics, events, timexes: [] },
  };
}

const times = report('times', 'Taipei Times', [event(FORUM.times, { countries: ['TW'] }), event(OTHER)]);
const focus = report('focus', 'Focus Taiwan', [event(FORUM.focus, { countries: ['CN', 'TW'], topics: ['lifestyle and leisure'], salient: false })], ['CN']);
const wire = report('wire', 'Wire', [event(FORUM.wire)]);

const listed = async (query: Partial<EventFilter> = {}, salientOnly = true) => store.listEvents({ filter: filter(query), salientOnly });
const put = (a: AnalysedArticle) => store.putArticle(a.article, a.analysis);

describe.each(await BACKENDS())('Merged events on $name', ({ open }) => {
  beforeEach(async () => {
    opened = await open();
    store = opened.store;
  });

  afterEach(() => opened.dispose());

  it('shows two reports of one happening as one event with both sources, their places and topics', async () => {
    await put(times);
    await put(focus);
    const { events, total } = await listed();
    expect(total).toBe(2);
    const forum = events.find((e) => e.evidence === FORUM.times)!;
    expect(forum).toMatchObject({ sourceCount: 2, countries: ['TW', 'CN'], topics: ['politics', 'lifestyle and leisure'] });
    expect(events.find((e) => e.evidence === OTHER)?.sourceCount).toBe(1);
    // Filters and counts see the happening once, by the places and topics of any report.
    expect((await listed({ countries: ['CN'] })).events.map((e) => e.id)).toEqual([forum.id]);
    expect((await listed({ topics: ['lifestyle and leisure'] })).total).toBe(1);
    const facets = await store.facets(EMPTY_FILTER);
    expect(facets.total).toBe(2);
    expect(facets.countries).toEqual([{ key: 'TW', count: 2 }, { key: 'CN', count: 1 }]);
    expect(await store.density(EMPTY_FILTER, { from: '2025-06-01', to: '2025-06-30', buckets: 1 })).toEqual([
      { start: '2025-06-01', end: '2025-06-30', count: 2 },
    ]);
    // A word only the second report uses finds the happening.
    expect((await listed({ q: 'ceremony' })).events.map((e) => e.id)).toEqual([forum.id]);
    expect((await listed({}, false)).total).toBe(2);
  });

  it('returns the event with every source, its evidence and why it was merged; nothing stored is lost', async () => {
    await put(times);
    await put(focus);
    const [forum] = (await listed({ q: 'Xiamen' })).events;
    const detail = await store.getEvent(forum.id);
    expect(detail?.sources.map((s) => [s.article.id, s.article.source, s.evidence])).toEqual([
      ['times', 'Taipei Times', FORUM.times],
      ['focus', 'Focus Taiwan', FORUM.focus],
    ]);
    expect(detail?.sources[0].reasons).toBeNull();
    const reasons = detail?.sources[1].reasons;
    expect(reasons?.date).toEqual({ start: '2025-06-15', end: '2025-06-15', precision: 'day' });
    expect(reasons?.participants).toEqual(expect.arrayContaining(['Straits Forum', 'Xiamen', 'Ma Ying-jeou']));
    expect(reasons?.actions).toEqual(expect.arrayContaining(['opened', 'former']));
    expect(reasons?.wording).toBeGreaterThan(0);
    // The merged report is still its article's event, and its own id leads to the happening.
    const article = await store.getArticle('focus');
    expect(article?.events.map((e) => e.evidence)).toEqual([FORUM.focus]);
    expect((await store.getEvent(article!.events[0].id))?.id).toBe(forum.id);
  });

  it('makes a happening a main event when any report has it as one', async () => {
    await put(focus);
    await put(times);
    const [forum] = (await listed({ q: 'Xiamen' })).events;
    expect(forum).toMatchObject({ evidence: FORUM.focus, sourceCount: 2 });
  });

  it('merges a batch of several reports into one event; duplicates and a second ingest change nothing', async () => {
    const results = await store.putArticles([times, focus, wire, times]);
    // The same article twice in one batch is stored once; which copy wins is a race between PostgreSQL's connections.
    expect(results.map((r) => r.status).slice(1, 3)).toEqual(['stored', 'stored']);
    expect([results[0].status, results[3].status].sort()).toEqual(['duplicate', 'stored']);
    expect(await put(focus)).toEqual({ status: 'duplicate', id: 'focus' });
    const forums = (await listed({ q: 'Xiamen' })).events;
    expect(forums).toHaveLength(1);
    expect(forums[0].sourceCount).toBe(3);
    // Read whole at first use, the index knows every report's source.
    expect((await listed({ sources: ['Wire', 'Focus Taiwan'] })).events.map((e) => e.id)).toEqual([forums[0].id]);
    expect((await store.facets(EMPTY_FILTER)).sources).toEqual([
      { key: 'Taipei Times', count: 2 }, { key: 'Focus Taiwan', count: 1 }, { key: 'Wire', count: 1 },
    ]);
    const detail = await store.getEvent(forums[0].id);
    expect(detail?.sources.map((s) => s.article.id).sort()).toEqual(['focus', 'times', 'wire']);
    expect(await store.countArticles()).toBe(3);
  });

  it.each([
    { between: MAX_MERGE_CANDIDATES - 1, sources: 2 },
    { between: MAX_MERGE_CANDIDATES, sources: 1 },
  ])(`compares a report with the ${MAX_MERGE_CANDIDATES} most recent events filed under its words ($between filed since the first report)`, async ({ between, sources }) => {
    // Reports of another happening, filed under a pair of the forum's words at its day.
    const others = Array.from({ length: between }, (_, i) => report(`other-${i}`, 'Wire', [event(MA_IN_XIAMEN)]));
    await put(times);
    await store.putArticles(others);
    await put(focus);
    const forums = (await listed({ q: 'Straits' }, false)).events;
    expect(forums.map((e) => e.sourceCount)).toEqual(Array(3 - sources).fill(sources));
  });

  it('merges what a batch stored around a failing article, and later reports with it', async () => {
    const broken = report('broken', 'Wire', [event(FORUM.wire), event(OTHER, { summary: null as unknown as string })]);
    const results = await store.putArticles([times, broken]);
    expect(results.map((r) => r.status)).toEqual(['stored', 'failed']);
    await put(report('budget', 'Wire', [event(OTHER.replace('Taiwan’s legislature', 'The Legislative Yuan'))]));
    await put(focus);
    const forums = (await listed({ q: 'Xiamen' })).events;
    expect(forums.map((e) => [e.article.id, e.sourceCount])).toEqual([['times', 2]]);
  });

  it('finds a happening by the source of any report and counts it under each source', async () => {
    await put(times);
    // Asked before the second report arrives: the answers must not outlive the data.
    expect((await listed({ sources: ['Focus Taiwan'] })).total).toBe(0);
    expect((await store.facets(EMPTY_FILTER)).sources).toEqual([{ key: 'Taipei Times', count: 2 }]);
    await put(focus);
    const bySource = await listed({ sources: ['Focus Taiwan'] });
    expect(bySource.events.map((e) => [e.evidence, e.sourceCount])).toEqual([[FORUM.times, 2]]);
    expect((await listed({ sources: ['Focus Taiwan', 'Taipei Times'] })).total).toBe(2);
    const facets = await store.facets(EMPTY_FILTER);
    expect(facets.sources).toEqual([{ key: 'Taipei Times', count: 2 }, { key: 'Focus Taiwan', count: 1 }]);
    expect(facets.total).toBe(2);
    // The source facet ignores its own selection; the others count the happenings of the selected sources.
    const selected = await store.facets(filter({ sources: ['Focus Taiwan'] }));
    expect(selected.sources).toEqual(facets.sources);
    expect(selected.total).toBe(1);
    expect(selected.countries).toEqual([{ key: 'CN', count: 1 }, { key: 'TW', count: 1 }]);
    expect(await store.density(filter({ sources: ['Focus Taiwan'] }), { from: '2025-06-01', to: '2025-06-30', buckets: 1 })).toEqual([
      { start: '2025-06-01', end: '2025-06-30', count: 1 },
    ]);
  });

  it('draws a happening at the finest date its reports give: a day report replaces a month one as its event', async () => {
    const june = { start: '2025-06-01', end: '2025-06-30', precision: 'month' as const, value: '2025-06' };
    const monthly = report('monthly', 'Monthly', [event(FORUM.focus, { ...june, countries: ['CN', 'TW'], topics: ['lifestyle and leisure'] })], ['CN']);
    await put(monthly);
    const [before] = (await listed({ q: 'Xiamen' })).events;
    expect(before).toMatchObject({ precision: 'month', sourceCount: 1 });
    await put(times);
    const { events, total } = await listed({ q: 'Xiamen' });
    expect(total).toBe(1);
    const [forum] = events;
    expect(forum).toMatchObject({
      evidence: FORUM.times, start: '2025-06-15', end: '2025-06-15', precision: 'day', sourceCount: 2,
      countries: ['TW', 'CN'], topics: ['politics', 'lifestyle and leisure'],
    });
    // Counts, density and the precision filter see the happening once, on its day.
    expect((await store.facets(EMPTY_FILTER)).precisions).toEqual([{ key: 'day', count: 2 }]);
    expect((await listed({ precisions: ['month'] })).total).toBe(0);
    expect((await listed({ sources: ['Monthly'] })).events.map((e) => e.id)).toEqual([forum.id]);
    expect(await store.density(EMPTY_FILTER, { from: '2025-06-15', to: '2025-06-15', buckets: 1 })).toEqual([
      { start: '2025-06-15', end: '2025-06-15', count: 2 },
    ]);
    // Every report keeps its own date; the month report now says why it is the same happening.
    const detail = await store.getEvent(before.id);
    expect(detail?.id).toBe(forum.id);
    expect(detail?.sources.map((s) => [s.article.id, s.precision, s.reasons === null])).toEqual([['times', 'day', true], ['monthly', 'month', false]]);
    // A later report of the day joins the day's event, another of the month too.
    await put(wire);
    await put(report('monthly2', 'Monthly', [event(FORUM.times, { ...june })]));
    const after = (await listed({ q: 'Xiamen' })).events;
    expect(after.map((e) => [e.id, e.sourceCount])).toEqual([[forum.id, 4]]);
  });

  it('reads the date text of stored reports: a state since a day does not merge with another happening of its month', async () => {
    const ill = 'Former president Ma Ying-jeou has been in hospital in Xiamen with a serious lung infection since Sunday.';
    const flown = 'Former president Ma Ying-jeou was flown from Xiamen to Taipei in June while in hospital with a serious lung infection.';
    const june = { start: '2025-06-01', end: '2025-06-30', precision: 'month' as const, value: '2025-06' };
    await put(report('ill', 'Wire', [event(ill, { timex: { text: 'Sunday', start: 0, end: 6 } })]));
    await put(report('flown', 'Times', [event(flown, { ...june, timex: { text: 'June', start: 0, end: 4 } })]));
    await put(report('ill2', 'Focus', [event(ill.replace('Former president', 'Ex-president'), { timex: { text: 'Sunday', start: 0, end: 6 } })]));
    const { events } = await listed({ q: 'infection' });
    expect(events.map((e) => [e.article.id, e.sourceCount]).sort()).toEqual([['flown', 1], ['ill', 2]]);
  });

  it('merges a year report of a named happening with the day report, in either order, and draws it at the day', async () => {
    const day = { value: '2003-04-28', start: '2003-04-28', end: '2003-04-28', precision: 'day' as const, timex: { text: 'April 28, 2003', start: 0, end: 14 } };
    const year = { value: '2003', start: '2003-01-01', end: '2003-12-31', precision: 'year' as const, timex: { text: '2003', start: 0, end: 4 } };
    const launched = 'Apple is the maker of the iPod and launched the iTunes Music Store, an online music store, on April 28, 2003.';
    const inYear = 'Apple Computer was started by Steve Jobs and Steve Wozniak in 1976, and launched the iTunes Music Store in 2003.';
    const founded = 'Apple Computer was started by Steve Jobs and Steve Wozniak in 1976, and opened its first retail stores in 2001.';
    await put(report('year', 'Wire', [event(inYear, year), event(founded, { ...year, value: '2001', start: '2001-01-01', end: '2001-12-31' })], ['US']));
    await put(report('day', 'Times', [event(launched, day)], ['US']));
    await put(report('year2', 'Focus', [event(inYear.replace('Apple Computer was', 'Apple Computer Inc. was'), year)], ['US']));
    const { events } = await listed({ q: 'Apple' });
    expect(events.map((e) => [e.article.id, e.precision, e.sourceCount]).sort()).toEqual([['day', 'day', 3], ['year', 'year', 1]]);
  });

  it('keeps apart reports on other dates, within one article, and beyond month precision', async () => {
    await put(times);
    await put(report('later', 'Wire', [event(FORUM.focus, { start: '2025-06-16', end: '2025-06-16' })]));
    await put(report('year', 'Wire', [event(FORUM.wire, { start: '2025-01-01', end: '2025-12-31', precision: 'year' })]));
    await put(report('twice', 'Wire', [event(FORUM.focus), event(FORUM.wire)]));
    const forums = (await listed({ q: 'Xiamen' })).events;
    // The same-day article's two events: one joins the happening, the other stays alone.
    expect(forums.map((e) => `${e.article.id}:${e.sourceCount}`).sort()).toEqual(['later:1', 'times:2', 'twice:1', 'year:1']);
  });
});
