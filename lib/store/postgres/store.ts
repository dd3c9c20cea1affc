// The PostgreSQL Store: a pg Pool, migrated once before the first query. Opening is synchronous (getStore()
// stays sync); the connection and migrations happen on first use and every method waits for them.
import pg from 'pg';
import type { EventFilter } from '../../filters/types';
import type { ArticleAnalysis } from '../../nlp/types';
import { POSTGRES_MIGRATIONS } from '../migrations/postgres';
import { POSTGRES_DIALECT } from '../sql/dialect';
import { EventReader } from '../sql/read';
import { AnswerCache } from '../answer-cache';
import type { AnalysedArticle, ArticleDetail, ArticleRecord, BatchPutResult, DensityBucket, DensityRange, EventQuery, EventWithSources, Facets, PutResult, StoredEvent, Store } from '../types';
import { loadCountryAreas } from './areas';
import { PgExecutor } from './executor';
import { SCHEMA_LOCK, migrate } from './migrate';
import { WordCache } from '../merge-on-write';
import { mergePending } from './merge';
import { findStored, putArticle } from './write';

const INT8 = 20;

export interface PgStoreOptions {
  /** Schema to use (created when missing); default: the server's search_path (public). */
  schema?: string;
  /** Connections in the pool. */
  max?: number;
}

export class PgStore implements Store {
  private readonly reader: EventReader;
  private readonly answers = new AnswerCache();
  private readonly words = new WordCache();
  private readyPromise: Promise<void> | null = null;

  private constructor(readonly pool: pg.Pool, private readonly schema: string | undefined) {
    this.reader = new EventReader(new PgExecutor(pool, () => this.ready()), POSTGRES_DIALECT);
  }

  static open(url: string, options: PgStoreOptions = {}): PgStore {
    const { schema } = options;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
    const pool = new pg.Pool({
      connectionString: url,
      max: options.max ?? 10,
      options: schema ? `-c search_path=${schema}` : undefined,
      // Counts and event ids are int8; they stay far below 2^53, so numbers, as SQLite returns them.
      types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8 ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser },
    });
    // An idle client's error (server restart) must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    return new PgStore(pool, schema);
  }

  /** Connects, creates the schema, migrates, loads the country roll-up and merges what a writer that died left queued, once. */
  ready(): Promise<void> {
    this.readyPromise ??= this.prepare().catch((error: Error) => {
      this.readyPromise = null;
      throw new Error(`cannot open the PostgreSQL database: ${error.message}`, { cause: error });
    });
    return this.readyPromise;
  }

  private async prepare(): Promise<void> {
    const client = await this.pool.connect();
    try {
      // One instance at a time, from creating the schema on: CREATE SCHEMA IF NOT EXISTS itself races.
      await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
      if (this.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await migrate(client, POSTGRES_MIGRATIONS);
      await loadCountryAreas(client);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]).catch(() => undefined);
      client.release();
    }
    await mergePending(this.pool, this.words);
  }

  async putArticle(article: ArticleRecord, analysis: ArticleAnalysis): Promise<PutResult> {
    await this.ready();
    const result = await putArticle(this.pool, article, analysis);
    await mergePending(this.pool, this.words);
    return result;
  }

  /** One transaction per article: PostgreSQL commits are cheap next to the round trips, and articles of a
   *  batch are written on several connections at once. Then their events are merged, in one transaction. A
   *  merge that fails throws (the articles stay stored and queued: the next write or start merges them). */
  async putArticles(items: readonly AnalysedArticle[]): Promise<BatchPutResult[]> {
    await this.ready();
    const results = await Promise.all(items.map(({ article, analysis }) => putArticle(this.pool, article, analysis)
      .catch((error: Error): BatchPutResult => ({ status: 'failed', message: error.message }))));
    await mergePending(this.pool, this.words);
    return results;
  }

  async findStored(article: ArticleRecord): Promise<string | null> {
    await this.ready();
    return findStored(this.pool, article);
  }

  async listEvents(query: EventQuery): Promise<{ events: StoredEvent[]; total: number }> {
    return this.answers.remember(['events', query], await this.version(), () => this.reader.listEvents(query));
  }

  async facets(filter: EventFilter, salientOnly = true): Promise<Facets> {
    return this.answers.remember(['facets', filter, salientOnly], await this.version(), () => this.reader.facets(filter, salientOnly));
  }

  /** Which state of the data this database is in: the change counter every write bumps as it commits. */
  private async version(): Promise<number> {
    await this.ready();
    const { rows } = await this.pool.query<{ changes: number }>('SELECT changes FROM store_version');
    return rows[0].changes;
  }

  async density(filter: EventFilter, range: DensityRange, salientOnly = true): Promise<DensityBucket[]> {
    return this.answers.remember(['density', filter, range, salientOnly], await this.version(), () =>
      this.reader.density(filter, range, salientOnly));
  }

  getArticle(id: string): Promise<ArticleDetail | null> {
    return this.reader.getArticle(id);
  }

  getEvent(id: number): Promise<EventWithSources | null> {
    return this.reader.eventWithSources(id);
  }

  countArticles(): Promise<number> {
    return this.reader.countArticles();
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}
