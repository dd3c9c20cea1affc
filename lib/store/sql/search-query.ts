// Turns what a user typed into a safe search query, read the same by FTS5 MATCH and by PostgreSQL's
// websearch_to_tsquery: only words survive, each inside double quotes, so no operator, column filter or
// syntax error can come from user input. "Quoted words" stay one phrase;
// everything else must all appear (AND).
const WORD = /[\p{L}\p{N}]+/gu;
const QUOTED_OR_BARE = /"([^"]*)"?|([^"]+)/g;
/** Enough for any real search; bounds the work a pasted page of text can cause. */
export const MAX_TERMS = 32;

/** The search expression for `input`, or null when it holds no searchable word. */
export function toSearchQuery(input: string): string | null {
  const parts: string[] = [];
  for (const match of input.matchAll(QUOTED_OR_BARE)) {
    const words = (match[1] ?? match[2] ?? '').match(WORD) ?? [];
    if (words.length === 0) continue;
    if (match[1] !== undefined) parts.push(`"${words.join(' ')}"`);
    else parts.push(...words.map((word) => `"${word}"`));
  }
  return parts.length > 0 ? parts.slice(0, MAX_TERMS).join(' ') : null;
}
