// One event per happening, decided as events are stored: each new event is compared (lib/nlp/merge) with the
// stored events of other articles whose dates can be the same happening, and joins the group it matches entirely.
// Shared by both databases: which rows to look at (a date window) and the decision; each store runs the SQL.
import { isoDayFromNumber, isoDayNumber } from '../filters/dates';
import { mergeableDate } from '../nlp/merge/dates';
import {
  eventWords, type EventWords, joinGroup, mayBeSameHappening, type MergeCandidate, type MergeReasons, type PreparedEvent,
} from '../nlp/merge/index';
import type { DateInterval, ExtractedEvent } from '../nlp/types';

/** At most this many stored events are compared with one new event (a month holds many days; misses, not errors). */
export const MAX_MERGE_CANDIDATES = 200;
/** The longest mergeable interval, in days (a month): how far before a new day a holding week or month can start. */
const LONGEST_MERGEABLE_DAYS = 31;

/**
 * Where to look for a new event's happening: stored events inside its interval (`inside*`), and weeks and months
 * holding it (`holding*`: starting at most a month before it, ending at or after its end).
 */
export interface MergeWindow {
  insideFrom: string;
  insideTo: string;
  holdingFrom: string;
  holdingTo: string;
  holdingEnd: string;
}

export function mergeWindow(event: Pick<ExtractedEvent, 'start' | 'end' | 'precision'>): MergeWindow | null {
  const date = mergeableDate(event);
  if (!date) return null;
  const earliest = isoDayNumber(date.end)! - LONGEST_MERGEABLE_DAYS;
  return { insideFrom: date.start, insideTo: date.end, holdingFrom: isoDayFromNumber(earliest), holdingTo: date.start, holdingEnd: date.end };
}

/** Calendar months (year * 12 + month) an event's interval touches: two events that can merge share one. */
export function mergeMonths(date: DateInterval): number[] {
  const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
  const months: number[] = [];
  for (let m = month(date.start); m <= month(date.end); m += 1) months.push(m);
  return months;
}

/** A new event as written: its id, and the countries and topics stored with it. */
export interface WrittenEvent {
  id: number;
  articleId: string;
  event: ExtractedEvent;
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

/**
 * The words of stored events, read once per event (evidence never changes) and kept for the next articles, which
 * mostly report the same days. One per store (event ids are unique only within a database). Dropped whole when
 * full: a cache, not a copy of the table.
 */
export class WordCache {
  private readonly words = new Map<number, EventWords>();

  constructor(private readonly size = 5_000) {}

  /** Of these rows, the ids whose evidence must be read. */
  missing(rows: readonly NearRow[]): number[] {
    return [...new Set(rows.filter((row) => !this.words.has(row.id)).map((row) => row.id))];
  }

  /** Forgets everything: after a rolled-back write, whose event ids SQLite hands out again. */
  clear(): void {
    this.words.clear();
  }

  add(rows: ReadonlyArray<{ id: number; evidence: string }>): void {
    if (this.words.size + rows.length > this.size) this.words.clear();
    for (const row of rows) this.words.set(row.id, eventWords(row.evidence));
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

/** The new event to merge, as the rules read it; its words are kept for the articles that come next. */
export function newCandidate({ id, articleId, event, countries }: WrittenEvent, words: WordCache): PreparedEvent {
  words.add([{ id, evidence: event.evidence }]);
  return words.prepared({ id, article_id: articleId, start_date: event.start, end_date: event.end, precision: event.precision, rep: id },
    countries, event.evidence);
}

/** Representatives of the groups worth a full comparison: a member shares a date and words with the new event. */
export function promisingGroups(event: PreparedEvent, rows: readonly NearRow[], words: WordCache): number[] {
  return [...new Set(rows.filter((row) => mayBeSameHappening(event, words.prepared(row))).map((row) => row.rep))];
}

/**
 * The representative a new event merges into, with the reasons, or null. `rows` hold every member of the groups
 * of `reps`, `countries` their places; the event must match each member of the group it joins.
 */
export function chooseRepresentative(event: PreparedEvent, rows: readonly NearRow[], reps: readonly number[],
  countries: ReadonlyMap<number, string[]>, words: WordCache): { rep: number; reasons: MergeReasons } | null {
  const groups = reps.map((rep) => rows.filter((row) => row.rep === rep)
    // The representative first: the reasons given are those of the match with it.
    .sort((a, b) => Number(b.id === rep) - Number(a.id === rep))
    .map((row) => words.prepared(row, countries.get(row.id) ?? [])));
  const choice = joinGroup(event, groups);
  return choice && { rep: reps[choice.group], reasons: choice.reasons };
}
