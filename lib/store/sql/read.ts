// Queries shared by both databases: events under a filter, facet counts, one article with everything found
// in it. The SQL is written once with `?` placeholders; the Dialect supplies lists and search.
import type { EventFilter } from '../../filters/types';
import type { ArticleDetail, DensityBucket, DensityRange, EventQuery, EventWithSources, FacetCount, Facets, StoredEvent } from '../types';
import { queryDensity } from './density';
import type { Dialect, Executor } from './dialect';
import { type Conditions, type Dimension, filterConditions, whereClause } from './filter';
import { EVENT_COLUMNS, type EventRow, type TimexRow, toEventSource, toStoredEvent, toTimex } from './rows';

export const DEFAULT_LIMIT = 500;
export const MAX_LIMIT = 10_000;

interface ArticleRow {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  language: string | null;
  text: string;
}

export class EventReader {
  constructor(private readonly sql: Executor, private readonly dialect: Dialect) {}

  async listEvents(query: EventQuery): Promise<{ events: StoredEvent[]; total: number }> {
    const conditions = filterConditions(query.filter, query.salientOnly ?? true, this.dialect);
    const where = whereClause(conditions);
    const limit = Math.min(Math.max(0, Math.trunc(query.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
    const offset = Math.max(0, Math.trunc(query.offset ?? 0));
    const [rows, total] = await Promise.all([
      this.sql.all<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id ${where.sql}
         ORDER BY e.start_date IS NULL, e.start_order, e.end_order, e.id LIMIT ? OFFSET ?`,
        [...where.params, limit, offset],
      ),
      this.one<number>(`SELECT COUNT(*) AS n FROM events e ${where.sql}`, where.params),
    ]);
    return { events: await this.withPlacesAndTopics(rows), total };
  }

  async facets(filter: EventFilter, salientOnly: boolean): Promise<Facets> {
    const conditions = filterConditions(filter, salientOnly, this.dialect);
    const place = this.matching(conditions, 'place');
    const topic = this.matching(conditions, 'topic');
    const where = whereClause(conditions);
    const source = this.matching(conditions, 'source');
    const precision = this.matching(conditions, 'precision');
    const [regions, subregions, countries, topics, sources, precisions, total] = await Promise.all([
      this.counts(`SELECT ca.region AS key, COUNT(DISTINCT ec.event_id) AS count FROM event_countries ec
        JOIN country_areas ca ON ca.country = ec.country WHERE ec.event_id IN (${place.sql}) GROUP BY ca.region`, place.params),
      this.counts(`SELECT ca.subregion AS key, COUNT(DISTINCT ec.event_id) AS count FROM event_countries ec
        JOIN country_areas ca ON ca.country = ec.country WHERE ec.event_id IN (${place.sql}) GROUP BY ca.subregion`, place.params),
      this.counts(`SELECT ec.country AS key, COUNT(*) AS count FROM event_countries ec
        WHERE ec.event_id IN (${place.sql}) GROUP BY ec.country`, place.params),
      this.counts(`SELECT et.topic AS key, COUNT(*) AS count FROM event_topics et
        WHERE et.event_id IN (${topic.sql}) GROUP BY et.topic`, topic.params),
      // A happening counts once under each source that reports it (its own article's and its merged reports').
      // Two semi-joins rather than one OR of IN lists: PostgreSQL cannot hash an OR of subqueries over a million ids.
      this.counts(`SELECT key, COUNT(*) AS count FROM (
          SELECT a.source AS key, r.rep FROM (
            SELECT e.id AS rep, e.article_id FROM events e WHERE e.id IN (${source.sql})
            UNION ALL
            SELECT m.merged_into AS rep, m.article_id FROM events m WHERE m.merged_into IN (${source.sql})
          ) r JOIN articles a ON a.id = r.article_id WHERE a.source IS NOT NULL GROUP BY a.source, r.rep
        ) reports GROUP BY key`,
        [...source.params, ...source.params]),
      this.counts(`SELECT e.precision AS key, COUNT(*) AS count FROM events e
        WHERE e.id IN (${precision.sql}) AND e.precision IS NOT NULL GROUP BY e.precision`, precision.params),
      this.one<number>(`SELECT COUNT(*) AS n FROM events e ${where.sql}`, where.params),
    ]);
    return { regions, subregions, countries, topics, sources, precisions, total };
  }

  density(filter: EventFilter, range: DensityRange, salientOnly: boolean): Promise<DensityBucket[]> {
    return queryDensity(this.sql, this.dialect, filter, range, salientOnly);
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    const [article] = await this.sql.all<ArticleRow>('SELECT id, title, published, source, url, language, text FROM articles WHERE id = ?', [id]);
    if (!article) return null;
    const [timexes, events, countries, topics] = await Promise.all([
      this.sql.all<TimexRow>(
        `SELECT text, start_offset, end_offset, type, value, mod, interval_start, interval_end, precision, unresolved
         FROM timexes WHERE article_id = ? ORDER BY start_offset, ordinal`,
        [id],
      ),
      this.sql.all<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.article_id = ? ORDER BY e.ordinal`,
        [id],
      ),
      this.column('SELECT country AS v FROM article_countries WHERE article_id = ? ORDER BY ordinal', [id]),
      this.column('SELECT topic AS v FROM article_topics WHERE article_id = ? ORDER BY ordinal', [id]),
    ]);
    return { ...article, countries, topics, timexes: timexes.map(toTimex), events: await this.withPlacesAndTopics(events) };
  }

  /** The events with these ids, in the order given (a page chosen by an index). */
  async eventsByIds(ids: readonly number[]): Promise<StoredEvent[]> {
    if (ids.length === 0) return [];
    const rows = await this.sql.all<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE ${this.dialect.inList('e.id', 'integer')}`,
      [this.dialect.listParam(ids)],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return this.withPlacesAndTopics(ids.flatMap((id) => byId.get(id) ?? []));
  }

  /** The event standing for the happening `id` belongs to, with every report of it: its own first, then by publication. */
  async eventWithSources(id: number): Promise<EventWithSources | null> {
    const [found] = await this.sql.all<{ rep: number }>('SELECT COALESCE(merged_into, id) AS rep FROM events WHERE id = ?', [id]);
    if (!found) return null;
    const [event] = await this.eventsByIds([found.rep]);
    const rows = await this.sql.all<EventRow & { merge_reasons: string | null }>(
      `SELECT ${EVENT_COLUMNS}, e.merge_reasons FROM events e JOIN articles a ON a.id = e.article_id
       WHERE e.id = ? OR e.merged_into = ? ORDER BY e.merged_into IS NOT NULL, a.published, e.id`,
      [found.rep, found.rep],
    );
    return { ...event, sources: rows.map((row) => toEventSource(row, row.merge_reasons)) };
  }

  countArticles(): Promise<number> {
    return this.one<number>('SELECT COUNT(*) AS n FROM articles', []);
  }

  /** Ids of events under every filter dimension but `except`, as a sub-select. */
  private matching(conditions: Conditions, except: Dimension): { sql: string; params: unknown[] } {
    const where = whereClause(conditions, except);
    return { sql: `SELECT e.id FROM events e ${where.sql}`, params: where.params };
  }

  private async withPlacesAndTopics(rows: EventRow[]): Promise<StoredEvent[]> {
    if (rows.length === 0) return [];
    const ids = this.dialect.listParam(rows.map((row) => row.id));
    const inIds = this.dialect.inList('event_id', 'integer');
    const [countries, topics, merged] = await Promise.all([
      this.grouped(`SELECT event_id AS id, country AS value FROM event_countries WHERE ${inIds} ORDER BY event_id, ordinal`, ids),
      this.grouped(`SELECT event_id AS id, topic AS value FROM event_topics WHERE ${inIds} ORDER BY event_id, ordinal`, ids),
      this.sql.all<{ id: number; n: number }>(
        `SELECT merged_into AS id, COUNT(*) AS n FROM events WHERE ${this.dialect.inList('merged_into', 'integer')} GROUP BY merged_into`, [ids]),
    ]);
    const others = new Map(merged.map((row) => [row.id, Number(row.n)]));
    return rows.map((row) => toStoredEvent(row, countries.get(row.id) ?? [], topics.get(row.id) ?? [], 1 + (others.get(row.id) ?? 0)));
  }

  private async grouped(sql: string, ids: unknown): Promise<Map<number, string[]>> {
    const groups = new Map<number, string[]>();
    for (const { id, value } of await this.sql.all<{ id: number; value: string }>(sql, [ids])) {
      const group = groups.get(id);
      if (group) group.push(value);
      else groups.set(id, [value]);
    }
    return groups;
  }

  private counts(sql: string, params: unknown[]): Promise<FacetCount[]> {
    return this.sql.all<FacetCount>(`${sql} ORDER BY count DESC, key`, params);
  }

  private async column(sql: string, params: unknown[]): Promise<string[]> {
    return (await this.sql.all<{ v: string }>(sql, params)).map((row) => row.v);
  }

  private async one<T>(sql: string, params: unknown[]): Promise<T> {
    const [row] = await this.sql.all<{ n: T }>(sql, params);
    return row.n;
  }
}

/** The later, and the earlier, of two optional ISO dates (as day numbers, so signed years compare right). */
