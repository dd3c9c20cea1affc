// The country -> M49 sub-region -> region roll-up as rows, from lib/nlp/places. Each store loads them into
// a country_areas table on open, so facets count by area in SQL and a corrected mapping needs no migration.
import { REGIONS, countriesIn, countryArea } from '../nlp/places/regions';

export interface CountryAreaRow {
  country: string;
  region: string;
  subregion: string;
}

export function countryAreaRows(): CountryAreaRow[] {
  const countries = new Set(REGIONS.filter((area) => area.kind === 'region').flatMap((area) => countriesIn(area.code)));
  return [...countries].flatMap((country) => {
    const area = countryArea(country);
    return area ? [{ country, region: area.region, subregion: area.subregion }] : [];
  });
}
