// Coordinated clauses of a sentence, so that each date heads the clause it governs: "He started Apple in 1976,
// and in 1984 the first Macintosh was released" -> "He started Apple" (1976), "The first Macintosh was
// released" (1984).
import type { Span } from './frames';

// A clause boundary: a semicolon, or a comma with a coordinating conjunction.
const BOUNDARY = /;\s+|,\s+(?:and|but|while|whereas)\s+/g;
// A clause of its own starts with its subject (a name, a determiner or a pronoun), maybe after a date phrase
// ("in 1984 the first Macintosh"); a shared subject ("..., and took six months off") makes no clause.
const OWN_SUBJECT =
  /^(?:(?:(?:in|on|at|by|last|next|this|early|late)\s+[\p{L}\d'’-]+(?:\s+\d{1,4})?|yesterday|today),?\s+)?(?:\p{Lu}|(?:the|a|an|he|she|it|they|we|its|his|her|their|this|these|those)\s)/u;

/** A comma-separated item this short before ", and" makes a list. */
const LIST_ITEM_WORDS = 2;

/** The coordinated clauses of a sentence (offsets relative to it); the whole sentence when it has one. */
export function coordinatedClauses(sentence: string): Span[] {
  const clauses: Span[] = [];
  let start = 0;
  for (const m of sentence.matchAll(BOUNDARY)) {
    const next = m.index + m[0].length;
    // "iPhoto, iMovie, and GarageBand": the last item of a list, not a clause.
    const item = sentence.slice(0, m.index).split(',').at(-1)!.trim().split(/\s+/).length;
    if (!OWN_SUBJECT.test(sentence.slice(next)) || item <= LIST_ITEM_WORDS) continue;
    clauses.push({ start, end: m.index });
    start = next;
  }
  clauses.push({ start, end: sentence.length });
  return clauses;
}
