import { describe, expect, it } from 'vitest';
import { precisionOptions, regionOptions, sourceOptions, topicOptions } from './options';

describe('regionOptions', () => {
  const facets = {
    regions: [{ key: '142', count: 5 }],
    subregions: [{ key: '030', count: 5 }],
    countries: [{ key: 'TW', count: 4 }, { key: 'CN', count: 1 }],
  };

  it('nests countries with events under their sub-region, under their region, with counts', () => {
    const options = regionOptions(facets, []);
    const asia = options.findIndex((o) => o.value === '142');
    const eastAsia = options.findIndex((o) => o.value === '030');
    expect(options[asia]).toMatchObject({ depth: 0, count: 5 });
    expect(options[eastAsia]).toMatchObject({ depth: 1, count: 5 });
    expect(options.slice(eastAsia + 1, eastAsia + 3).map((o) => [o.value, o.depth, o.count])).toEqual([
      ['TW', 2, 4],
      ['CN', 2, 1],
    ]);
    expect(options.some((o) => o.value === 'FR')).toBe(false);
  });

  it('keeps a selected country visible even when it has no events under the other filters', () => {
    expect(regionOptions(facets, ['FR']).find((o) => o.value === 'FR')).toMatchObject({ depth: 2, count: 0 });
  });
});

describe('topicOptions', () => {
  it('lists the 17 IPTC topics with their counts', () => {
    const options = topicOptions({ topics: [{ key: 'politics', count: 3 }] });
    expect(options).toHaveLength(17);
    expect(options.find((o) => o.value === 'politics')?.count).toBe(3);
  });
});

describe('sourceOptions and precisionOptions', () => {
  it('lists sources by count and keeps a selected source without events', () => {
    const options = sourceOptions({ sources: [{ key: 'Wire A', count: 1 }, { key: 'Wire B', count: 4 }] }, ['Gone Daily']);
    expect(options.map((o) => [o.value, o.count])).toEqual([['Wire B', 4], ['Wire A', 1], ['Gone Daily', 0]]);
  });

  it('lists every precision, finest first', () => {
    const options = precisionOptions({ precisions: [{ key: 'month', count: 2 }] });
    expect(options[0]).toMatchObject({ value: 'day', count: 0 });
    expect(options.find((o) => o.value === 'month')?.count).toBe(2);
  });
});
