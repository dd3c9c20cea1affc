import { describe, expect, it } from 'vitest';
import { binIntervals, MAX_BUCKETS } from './density';

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
