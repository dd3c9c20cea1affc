// The EventFilter as SQL conditions on `events e`, one list per dimension, so facets can leave out their own.
import type { EventFilter } from '../../filters/types';
import { selectedCountries } from '../../filters/countries';
import type { Dialect } from './dialect';
import { toSearchQuery } from './search-query';
import { timelineOrder } from './timeline-order';

export type Dimension = 'place' | 'topic' | 'time' | 'text' | 'salience' | 'source' | 'precision' | 'happening';

interface Condition {
  sql: string;
  params: unknown[];
}

export type Conditions = Partial<Record<Dimension, Condition[]>>;

export function filterConditions(filter: EventFilter, salientOnly: boolean, dialect: Dialect): Conditions {
  // One event per happening: an event merged into another is shown through that other, never on its own.
  const conditions: Conditions = { happening: [{ sql: 'e.merged_into IS NULL', params: [] }] };
  // Regions and countries are one place selection: an event in any selected area or country matches.
  const countries = selectedCountries(filter);
  if (countries) {
    conditions.place = [{
      sql: `e.id IN (SELECT event_id FROM event_countries WHERE ${dialect.inList('country', 'text')})`,
      params: [dialect.listParam(countries)],
    }];
  }
  if (filter.topics.length > 0) {
    conditions.topic = [{
      sql: `e.id IN (SELECT event_id FROM event_topics WHERE ${dialect.inList('topic', 'text')})`,
      params: [dialect.listParam(filter.topics.map((topic) => topic.toLowerCase()))],
    }];
  }
  // Overlap of [start, end] with [from, to]; an event without a resolved date has no place in a window.
  const time: Condition[] = [];
  // Compared in timeline order, so windows before year 1 or after 9999 hold what they should.
  if (filter.from) time.push({ sql: 'e.end_order >= ?', params: [timelineOrder(filter.from)] });
  if (filter.to) time.push({ sql: 'e.start_order <= ?', params: [timelineOrder(filter.to)] });
  if (time.length > 0) conditions.time = time;
  const match = toSearchQuery(filter.q);
  if (match) conditions.text = [{ sql: dialect.eventMatches, params: [match] }];
  if (salientOnly) conditions.salience = [{ sql: 'e.salient = 1', params: [] }];
  if (filter.sources?.length) {
    // A happening is found by the source of any of its reports, as by their places and topics.
    const fromSources = `SELECT id FROM articles WHERE ${dialect.inList('source', 'text')}`;
    const sources = dialect.listParam(filter.sources);
    conditions.source = [{
      sql: `(e.article_id IN (${fromSources}) OR e.id IN (SELECT m.merged_into FROM events m
        WHERE m.merged_into IS NOT NULL AND m.article_id IN (${fromSources})))`,
      params: [sources, sources],
    }];
  }
  if (filter.precisions?.length) {
    conditions.precision = [{ sql: dialect.inList('e.precision', 'text'), params: [dialect.listParam(filter.precisions)] }];
  }
  return conditions;
}

/** `WHERE ...` over every dimension but `except`. */
export function whereClause(conditions: Conditions, except?: Dimension): { sql: string; params: unknown[] } {
  const kept = (Object.entries(conditions) as Array<[Dimension, Condition[]]>)
    .filter(([dimension]) => dimension !== except)
    .flatMap(([, list]) => list);
  if (kept.length === 0) return { sql: '', params: [] };
  return { sql: `WHERE ${kept.map((c) => c.sql).join(' AND ')}`, params: kept.flatMap((c) => c.params) };
}
