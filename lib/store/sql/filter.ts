// The EventFilter as SQL conditions on `events e`, one per dimension, so facets can leave out their own.
// Lists travel as one JSON parameter (json_each) to keep the SQL text, and so the prepared statement, stable.
import type { EventFilter } from '../../filters/types';
import { countriesIn } from '../../nlp/places/regions';
import { toFtsQuery } from './fts-query';

export type Dimension = 'place' | 'topic' | 'time' | 'text' | 'salience';

interface Condition {
  sql: string;
  params: unknown[];
}

export type Conditions = Partial<Record<Dimension, Condition[]>>;

/** Regions and countries are one place selection: an event in any selected area or country matches. */
export function selectedCountries(filter: EventFilter): string[] | null {
  if (filter.regions.length === 0 && filter.countries.length === 0) return null;
  const countries = new Set(filter.countries.map((cc) => cc.toUpperCase()));
  for (const region of filter.regions) for (const cc of countriesIn(region)) countries.add(cc);
  return [...countries];
}

export function filterConditions(filter: EventFilter, salientOnly: boolean): Conditions {
  const conditions: Conditions = {};
  const countries = selectedCountries(filter);
  if (countries) {
    conditions.place = [{
      sql: 'e.id IN (SELECT event_id FROM event_countries WHERE country IN (SELECT value FROM json_each(?)))',
      params: [JSON.stringify(countries)],
    }];
  }
  if (filter.topics.length > 0) {
    conditions.topic = [{
      sql: 'e.id IN (SELECT event_id FROM event_topics WHERE topic IN (SELECT value FROM json_each(?)))',
      params: [JSON.stringify(filter.topics.map((topic) => topic.toLowerCase()))],
    }];
  }
  // Overlap of [start, end] with [from, to]; an event without a resolved date has no place in a window.
  const time: Condition[] = [];
  if (filter.from) time.push({ sql: 'e.end_date >= ?', params: [filter.from] });
  if (filter.to) time.push({ sql: 'e.start_date <= ?', params: [filter.to] });
  if (time.length > 0) conditions.time = time;
  const match = toFtsQuery(filter.q);
  if (match) {
    conditions.text = [{ sql: 'e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)', params: [match] }];
  }
  if (salientOnly) conditions.salience = [{ sql: 'e.salient = 1', params: [] }];
  return conditions;
}

/** `WHERE ...` over every dimension but `except`; empty when nothing filters. */
export function whereClause(conditions: Conditions, except?: Dimension): { sql: string; params: unknown[] } {
  const kept = (Object.entries(conditions) as Array<[Dimension, Condition[]]>)
    .filter(([dimension]) => dimension !== except)
    .flatMap(([, list]) => list);
  if (kept.length === 0) return { sql: '', params: [] };
  return { sql: `WHERE ${kept.map((c) => c.sql).join(' AND ')}`, params: kept.flatMap((c) => c.params) };
}
