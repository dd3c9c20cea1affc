// Lanes: the timeline grouped by region, country or topic (each event by its primary one), largest lanes first.
import type { LaneGrouping } from '@/lib/filters/params';
import { countryArea, countryName, resolveArea } from '@/lib/nlp/places/regions';
import type { TimelineItem } from './model';

export interface Lane {
  key: string;
  label: string;
  items: TimelineItem[];
}

/** Beyond this many lanes the smallest are merged into "Other", so every lane keeps room for a few rows. */
export const MAX_LANES = 8;
/** The key of the lane that gathers the smallest lanes beyond MAX_LANES. */
export const OTHER = '\u0000other';

function laneKey(grouping: LaneGrouping, item: TimelineItem): string {
  switch (grouping) {
    case 'none':
      return 'all';
    case 'country':
      return item.countries[0] ?? '';
    case 'region':
      return (item.countries[0] && countryArea(item.countries[0])?.region) || '';
    case 'topic':
      return item.topics[0] ?? '';
  }
}

/** What a lane is called: the country, region or topic of its key. */
export function laneLabel(grouping: LaneGrouping, key: string): string {
  if (key === OTHER) return 'Other';
  if (key === '') return grouping === 'topic' ? 'No topic' : 'No place';
  if (grouping === 'country') return countryName(key);
  if (grouping === 'region') return resolveArea(key)?.name ?? key;
  return grouping === 'none' ? '' : key;
}

export function groupLanes(items: readonly TimelineItem[], grouping: LaneGrouping): Lane[] {
  const groups = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const key = laneKey(grouping, item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  if (sorted.length > MAX_LANES) {
    const rest = sorted.splice(MAX_LANES - 1).flatMap(([, laneItems]) => laneItems);
    sorted.push([OTHER, rest.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || a.id - b.id)]);
  }
  return sorted.map(([key, laneItems]) => ({ key, label: laneLabel(grouping, key), items: laneItems }));
}
