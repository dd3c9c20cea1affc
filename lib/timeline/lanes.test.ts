import { describe, expect, it } from 'vitest';
import { toDensityLanes } from './layers/density';
import { groupLanes, MAX_LANES } from './lanes';
import { toTimelineItems } from './model';

const event = (id: number, countries: string[], topics: string[]) => ({
  id, summary: `e${id}`, start: '2020-01-01', end: '2020-01-01', precision: 'day' as const, countries, topics,
  article: { published: '2020-01-02' },
});

describe('groupLanes', () => {
  const items = toTimelineItems([
    event(1, ['TW'], ['politics']), event(2, ['CN'], ['politics']), event(3, ['FR'], ['sport']), event(4, [], []),
  ]);

  it('puts every event in one lane when not grouping', () => {
    expect(groupLanes(items, 'none').map((lane) => lane.items.length)).toEqual([4]);
  });

  it('groups by the primary country rolled up to its M49 region, largest first', () => {
    const lanes = groupLanes(items, 'region');
    expect(lanes.map((lane) => [lane.label, lane.items.map((i) => i.id)])).toEqual([
      ['Asia', [1, 2]], ['No place', [4]], ['Europe', [3]],
    ]);
  });

  it('groups by topic and by country with readable labels', () => {
    expect(groupLanes(items, 'topic')[0]).toMatchObject({ label: 'politics' });
    expect(groupLanes(items, 'country').map((lane) => lane.label)).toContain('Taiwan');
  });

  it('merges the smallest lanes into "Other" beyond the lane limit, losing no event', () => {
    const many = toTimelineItems(['FR', 'DE', 'IT', 'ES', 'PT', 'NL', 'BE', 'AT', 'CH', 'PL'].map((cc, i) => event(i, [cc], [])));
    const lanes = groupLanes(many, 'country');
    expect(lanes).toHaveLength(MAX_LANES);
    expect(lanes.at(-1)?.label).toBe('Other');
    expect(lanes.reduce((n, lane) => n + lane.items.length, 0)).toBe(many.length);
  });
});

describe('toDensityLanes', () => {
  const buckets = (...counts: number[]) => counts.map((count, i) => ({ start: `2020-01-0${i + 1}`, end: `2020-01-0${i + 1}`, count }));

  it('names lanes by their key and merges the smallest beyond MAX_LANES into "Other", bucket by bucket', () => {
    const answers = Array.from({ length: MAX_LANES + 2 }, (_, i) => ({ key: i === 0 ? 'FR' : `C${i}`, total: 100 - i, buckets: buckets(60 - i, 40) }));
    const lanes = toDensityLanes('country', answers);
    expect(lanes).toHaveLength(MAX_LANES);
    expect(lanes[0].label).toBe('France');
    const other = lanes.at(-1)!;
    expect(other.label).toBe('Other');
    // The three smallest lanes (indices 7, 8, 9) add up per bucket.
    expect(other.bars.map((bar) => bar.count)).toEqual([53 + 52 + 51, 120]);
  });
});
