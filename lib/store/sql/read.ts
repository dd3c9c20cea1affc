// Queries: events under a filter, facet counts, one article with everything found in it.
import type Database from 'better-sqlite3';
import type { EventFilter } from '../../filters/types';
import type { ArticleDetail, EventQuery, FacetCount, Facets, StoredEvent } from '../types';
import { type Conditions, type Dimension, filterConditions, whereClause } from './filter-sql';
import { EVENT_COLUMNS, type EventRow, type TimexRow, toStoredEvent, toTimex } from './rows';

export const DEFAULT_LIMIT = 500;
export const MAX_LIMIT = 10_000;

interface ArticleRow {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  text: string;
}

export class EventReader {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  listEvents(query: EventQuery): { events: StoredEvent[]; total: number } {
    const conditions = filterConditions(query.filter, query.salientOnly ?? true);
    const where = whereClause(conditions);
    const limit = Math.min(Math.max(0, Math.trunc(query.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
    const offset = Math.max(0, Math.trunc(query.offset ?? 0));
    const rows = this.all<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id ${where.sql}
       ORDER BY e.start_date IS NULL, e.start_date, e.end_date, e.id LIMIT ? OFFSET ?`,
      [...where.params, limit, offset],
    );
    const total = this.one<number>(`SELECT COUNT(*) FROM events e ${where.sql}`, where.params);
    return { events: this.withPlacesAndTopics(rows), total };
  }

  facets(filter: EventFilter, salientOnly: boolean): Facets {
    const conditions = filterConditions(filter, salientOnly);
    const place = this.matching(conditions, 'place');
    const topic = this.matching(conditions, 'topic');
    const where = whereClause(conditions);
    return {
      regions: this.counts(`SELECT ca.region AS key, COUNT(DISTINCT ec.event_id) AS count FROM event_countries ec
        JOIN temp.country_areas ca ON ca.country = ec.country WHERE ec.event_id IN (${place.sql}) GROUP BY ca.region`, place.params),
      subregions: this.counts(`SELECT ca.subregion AS key, COUNT(DISTINCT ec.event_id) AS count FROM event_countries ec
        JOIN temp.country_areas ca ON ca.country = ec.country WHERE ec.event_id IN (${place.sql}) GROUP BY ca.subregion`, place.params),
      countries: this.counts(`SELECT ec.country AS key, COUNT(*) AS count FROM event_countries ec
        WHERE ec.event_id IN (${place.sql}) GROUP BY ec.country`, place.params),
      topics: this.counts(`SELECT et.topic AS key, COUNT(*) AS count FROM event_topics et
        WHERE et.event_id IN (${topic.sql}) GROUP BY et.topic`, topic.params),
      total: this.one<number>(`SELECT COUNT(*) FROM events e ${where.sql}`, where.params),
    };
  }

  getArticle(id: string): ArticleDetail | null {
    const [article] = this.all<ArticleRow>('SELECT id, title, published, source, url, text FROM articles WHERE id = ?', [id]);
    if (!article) return null;
    const timexes = this.all<TimexRow>(
      `SELECT text, start_offset, end_offset, type, value, mod, interval_start, interval_end, precision, unresolved
       FROM timexes WHERE article_id = ? ORDER BY start_offset, ordinal`,
      [id],
    ).map(toTimex);
    const events = this.all<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.article_id = ? ORDER BY e.ordinal`,
      [id],
    );
    return {
      ...article,
      countries: this.column('SELECT country FROM article_countries WHERE article_id = ? ORDER BY ordinal', [id]),
      topics: this.column('SELECT topic FROM article_topics WHERE article_id = ? ORDER BY ordinal', [id]),
      timexes,
      events: this.withPlacesAndTopics(events),
    };
  }

  countArticles(): number {
    return this.one<number>('SELECT COUNT(*) FROM articles', []);
  }

  /** Ids of events under every filter dimension but `except`, as a sub-select. */
  private matching(conditions: Conditions, except: Dimension): { sql: string; params: unknown[] } {
    const where = whereClause(conditions, except);
    return { sql: `SELECT e.id FROM events e ${where.sql}`, params: where.params };
  }

  private withPlacesAndTopics(rows: EventRow[]): StoredEvent[] {
    if (rows.length === 0) return [];
    const ids = JSON.stringify(rows.map((row) => row.id));
    const countries = this.grouped('SELECT event_id AS id, country AS value FROM event_countries WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, ordinal', ids);
    const topics = this.grouped('SELECT event_id AS id, topic AS value FROM event_topics WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, ordinal', ids);
    return rows.map((row) => toStoredEvent(row, countries.get(row.id) ?? [], topics.get(row.id) ?? []));
  }

  private grouped(sql: string, ids: string): Map<number, string[]> {
    const groups = new Map<number, string[]>();
    for (const { id, value } of this.all<{ id: number; value: string }>(sql, [ids])) {
      const group = groups.get(id);
      if (group) group.push(value);
      else groups.set(id, [value]);
    }
    return groups;
  }

  private counts(sql: string, params: unknown[]): FacetCount[] {
    return this.all<FacetCount>(`${sql} ORDER BY count DESC, key`, params);
  }

  private all<T>(sql: string, params: unknown[]): T[] {
    return this.prepared(sql).pluck(false).all(...params) as T[];
  }

  private column(sql: string, params: unknown[]): string[] {
    return this.prepared(sql).pluck(true).all(...params) as string[];
  }

  private one<T>(sql: string, params: unknown[]): T {
    return this.prepared(sql).pluck(true).get(...params) as T;
  }

  private prepared(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
