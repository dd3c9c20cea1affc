// Facet counts with display names beside the keys, for the API and the filter controls.
import { countryName, resolveArea } from '@/lib/nlp/places/regions';
import type { FacetCount, Facets } from '@/lib/store/types';

export interface NamedFacetCount extends FacetCount {
  name: string;
}

export interface NamedFacets {
  regions: NamedFacetCount[];
  subregions: NamedFacetCount[];
  countries: NamedFacetCount[];
  topics: NamedFacetCount[];
  sources: NamedFacetCount[];
  precisions: NamedFacetCount[];
  total: number;
}

const withNames = (counts: FacetCount[], name: (key: string) => string): NamedFacetCount[] =>
  counts.map((count) => ({ ...count, name: name(count.key) }));

const areaName = (code: string) => resolveArea(code)?.name ?? code;

export function namedFacets(facets: Facets): NamedFacets {
  return {
    regions: withNames(facets.regions, areaName),
    subregions: withNames(facets.subregions, areaName),
    countries: withNames(facets.countries, countryName),
    topics: withNames(facets.topics, (topic) => topic),
    sources: withNames(facets.sources, (source) => source),
    precisions: withNames(facets.precisions, (precision) => precision),
    total: facets.total,
  };
}
