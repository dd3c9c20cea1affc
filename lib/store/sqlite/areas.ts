// The country -> M49 sub-region -> region roll-up as a per-connection TEMP table, rebuilt from
// lib/nlp/places on every open: facets count by area in SQL, and a corrected mapping needs no migration.
import type Database from 'better-sqlite3';
import { REGIONS, countriesIn, countryArea } from '../../nlp/places/regions';

export function loadCountryAreas(db: Database.Database): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS country_areas (
    country   TEXT PRIMARY KEY,
    region    TEXT NOT NULL,
    subregion TEXT NOT NULL
  ) WITHOUT ROWID`);
  const insert = db.prepare('INSERT OR REPLACE INTO temp.country_areas (country, region, subregion) VALUES (?, ?, ?)');
  const countries = new Set(REGIONS.filter((area) => area.kind === 'region').flatMap((area) => countriesIn(area.code)));
  db.transaction(() => {
    db.exec('DELETE FROM temp.country_areas');
    for (const cc of countries) {
      const area = countryArea(cc);
      if (area) insert.run(cc, area.region, area.subregion);
    }
  })();
}
