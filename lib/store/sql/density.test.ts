import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../filters/types';
import type { ExtractedEvent } from '../../nlp/types';
import { BACKENDS, type OpenedStore } from '../test-backends';
import { binIntervals, binLanes, MAX_BUCKETS } from './density';

describe('binIntervals', () => {
  it('makes buckets of whole days and never loses an event that overlaps the range', () => {
    const rows = [
      { start: '1999-01-01', end: '2030-12-31', count: 2 },
      { start: '2020-03-10', end: '2020-03-10', count: 5 },
    ];
    const buckets = binIntervals(rows, { from: '2020-03-01', to: '2020-03-31', buckets: 4 });
    expect(buckets.map((b) => b.start)).toEqual(['2020-03-01', '2020-03-09', '2020-03-17', '2020-03-25']);
    expect(buckets.at(-1)!.end).toBe('2020-03-31');
    // The long span counts at the middle of its visible part (March 16), beside the five of March 10.
    expect(buckets.map((b) => b.count)).toEqual([0, 7, 0, 0]);
  });

  it('caps the number of buckets and handles dates before year 1', () => {
    const rows = [{ start: '-000044-03-15', end: '-000044-03-15', count: 1 }, { start: '2020-01-01', end: '2020-01-01', count: 1 }];
    const buckets = binIntervals(rows, { from: null, to: null, buckets: 1_000_000 });
    expect(buckets.length).toBeLessThanOrEqual(MAX_BUCKETS);
    expect(buckets[0].start).toBe('-000044-03-15');
    expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(2);
  });

  it('is empty without rows or for an inverted range', () => {
    expect(binIntervals([], { from: null, to: null, buckets: 10 })).toEqual([]);
    expect(binIntervals([{ start: '2020-01-01', end: '2020-01-01', count: 1 }], { from: '2020-02-01', to: '2020-01-01', buckets: 3 })).toEqual([]);
  });
});

describe('binLanes', () => {
  it('puts every lane on the same grid of days, spanning all lanes', () => {
    const rows = [
      { lane: 'FR', start: '2020-01-01', end: '2020-01-01', count: 2 },
      { lane: 'JP', start: '2020-01-10', end: '2020-01-10', count: 3 },
    ];
    const buckets = binLanes(rows, { from: null, to: null, buckets: 2 });
    expect(buckets).toEqual([
      { lane: 'FR', start: '2020-01-01', end: '2020-01-05', count: 2 },
      { lane: 'FR', start: '2020-01-06', end: '2020-01-10', count: 0 },
      { lane: 'JP', start: '2020-01-01', end: '2020-01-05', count: 0 },
      { lane: 'JP', start: '2020-01-06', end: '2020-01-10', count: 3 },
    ]);
  });
});

function event(summary: string, day: string, countries: string[], topics: string[]): ExtractedEvent {
  return {
    summary, evidence: `${summary}.`, evidenceStart: 0, evidenceEnd: summary.length, timex: { text: 'then', start: 0, end: 4 },
    value: day, start: day, end: day, precision: 'day', salient: true, unresolved: false, countries, topics,
  };
}

describe.each(await BACKENDS())('Store density per lane on $name', ({ open }) => {
  let opened: OpenedStore;
  beforeEach(async () => {
    opened = await open();
    await opened.store.putArticle(
      { id: 'a', title: 'a', published: '2020-01-15', source: 'Wire', url: null, language: null, text: 'a story.' },
      {
        countries: [], topics: [], timexes: [], events: [
          event('Paris vote', '2020-01-01', ['FR', 'JP'], ['politics']),
          event('Tokyo vote', '2020-01-02', ['JP'], ['politics', 'economy, business and finance']),
          event('Lyon match', '2020-01-20', ['FR'], ['sport']),
          event('Nowhere', '2020-01-20', [], []),
        ],
      },
    );
  });
  afterEach(() => opened.dispose());

  const lanesOf = async (lanes: 'region' | 'country' | 'topic') => {
    const buckets = await opened.store.density(EMPTY_FILTER, { from: '2020-01-01', to: '2020-01-20', buckets: 2, lanes });
    const counts: Record<string, number[]> = {};
    for (const b of buckets) (counts[b.lane!] ??= []).push(b.count);
    return counts;
  };

  it('counts each event once, in the lane of its first country, region or topic', async () => {
    expect(await lanesOf('country')).toEqual({ FR: [1, 1], JP: [1, 0], '': [0, 1] });
    // Europe (150) holds France, Asia (142) Japan.
    expect(await lanesOf('region')).toEqual({ '150': [1, 1], '142': [1, 0], '': [0, 1] });
    expect(await lanesOf('topic')).toEqual({ politics: [2, 0], sport: [0, 1], '': [0, 1] });
  });
});
