// The choices the filter controls offer, with facet counts: M49 region -> sub-region -> country as one ordered
// list (depth tells the indent), and the 17 IPTC topics. Countries appear when they have events or are selected.
import { countryArea, countryName, REGIONS } from '@/lib/nlp/places/regions';
import { IPTC_TOPICS } from '@/lib/nlp/topics/iptc';
import { PRECISIONS } from '@/lib/nlp/types';
import type { FacetCount } from '@/lib/store/types';

export interface FilterOption {
  /** M49 code for an area, ISO alpha-2 for a country, topic name for a topic. */
  value: string;
  name: string;
  depth: 0 | 1 | 2;
  count: number;
}

interface PlaceFacets {
  regions: FacetCount[];
  subregions: FacetCount[];
  countries: FacetCount[];
}

const countsOf = (facets: FacetCount[]) => new Map(facets.map((f) => [f.key, f.count]));

/** True for an M49 area code (three digits), false for an ISO country code. */
export const isAreaCode = (value: string): boolean => /^\d{3}$/.test(value);

export function regionOptions(facets: PlaceFacets, selectedCountries: readonly string[]): FilterOption[] {
  const regionCounts = countsOf(facets.regions);
  const subregionCounts = countsOf(facets.subregions);
  const countryCounts = countsOf(facets.countries);
  const shownCountries = new Set([...countryCounts.keys(), ...selectedCountries]);
  const options: FilterOption[] = [];
  for (const region of REGIONS.filter((area) => area.kind === 'region')) {
    options.push({ value: region.code, name: region.name, depth: 0, count: regionCounts.get(region.code) ?? 0 });
    for (const sub of REGIONS.filter((area) => area.parent === region.code)) {
      options.push({ value: sub.code, name: sub.name, depth: 1, count: subregionCounts.get(sub.code) ?? 0 });
      const countries = [...shownCountries]
        .filter((cc) => countryArea(cc)?.subregion === sub.code)
        .map((cc) => ({ value: cc, name: countryName(cc), depth: 2 as const, count: countryCounts.get(cc) ?? 0 }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
      options.push(...countries);
    }
  }
  return options;
}

export function topicOptions(facets: { topics: FacetCount[] }): FilterOption[] {
  const counts = countsOf(facets.topics);
  return IPTC_TOPICS.map((topic) => ({ value: topic.name, name: topic.name, depth: 0 as const, count: counts.get(topic.name) ?? 0 }));
}

/** Sources with events under the other filters, plus the selected ones (so they can be unselected). */
export function sourceOptions(facets: { sources: FacetCount[] }, selected: readonly string[]): FilterOption[] {
  const counts = countsOf(facets.sources);
  const names = [...new Set([...counts.keys(), ...selected])];
  return names
    .map((name) => ({ value: name, name, depth: 0 as const, count: counts.get(name) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Every precision, finest first, with its count. */
export function precisionOptions(facets: { precisions: FacetCount[] }): FilterOption[] {
  const counts = countsOf(facets.precisions);
  return PRECISIONS.map((precision) => ({ value: precision, name: precision, depth: 0 as const, count: counts.get(precision) ?? 0 }));
}
