// Deciding a batch's merges, one piece of code for both databases. The store reads the batch's neighbourhood
// into a MergeView with its own SQL (the events filed under the keys the batch looks for, every member of their
// groups, their words, places and topics); decideMerges decides each new event in order against the view; the
// store writes the view's changes back with its own SQL.
import { finerDate } from '../nlp/merge/dates';
import { joinGroup, mayBeSameHappening, type MergeReasons, type PreparedEvent } from '../nlp/merge/index';
import { type NearRow, newCandidate, type WordCache, type WrittenEvent } from './merge-on-write';
import type { MergeView, ViewRow } from './merge-view';

/** A new event of a batch: as written, as the view holds it, and as the rules read it (null when it cannot merge). */
export interface BatchEvent {
  written: WrittenEvent;
  own: ViewRow;
  found: ReturnType<typeof newCandidate>;
}

/** The batch's events as merging reads them (their words are kept), and every key they look for. */
export function prepareBatch(events: readonly WrittenEvent[], words: WordCache): { batch: BatchEvent[]; keys: string[] } {
  words.makeRoom(events.length);
  const batch = events.map((written) => {
    const { id, articleId, event } = written;
    const own: ViewRow = { id, article_id: articleId, start_date: event.start, end_date: event.end, precision: event.precision, rep: id, salient: event.salient };
    return { written, own, found: newCandidate(written, words) };
  });
  return { batch, keys: [...new Set(batch.flatMap(({ found }) => found?.keys.look ?? []))] };
}

/**
 * Decides the batch's events in order, in the view: each joins the group it matches entirely (or none), and is
 * filed under its keys for the events after it.
 */
export function decideMerges(view: MergeView, batch: readonly BatchEvent[], words: WordCache): void {
  for (const { written, own, found } of batch) {
    view.addRows([own]);
    if (!found) continue;
    const near = view.near(found.keys.look, written.articleId);
    const reps = near.length > 0 ? promisingGroups(found.event, near, words) : [];
    const members = view.members(reps);
    const countries = new Map(members.map((row) => [row.id, view.countries.values(row.id)]));
    const choice = reps.length > 0 ? chooseRepresentative(found.event, members, reps, countries, words) : null;
    if (choice?.replaces) view.replace(own, choice.rep, choice.reasons);
    else if (choice) view.point(own, choice.rep, choice.reasons, written.countries, written.topics);
    view.file(written.id, found.keys.emit);
  }
}

/** Representatives of the groups worth a full comparison: a member shares a date and words with the new event. */
function promisingGroups(event: PreparedEvent, rows: readonly NearRow[], words: WordCache): number[] {
  return [...new Set(rows.filter((row) => mayBeSameHappening(event, words.prepared(row))).map((row) => row.rep))];
}

/**
 * The representative a new event merges into, with the reasons, or null. `rows` hold every member of the groups
 * of `reps`, `countries` their places; the event must match each member of the group it joins.
 */
function chooseRepresentative(event: PreparedEvent, rows: readonly NearRow[], reps: readonly number[],
  countries: ReadonlyMap<number, string[]>, words: WordCache): { rep: number; reasons: MergeReasons; replaces: boolean } | null {
  const groups = reps.map((rep) => rows.filter((row) => row.rep === rep)
    // The representative first: the reasons given are those of the match with it.
    .sort((a, b) => Number(b.id === rep) - Number(a.id === rep))
    .map((row) => words.prepared(row, countries.get(row.id) ?? [])));
  const choice = joinGroup(event, groups);
  if (!choice) return null;
  const rep = reps[choice.group];
  const current = rows.find((row) => row.id === rep)!;
  // `replaces`: the new event is dated more precisely than the representative and takes its place.
  return { rep, reasons: choice.reasons, replaces: finerDate(event.candidate, { start: current.start_date, end: current.end_date, precision: current.precision }) };
}
