// The SQLite Store: one better-sqlite3 connection in WAL mode, migrated on open.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { EventFilter } from '../../filters/types';
import type { ArticleAnalysis } from '../../nlp/types';
import { SQLITE_MIGRATIONS } from '../migrations/sqlite';
import type { AnalysedArticle, ArticleDetail, ArticleRecord, BatchPutResult, DensityBucket, DensityRange, EventQuery, EventWithSources, Facets, PutResult, StoredEvent, Store } from '../types';
import { loadCountryAreas } from './areas';
import { migrate } from './migrate';
import { SQLITE_DIALECT } from '../sql/dialect';
import { DEFAULT_LIMIT, EventReader, MAX_LIMIT } from '../sql/read';
import { AnswerCache } from '../answer-cache';
import { EventIndex } from './event-index';
import { SqliteExecutor } from './executor';
import { ArticleWriter } from './write';

export class SqliteStore implements Store {
  private readonly writer: ArticleWriter;
  private readonly reader: EventReader;
  private readonly index: EventIndex;
  private readonly answers = new AnswerCache();

  private constructor(private readonly db: Database.Database) {
    this.writer = new ArticleWriter(db);
    this.reader = new EventReader(new SqliteExecutor(db), SQLITE_DIALECT);
    this.index = new EventIndex(db);
  }

  /** Opens (creating the file and its directory when missing) and migrates the database at `file`. */
  static open(file: string): SqliteStore {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      migrate(db, SQLITE_MIGRATIONS);
      loadCountryAreas(db);
      return new SqliteStore(db);
    } catch (error) {
      db.close();
      throw new Error(`cannot open the database ${file}: ${(error as Error).message}`, { cause: error });
    }
  }

  async putArticle(article: ArticleRecord, analysis: ArticleAnalysis): Promise<PutResult> {
    this.index.markDirty();
    return this.writer.putArticle(article, analysis);
  }

  async putArticles(items: readonly AnalysedArticle[]): Promise<BatchPutResult[]> {
    this.index.markDirty();
    return this.writer.putArticles(items);
  }

  async findStored(article: ArticleRecord): Promise<string | null> {
    return this.writer.findStored(article);
  }

  /** Filtering and ordering by the in-memory index; only the page itself is read from the tables. */
  async listEvents(query: EventQuery): Promise<{ events: StoredEvent[]; total: number }> {
    const limit = Math.min(Math.max(0, Math.trunc(query.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
    const offset = Math.max(0, Math.trunc(query.offset ?? 0));
    const salientOnly = query.salientOnly ?? true;
    return this.answers.remember(['events', query.filter, salientOnly, limit, offset], this.index.version(), async () => {
      const { ids, total } = this.index.list(query.filter, salientOnly, limit, offset);
      return { events: await this.reader.eventsByIds(ids), total };
    });
  }

  async facets(filter: EventFilter, salientOnly = true): Promise<Facets> {
    return this.answers.remember(['facets', filter, salientOnly], this.index.version(), async () => this.index.facets(filter, salientOnly));
  }

  async density(filter: EventFilter, range: DensityRange, salientOnly = true): Promise<DensityBucket[]> {
    return this.answers.remember(['density', filter, range, salientOnly], this.index.version(), () =>
      this.reader.density(filter, range, salientOnly));
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    return this.reader.getArticle(id);
  }

  getEvent(id: number): Promise<EventWithSources | null> {
    return this.reader.eventWithSources(id);
  }

  async countArticles(): Promise<number> {
    return this.reader.countArticles();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
