// One event per happening, decided as events are stored: each new event is compared (lib/nlp/merge) with the
// stored events of other articles that can be the same happening, and joins the group it matches entirely. The
// group's representative (what lists, density and exports show) is its most precisely dated report: a new report
// of a day joining a happening known by its month becomes the representative, and the others point at it.
// Candidates are found by merge keys: a date (a day, week or month) with a pair of the event's participants or
// happening words, so a busy day's thousands of events are never all compared; a named happening ("launched the
// iTunes Music Store") also by its verb and name at its year. Shared by both databases: the keys and the words
// here, the decision in decide-merges.ts; each store runs the SQL.
import { isoDayFromNumber, isoDayNumber } from '../filters/dates';
import { mergeableDate } from '../nlp/merge/dates';
import { NAMED_HAPPENING_PRECISIONS } from '../nlp/merge/rules';
import { eventWords, type EventWords, type MergeCandidate, type PreparedEvent } from '../nlp/merge/index';
import type { DateInterval, ExtractedEvent } from '../nlp/types';

/** At most this many stored events are compared with one new event (misses, not errors). */
export const MAX_MERGE_CANDIDATES = 100;
/** Words of an event that make its keys: its participants first, then its happening verbs, then other words. */
const KEY_TERMS = 5;

/**
 * The keys a new event is stored under (`emit`) and looks for (`look`): every pair of its key terms at its date.
 * A day looks for the week and month holding it too; a week or month for each of its days. Every merge rule asks
 * for two participants or several words in common, so two reports of one happening share a key (unless their
 * shared words are beyond each one's first KEY_TERMS).
 */
export function mergeKeys(date: DateInterval, words: EventWords): { emit: string[]; look: string[] } {
  // A named happening merges down to a year: filed under its verb and name at its year, whatever its precision.
  const named = [...new Set(words.named.map((n) => `n|${date.start.slice(0, 4)}|${n.key}`))];
  if (!mergeableDate(date)) return { emit: named, look: named };
  const terms = [...new Set([...[...words.heads].map((h) => h.toLowerCase()), ...words.verbs, ...words.stems])].slice(0, KEY_TERMS).sort();
  const pairs = terms.flatMap((a, i) => terms.slice(i + 1).map((b) => `${a}|${b}`));
  const at = (level: string, when: string) => pairs.map((pair) => `${level}|${when}|${pair}`);
  const first = isoDayNumber(date.start)!;
  if (date.precision === 'day') {
    const monday = isoDayFromNumber(first - ((first + 3) % 7));
    return { emit: [...at('d', date.start), ...named], look: [...at('d', date.start), ...at('w', monday), ...at('m', date.start.slice(0, 7)), ...named] };
  }
  const days: string[] = [];
  for (let day = first, last = isoDayNumber(date.end)!; day <= last; day += 1) days.push(...at('d', isoDayFromNumber(day)));
  const own = date.precision === 'week' ? at('w', date.start) : at('m', date.start.slice(0, 7));
  return { emit: [...own, ...named], look: [...own, ...days, ...named] };
}

/** What merging reads of a new event. */
export type MergedFields = Pick<ExtractedEvent, 'evidence' | 'start' | 'end' | 'precision' | 'salient'> & { timex: Pick<ExtractedEvent['timex'], 'text'> };

/** A new event as written: its id, and the countries and topics stored with it. */
export interface WrittenEvent {
  id: number;
  articleId: string;
  event: MergedFields;
  countries: readonly string[];
  topics: readonly string[];
}

/** A stored event near a new one (or a member of its group), with the representative of its group. */
export interface NearRow {
  id: number;
  article_id: string;
  start_date: string | null;
  end_date: string | null;
  precision: ExtractedEvent['precision'];
  rep: number;
}

/** What the words of a stored event are read from. */
export interface EvidenceRow {
  id: number;
  evidence: string;
  timex_text: string;
}

/** The columns of an EvidenceRow. */
export const EVIDENCE_COLUMNS = 'id, evidence, timex_text';

/**
 * The words of stored events, read once per event (evidence never changes) and kept for the next articles, which
 * mostly report the same days. One per store (event ids are unique only within a database). Dropped whole when
 * full: a cache, not a copy of the table.
 */
export class WordCache {
  private readonly words = new Map<number, EventWords>();

  constructor(private readonly size = 5_000) {}

  /** Of these rows, the ids whose evidence must be read (after makeRoom). */
  missing(rows: readonly NearRow[]): number[] {
    return [...new Set(rows.filter((row) => !this.words.has(row.id)).map((row) => row.id))];
  }

  /** Forgets everything: after a rolled-back write, whose event ids SQLite hands out again. */
  clear(): void {
    this.words.clear();
  }

  /** Room for `count` more: called before looking up which are missing, so none read for one comparison is dropped. */
  makeRoom(count: number): void {
    if (this.words.size + count > this.size) this.words.clear();
  }

  /** Reads the words of events from their evidence and the text of the temporal expression dating them. */
  add(rows: readonly EvidenceRow[]): void {
    for (const row of rows) this.words.set(row.id, eventWords(row.evidence, row.timex_text));
  }

  /** The row as the rules read it; `evidence` only where the reasons quote it (the new event's). */
  prepared(row: NearRow, countries: readonly string[] = [], evidence = ''): PreparedEvent {
    const words = this.words.get(row.id);
    if (!words) throw new Error(`merge: the words of event ${row.id} were not read`);
    const candidate: MergeCandidate = {
      id: String(row.id), articleId: row.article_id, summary: '', evidence, start: row.start_date, end: row.end_date,
      precision: row.precision, countries,
    };
    return { ...words, candidate };
  }
}

/** A new event that can merge: as the rules read it, with its merge keys; its words are kept for the next articles. */
export function newCandidate({ id, articleId, event, countries }: WrittenEvent, words: WordCache): { event: PreparedEvent; keys: { emit: string[]; look: string[] } } | null {
  const date = mergeableDate(event, NAMED_HAPPENING_PRECISIONS);
  if (!date) return null;
  words.add([{ id, evidence: event.evidence, timex_text: event.timex.text }]);
  const prepared = words.prepared({ id, article_id: articleId, start_date: event.start, end_date: event.end, precision: event.precision, rep: id },
    countries, event.evidence);
  const keys = mergeKeys(date, prepared);
  // A year with no named happening has no key: it merges with nothing.
  return keys.look.length > 0 ? { event: prepared, keys } : null;
}
