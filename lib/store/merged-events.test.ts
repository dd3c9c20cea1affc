// One event per happening across articles, run against every backend like store.test.ts: reports of one
// happening in different articles are stored as they are and shown as one event with several sources.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type EventFilter } from '../filters/types';
import type { ExtractedEvent } from '../nlp/types';
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

function report(id: string, source: string, events: ExtractedEvent[], countries: string[] = ['TW'], topics = ['politics']): AnalysedArticle {
  return {
    article: { id, title: `${source} story`, published: '2025-06-16', source, url: null, text: `${id}: ${events.map((e) => e.evidence).join(' ')}` },
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
    expect(results.map((r) => r.status)).toEqual(['stored', 'stored', 'stored', 'duplicate']);
    expect(await put(focus)).toEqual({ status: 'duplicate', id: 'focus' });
    const forums = (await listed({ q: 'Xiamen' })).events;
    expect(forums).toHaveLength(1);
    expect(forums[0].sourceCount).toBe(3);
    const detail = await store.getEvent(forums[0].id);
    expect(detail?.sources.map((s) => s.article.id).sort()).toEqual(['focus', 'times', 'wire']);
    expect(await store.countArticles()).toBe(3);
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
