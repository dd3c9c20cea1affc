// The countries a filter's place selection stands for: its countries plus every country of its regions.
import { countriesIn } from '../nlp/places/regions';
import type { EventFilter } from './types';

/** Upper-case ISO codes, or null when the filter selects no place (every event passes). */
export function selectedCountries(filter: EventFilter): string[] | null {
  if (filter.regions.length === 0 && filter.countries.length === 0) return null;
  const countries = new Set(filter.countries.map((cc) => cc.toUpperCase()));
  for (const region of filter.regions) for (const cc of countriesIn(region)) countries.add(cc);
  return [...countries];
}
