// What one merge knows of the stored happenings near a batch's new events, read by the store in a few queries,
// and the changes its decisions (decide-merges.ts) make, written back by the store. Each decision updates the
// view at once, so the batch's events are decided one after the other exactly as if each had been stored alone: a
// later event of the batch finds an earlier one by its keys and sees the groups as the earlier ones left them.
import type { MergeReasons } from '../nlp/merge/index';
import { MAX_MERGE_CANDIDATES, type NearRow } from './merge-on-write';

/** A stored or new event of the view, with what a merge can change. */
export interface ViewRow extends NearRow {
  salient: boolean;
}

/** An event's places or topics in their order, as the link tables hold them (value, ordinal). */
class Links {
  private readonly lists = new Map<number, Array<{ value: string; ordinal: number }>>();
  /** Rows to insert: event id, value, ordinal. */
  readonly added: Array<[number, string, number]> = [];

  load(rows: ReadonlyArray<{ event_id: number; value: string; ordinal: number }>): void {
    for (const { event_id: id, value, ordinal } of rows) this.list(id).push({ value, ordinal });
    for (const list of this.lists.values()) list.sort((a, b) => a.ordinal - b.ordinal);
  }

  values(id: number): string[] {
    return this.list(id).map((link) => link.value);
  }

  /** `values` after the event's own, numbered on from its highest ordinal; those it has are skipped (ON CONFLICT). */
  append(id: number, values: readonly string[], ordinals: readonly number[] = values.map((_, i) => i)): void {
    const list = this.list(id);
    const base = list.reduce((max, link) => Math.max(max, link.ordinal), -1) + 1;
    values.forEach((value, i) => {
      if (list.some((link) => link.value === value)) return;
      list.push({ value, ordinal: base + ordinals[i] });
      this.added.push([id, value, base + ordinals[i]]);
    });
  }

  /** `from`'s values after `to`'s own, keeping their ordinals' spacing. */
  take(to: number, from: number): void {
    const source = this.list(from);
    this.append(to, source.map((link) => link.value), source.map((link) => link.ordinal));
  }

  private list(id: number): Array<{ value: string; ordinal: number }> {
    let list = this.lists.get(id);
    if (!list) this.lists.set(id, list = []);
    return list;
  }
}

export class MergeView {
  private readonly rows = new Map<number, ViewRow>();
  private readonly groups = new Map<number, Set<number>>();
  /** Each key's stored events and those filed since. */
  private readonly keys = new Map<string, number[]>();
  readonly countries = new Links();
  readonly topics = new Links();
  /** Events whose group changed, with the reasons given to those that joined one. */
  readonly repointed = new Set<number>();
  readonly reasons = new Map<number, string>();
  readonly madeSalient = new Set<number>();
  /** Keys filed in this transaction: key, event id. */
  readonly filed: Array<[string, number]> = [];

  addKeys(rows: ReadonlyArray<{ key: string; event_id: number }>): void {
    for (const { key, event_id: id } of rows) this.keyed(key).push(id);
  }

  addRows(rows: readonly ViewRow[]): void {
    for (const row of rows) {
      this.rows.set(row.id, row);
      let group = this.groups.get(row.rep);
      if (!group) this.groups.set(row.rep, group = new Set());
      group.add(row.id);
    }
  }

  /**
   * The MAX_MERGE_CANDIDATES most recent events filed under one of `keys`, but those of article `articleId`, oldest
   * first: of groups matching equally well, the new event joins the first, the oldest.
   */
  near(keys: readonly string[], articleId: string): ViewRow[] {
    const ids = new Set<number>();
    for (const key of keys) for (const id of this.keys.get(key) ?? []) ids.add(id);
    return [...ids].sort((a, b) => b - a).slice(0, MAX_MERGE_CANDIDATES).reverse()
      .map((id) => this.row(id)).filter((row) => row.article_id !== articleId);
  }

  /** Every member of the groups of `reps`. */
  members(reps: readonly number[]): ViewRow[] {
    return reps.flatMap((rep) => [...this.groups.get(rep) ?? []].map((id) => this.row(id)));
  }

  file(id: number, keys: readonly string[]): void {
    for (const key of new Set(keys)) {
      this.keyed(key).push(id);
      this.filed.push([key, id]);
    }
  }

  /** `event` joins the group of `rep`, which gains its places, topics and salience. */
  point(event: ViewRow, rep: number, reasons: MergeReasons, countries: readonly string[], topics: readonly string[]): void {
    this.move(event.id, rep);
    this.reasons.set(event.id, JSON.stringify(reasons));
    this.countries.append(rep, countries);
    this.topics.append(rep, topics);
    if (event.salient) this.makeSalient(rep);
  }

  /** `event`, dated more precisely, replaces `rep`: the group points at it, and it takes the group's places, topics and salience. */
  replace(event: ViewRow, rep: number, reasons: MergeReasons): void {
    for (const id of [...this.groups.get(rep) ?? []]) this.move(id, event.id);
    this.reasons.set(rep, JSON.stringify(reasons));
    this.countries.take(event.id, rep);
    this.topics.take(event.id, rep);
    if (this.row(rep).salient) this.makeSalient(event.id);
  }

  /** The group an event now belongs to: its representative, or null when it is one. */
  mergedInto(id: number): number | null {
    const { rep } = this.row(id);
    return rep === id ? null : rep;
  }

  private move(id: number, rep: number): void {
    const row = this.row(id);
    this.groups.get(row.rep)?.delete(id);
    if (this.groups.get(row.rep)?.size === 0) this.groups.delete(row.rep);
    row.rep = rep;
    let group = this.groups.get(rep);
    if (!group) this.groups.set(rep, group = new Set());
    group.add(id);
    this.repointed.add(id);
  }

  private makeSalient(id: number): void {
    const row = this.row(id);
    if (row.salient) return;
    row.salient = true;
    this.madeSalient.add(id);
  }

  private row(id: number): ViewRow {
    const row = this.rows.get(id);
    if (!row) throw new Error(`merge: event ${id} was not read`);
    return row;
  }

  private keyed(key: string): number[] {
    let ids = this.keys.get(key);
    if (!ids) this.keys.set(key, ids = []);
    return ids;
  }
}
