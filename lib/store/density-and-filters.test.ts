// Density buckets and the source / precision filters, run against every backend like store.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type EventFilter } from '../filters/types';
import type { ExtractedEvent, Precision } from '../nlp/types';
import { BACKENDS, type OpenedStore } from './test-backends';
import type { Store } from './types';

let opened: OpenedStore;
let store: Store;

function event(summary: string, start: string, end: string, precision: Precision, salient = true): ExtractedEvent {
  return {
    summary, evidence: `${summary}.`, evidenceStart: 0, evidenceEnd: summary.length, timex: { text: 'then', start: 0, end: 4 },
    value: start, start, end, precision, salient, unresolved: false, countries: [], topics: [],
  };
}

const filter = (over: Partial<EventFilter>): EventFilter => ({ ...EMPTY_FILTER, ...over });

async function seed() {
  const put = (id: string, source: string, events: ExtractedEvent[]) =>
    store.putArticle({ id, title: id, published: '2020-01-15', source, url: null, language: null, text: `${id} story.` }, { countries: [], topics: [], events, timexes: [] });
  await put('a', 'Wire A', [
    event('Day one', '2020-01-01', '2020-01-01', 'day'),
    event('Day two', '2020-01-02', '2020-01-02', 'day'),
    event('Late January', '2020-01-20', '2020-01-31', 'approximate'),
  ]);
  await put('b', 'Wire B', [
    event('All of February', '2020-02-01', '2020-02-29', 'month'),
    event('Background', '2020-01-05', '2020-01-05', 'day', false),
  ]);
}

describe.each(await BACKENDS())('Store density and filters on $name', ({ open }) => {
  beforeEach(async () => {
    opened = await open();
    store = opened.store;
    await seed();
  });

  afterEach(() => opened.dispose());

  it('counts events per equal bucket of days, each event once at the middle of its part in range', async () => {
    const buckets = await store.density(EMPTY_FILTER, { from: '2020-01-01', to: '2020-02-29', buckets: 2 });
    expect(buckets).toEqual([
      { start: '2020-01-01', end: '2020-01-30', count: 3 },
      { start: '2020-01-31', end: '2020-02-29', count: 1 },
    ]);
    // Only February's second half is asked: the month event still counts, at the middle of what is in range.
    expect(await store.density(EMPTY_FILTER, { from: '2020-02-15', to: '2020-02-29', buckets: 1 })).toEqual([
      { start: '2020-02-15', end: '2020-02-29', count: 1 },
    ]);
  });

  it('spans the filtered events when no range is given, and honours the filter and salience', async () => {
    const all = await store.density(EMPTY_FILTER, { from: null, to: null, buckets: 60 }, false);
    expect(all[0].start).toBe('2020-01-01');
    expect(all.at(-1)!.end).toBe('2020-02-29');
    expect(all.reduce((sum, b) => sum + b.count, 0)).toBe(5);
    const days = await store.density(filter({ precisions: ['day'] }), { from: null, to: null, buckets: 1 });
    expect(days).toEqual([{ start: '2020-01-01', end: '2020-01-02', count: 2 }]);
    expect(await store.density(filter({ q: 'nothing-like-this' }), { from: null, to: null, buckets: 10 })).toEqual([]);
  });

  it('filters by source and by precision, with facet counts for both', async () => {
    const bySource = await store.listEvents({ filter: filter({ sources: ['Wire B'] }) });
    expect(bySource.events.map((e) => e.summary)).toEqual(['All of February']);
    const vague = await store.listEvents({ filter: filter({ precisions: ['approximate', 'month'] }) });
    expect(vague.events.map((e) => e.summary)).toEqual(['Late January', 'All of February']);
    const facets = await store.facets(filter({ sources: ['Wire A'], precisions: ['day'] }));
    expect(facets.total).toBe(2);
    // Each facet ignores its own selection: the sources of day events, and all of Wire A's precisions.
    expect(facets.sources.map((f) => [f.key, Number(f.count)])).toEqual([['Wire A', 2]]);
    expect(facets.precisions.map((f) => [f.key, Number(f.count)])).toEqual([['day', 2], ['approximate', 1]]);
  });
});
