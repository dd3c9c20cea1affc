// One event per happening, decided as events are stored: each new event is compared (lib/nlp/merge) with the
// stored events of other articles whose dates can be the same happening, and joins the group it matches entirely.
// Shared by both databases: which rows to look at (a date window) and the decision; each store runs the SQL.
import { isoDayFromNumber, isoDayNumber } from '../filters/dates';
import { mergeableDate } from '../nlp/merge/dates';
import { joinGroup, prepareEvent, type MergeCandidate, type MergeReasons, type PreparedEvent } from '../nlp/merge/index';
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

/** A stored event near a new one, with the representative of its group (itself when it stands alone). */
export interface CandidateRow {
  id: number;
  article_id: string;
  evidence: string;
  start_date: string | null;
  end_date: string | null;
  precision: ExtractedEvent['precision'];
  rep: number;
  countries: string[];
}

/** Word sets of stored events, computed once per event (an event's evidence never changes). */
export class PreparedCache {
  private readonly prepared = new Map<number, PreparedEvent>();

  constructor(private readonly size = 20_000) {}

  get(row: CandidateRow): PreparedEvent {
    const candidate = toCandidate(row);
    const hit = this.prepared.get(row.id);
    // Countries are not cached: a representative gains those of the events merged into it.
    if (hit) return { ...hit, candidate };
    if (this.prepared.size >= this.size) this.prepared.clear();
    const fresh = prepareEvent(candidate);
    this.prepared.set(row.id, fresh);
    return fresh;
  }
}

function toCandidate(row: CandidateRow): MergeCandidate {
  return {
    id: String(row.id), articleId: row.article_id, summary: '', evidence: row.evidence, start: row.start_date,
    end: row.end_date, precision: row.precision, countries: row.countries,
  };
}

/**
 * The representative a new event merges into, with the reasons, or null. `rows` are the stored events near it and
 * every member of their groups; the event must match each member of the group it joins.
 */
export function chooseRepresentative(event: MergeCandidate, rows: readonly CandidateRow[], cache: PreparedCache): { rep: number; reasons: MergeReasons } | null {
  const groups = new Map<number, PreparedEvent[]>();
  // The representative first in its group: the reasons given are those of the match with it.
  for (const row of [...rows].sort((a, b) => Number(b.id === b.rep) - Number(a.id === a.rep))) {
    const group = groups.get(row.rep);
    if (group) group.push(cache.get(row));
    else groups.set(row.rep, [cache.get(row)]);
  }
  const reps = [...groups.keys()];
  const choice = joinGroup(prepareEvent(event), reps.map((rep) => groups.get(rep)!));
  return choice && { rep: reps[choice.group], reasons: choice.reasons };
}
