// The SQLite Store: one better-sqlite3 connection in WAL mode, migrated on open.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { EventFilter } from '../../filters/types';
import type { ArticleAnalysis } from '../../nlp/types';
import { SQLITE_MIGRATIONS } from '../migrations/sqlite';
import type { ArticleDetail, ArticleRecord, EventQuery, Facets, PutResult, StoredEvent, Store } from '../types';
import { loadCountryAreas } from './areas';
import { migrate } from './migrate';
import { EventReader } from './read';
import { ArticleWriter } from './write';

export class SqliteStore implements Store {
  private readonly writer: ArticleWriter;
  private readonly reader: EventReader;

  private constructor(private readonly db: Database.Database) {
    this.writer = new ArticleWriter(db);
    this.reader = new EventReader(db);
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
    return this.writer.putArticle(article, analysis);
  }

  async findStored(article: ArticleRecord): Promise<string | null> {
    return this.writer.findStored(article);
  }

  async listEvents(query: EventQuery): Promise<{ events: StoredEvent[]; total: number }> {
    return this.reader.listEvents(query);
  }

  async facets(filter: EventFilter, salientOnly = true): Promise<Facets> {
    return this.reader.facets(filter, salientOnly);
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    return this.reader.getArticle(id);
  }

  async countArticles(): Promise<number> {
    return this.reader.countArticles();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
