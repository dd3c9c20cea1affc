// What differs between SQLite and PostgreSQL in the read queries: how a list travels as one parameter,
// and how full-text search is asked. Everything else is the same SQL text with `?` placeholders.

export interface Dialect {
  /** `expr` is one of the values in the list parameter `?`. */
  inList(expr: string, type: 'text' | 'integer'): string;
  /** The list as the one parameter `inList` expects. */
  listParam(values: readonly (string | number)[]): unknown;
  /** Condition on `events e`: the event, or one merged into it, matches the search parameter `?` (a toSearchQuery result). */
  eventMatches: string;
}

/** Runs a read query; rows as plain objects keyed by column name. */
export interface Executor {
  all<T>(sql: string, params: readonly unknown[]): Promise<T[]>;
}

export const SQLITE_DIALECT: Dialect = {
  // One JSON parameter keeps the SQL text, and so the prepared statement, the same for any list length.
  inList: (expr) => `${expr} IN (SELECT value FROM json_each(?))`,
  listParam: (values) => JSON.stringify(values),
  // A happening is found by the words of any of its reports.
  eventMatches: `e.id IN (SELECT COALESCE(m.merged_into, m.id) FROM events m
    WHERE m.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?))`,
};

export const POSTGRES_DIALECT: Dialect = {
  inList: (expr, type) => `${expr} = ANY(?::${type === 'text' ? 'text' : 'bigint'}[])`,
  listParam: (values) => values,
  // The search query is quoted words and phrases, which websearch_to_tsquery reads as AND-ed terms and
  // phrases (a quoted "or" is a word, never the operator); the english config stems like FTS5's porter.
  eventMatches: "e.id IN (SELECT COALESCE(m.merged_into, m.id) FROM events m WHERE m.search @@ websearch_to_tsquery('english', ?))",
};
