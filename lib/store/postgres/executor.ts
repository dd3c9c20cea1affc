// Read queries on a pg Pool. The shared SQL uses `?` placeholders; PostgreSQL numbers them ($1, $2, ...).
import type pg from 'pg';
import type { Executor } from '../sql/dialect';

/** `?` -> `$1`, `$2`, ... in order. The shared SQL never holds a literal question mark. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export class PgExecutor implements Executor {
  private readonly texts = new Map<string, string>();

  constructor(private readonly pool: pg.Pool, private readonly ready: () => Promise<void>) {}

  async all<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    await this.ready();
    let text = this.texts.get(sql);
    if (text === undefined) {
      text = numberPlaceholders(sql);
      this.texts.set(sql, text);
    }
    const result = await this.pool.query({ text, values: params as unknown[] });
    return result.rows as T[];
  }
}
