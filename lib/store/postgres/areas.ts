// Refreshes the country_areas table from lib/nlp/places (see country-areas.ts) under the schema lock.
import type pg from 'pg';
import { countryAreaRows } from '../country-areas';

export async function loadCountryAreas(client: pg.ClientBase): Promise<void> {
  const rows = countryAreaRows();
  // Under the schema lock (PgStore.ready holds it): instances starting together refresh one after the other.
  await client.query('BEGIN');
  const columns = [rows.map((r) => r.country), rows.map((r) => r.region), rows.map((r) => r.subregion)];
  await client.query(`INSERT INTO country_areas (country, region, subregion)
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
    ON CONFLICT (country) DO UPDATE SET region = EXCLUDED.region, subregion = EXCLUDED.subregion
    WHERE (country_areas.region, country_areas.subregion) IS DISTINCT FROM (EXCLUDED.region, EXCLUDED.subregion)`, columns);
  await client.query('DELETE FROM country_areas WHERE country <> ALL($1::text[])', [columns[0]]);
  await client.query('COMMIT');
}
