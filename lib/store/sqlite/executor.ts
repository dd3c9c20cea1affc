// Read queries on a better-sqlite3 connection, each SQL text prepared once.
import type Database from 'better-sqlite3';
import type { Executor } from '../sql/dialect';

export class SqliteExecutor implements Executor {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  async all<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement.all(...params) as T[];
  }
}
