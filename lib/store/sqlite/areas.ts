// The country roll-up as a per-connection TEMP table (see country-areas.ts): nothing to keep in step on disk.
import type Database from 'better-sqlite3';
import { countryAreaRows } from '../country-areas';

export function loadCountryAreas(db: Database.Database): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS country_areas (
    country   TEXT PRIMARY KEY,
    region    TEXT NOT NULL,
    subregion TEXT NOT NULL
  ) WITHOUT ROWID`);
  const insert = db.prepare('INSERT OR REPLACE INTO temp.country_areas (country, region, subregion) VALUES (@country, @region, @subregion)');
  db.transaction(() => {
    db.exec('DELETE FROM temp.country_areas');
    for (const row of countryAreaRows()) insert.run(row);
  })();
}
