/** One schema step. Each dialect keeps its own ordered list; versions never change once released. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
