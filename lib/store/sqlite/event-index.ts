// An in-memory column index of every event's filter dimensions (dates, salience, precision, source,
// countries, topics), so that filtering, counting and facets over a million events are loops over typed
// arrays (milliseconds) instead of SQL joins and GROUP BYs (seconds). Only text search asks SQLite (FTS5),
// and only the page of events shown is read from the tables.
//
// It holds one entry per happening: events merged into another (merged_into) are left out, and their
// representative is found by their words and sources too. Events are only ever inserted, with growing ids: the
// index appends what is new, refreshes the representatives that new events were merged into (their salience,
// places, topics and sources grow), and drops those that a new, more precisely dated report replaced (they now
// point at it). It notices commits of other connections by PRAGMA data_version and this connection's own by
// markDirty(); should the count of representatives ever disagree (rows deleted), it is rebuilt.
import type Database from 'better-sqlite3';
import type { EventFilter } from '../../filters/types';
import { countryAreaRows } from '../country-areas';
import { selectedCountries } from '../../filters/countries';
import { toSearchQuery } from '../sql/search-query';
import type { FacetCount, Facets } from '../types';
import { timelineKey } from './date-key';

/** Interned strings: each distinct value a small number. */
class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  id(value: string): number {
    let id = this.index.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.index.set(value, id);
    }
    return id;
  }

  find(value: string): number | undefined {
    return this.index.get(value);
  }
}

/** A growable typed array. */
function grow<T extends Float64Array | Int32Array | Uint8Array | Uint16Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2, 1024));
  next.set(array);
  return next;
}

type Mask = Uint8Array | null; // null: every event passes
type Dimension = 'place' | 'topic' | 'time' | 'text' | 'salience' | 'source' | 'precision' | 'happening';
type Links = Uint16Array | Int32Array;
/** An indexed event: id, start, end, salience, precision, its article's source. */
type Row = [number, string | null, string | null, number, string | null, string | null];

export class EventIndex {
  private n = 0;
  private lastId = 0;
  private dataVersion = -1;
  private dirty = true;
  private ids = new Float64Array(0);
  /** Start and end in timeline order (dates before year 1 too), for the list order and the time filter. */
  private orderStarts = new Float64Array(0);
  private orderEnds = new Float64Array(0);
  private salient = new Uint8Array(0);
  private precision = new Uint8Array(0); // 0: none, else dictionary id + 1
  /** Positions still standing for their happening (0: a later report replaced it as representative). */
  private alive = new Uint8Array(0);
  private dead = 0;
  private countryStart: Int32Array = new Int32Array(1);
  private countryValues: Uint16Array = new Uint16Array(0);
  private topicStart: Int32Array = new Int32Array(1);
  private topicValues: Uint16Array = new Uint16Array(0);
  /** The sources of every report of the happening. */
  private sourceStart: Int32Array = new Int32Array(1);
  private sourceValues: Int32Array = new Int32Array(0);
  /** Positions sorted as listEvents orders: dated first, by start, end, id. */
  private order = new Int32Array(0);
  private ordered = 0;
  private readonly countries = new Dictionary();
  private readonly topics = new Dictionary();
  private readonly sources = new Dictionary();
  private readonly precisions = new Dictionary();
  private readonly areas = new Map<string, { region: string; subregion: string }>(
    countryAreaRows().map((row) => [row.country, row]),
  );
  /** Grows by one whenever the indexed events change. */
  private changes = 0;

  constructor(private readonly db: Database.Database) {}

  /** This connection wrote events: look for them before the next query. */
  markDirty(): void {
    this.dirty = true;
  }

  /** Positions of the events matching `filter`, in list order, from `offset`, at most `limit`; and the total. */
  list(filter: EventFilter, salientOnly: boolean, limit: number, offset: number): { ids: number[]; total: number } {
    this.sync();
    return this.listNow(filter, salientOnly, limit, offset);
  }

  facets(filter: EventFilter, salientOnly: boolean): Facets {
    this.sync();
    return this.facetsNow(filter, salientOnly);
  }

  /** Brings the index up to date and says which state of the data it holds (a number that grows on change). */
  version(): number {
    this.sync();
    return this.changes;
  }

  private listNow(filter: EventFilter, salientOnly: boolean, limit: number, offset: number): { ids: number[]; total: number } {
    const mask = this.combine(this.masks(filter, salientOnly));
    const ids: number[] = [];
    const { order, n } = this;
    let total = 0;
    for (let k = 0; k < n; k += 1) {
      const position = order[k];
      if (mask && !mask[position]) continue;
      if (total >= offset && ids.length < limit) ids.push(this.ids[position]);
      total += 1;
    }
    return { ids, total };
  }

  /** Every facet in one pass over the events; each facet counts under the filter without its own dimension. */
  private facetsNow(filter: EventFilter, salientOnly: boolean): Facets {
    const masks = this.masks(filter, salientOnly);
    const all = this.combine(masks);
    // A facet whose dimension is not filtered counts under the whole filter: no mask of its own to build.
    const without = (dimension: Dimension) => (masks[dimension] ? this.combine(masks, dimension) : all);
    const [byPlace, byTopic, bySource, byPrecision] = (['place', 'topic', 'source', 'precision'] as const).map(without);
    // Each country's region and sub-region as a number: an event counts once per area, without strings.
    const areaCodes = new Dictionary();
    const areaOf = (kind: 'region' | 'subregion') => Int32Array.from(this.countries.values, (cc) => {
      const area = this.areas.get(cc);
      return area ? areaCodes.id(`${kind === 'region' ? 'r' : 's'}${area[kind]}`) : -1;
    });
    const regionOf = areaOf('region');
    const subregionOf = areaOf('subregion');
    const areaCounts = new Float64Array(areaCodes.values.length);
    const lastCounted = new Int32Array(areaCodes.values.length).fill(-1);
    const countries = new Float64Array(this.countries.values.length);
    const topics = new Float64Array(this.topics.values.length);
    const sources = new Float64Array(this.sources.values.length);
    const precisions = new Float64Array(this.precisions.values.length);
    const { countryStart, countryValues, topicStart, topicValues, sourceStart, sourceValues, precision, n } = this;
    let total = 0;
    for (let p = 0; p < n; p += 1) {
      if (!all || all[p]) total += 1;
      if (!byPlace || byPlace[p]) {
        for (let j = countryStart[p], end = countryStart[p + 1]; j < end; j += 1) {
          const c = countryValues[j];
          countries[c] += 1;
          const region = regionOf[c];
          const subregion = subregionOf[c];
          if (region >= 0 && lastCounted[region] !== p) {
            lastCounted[region] = p;
            areaCounts[region] += 1;
          }
          if (subregion >= 0 && lastCounted[subregion] !== p) {
            lastCounted[subregion] = p;
            areaCounts[subregion] += 1;
          }
        }
      }
      if (!byTopic || byTopic[p]) for (let j = topicStart[p], end = topicStart[p + 1]; j < end; j += 1) topics[topicValues[j]] += 1;
      if (!bySource || bySource[p]) for (let j = sourceStart[p], end = sourceStart[p + 1]; j < end; j += 1) sources[sourceValues[j]] += 1;
      if ((!byPrecision || byPrecision[p]) && precision[p] > 0) precisions[precision[p] - 1] += 1;
    }
    const areas = (prefix: string) => counted(areaCodes.values, areaCounts)
      .filter((c) => c.key.startsWith(prefix)).map((c) => ({ key: c.key.slice(1), count: c.count }));
    return {
      regions: areas('r'),
      subregions: areas('s'),
      countries: counted(this.countries.values, countries),
      topics: counted(this.topics.values, topics),
      sources: counted(this.sources.values, sources),
      precisions: counted(this.precisions.values, precisions),
      total,
    };
  }

  /** One mask per filtered dimension, as filterConditions defines them. Loops are written out: they run a million times. */
  private masks(filter: EventFilter, salientOnly: boolean): Partial<Record<Dimension, Uint8Array>> {
    const masks: Partial<Record<Dimension, Uint8Array>> = {};
    const n = this.n;
    const place = selectedCountries(filter);
    if (place) masks.place = this.anyOf(place, this.countries, this.countryStart, this.countryValues);
    if (filter.topics.length > 0) {
      masks.topic = this.anyOf(filter.topics.map((t) => t.toLowerCase()), this.topics, this.topicStart, this.topicValues);
    }
    if (filter.from || filter.to) {
      const from = filter.from ? timelineKey(filter.from) : -Infinity;
      const to = filter.to ? timelineKey(filter.to) : Infinity;
      const { orderStarts: starts, orderEnds: ends } = this;
      const mask = new Uint8Array(n);
      // NaN (no date) fails every comparison, as NULL does in SQL; an open bound asks nothing of it.
      for (let p = 0; p < n; p += 1) mask[p] = Number((!filter.from || ends[p] >= from) && (!filter.to || starts[p] <= to));
      masks.time = mask;
    }
    const match = toSearchQuery(filter.q);
    if (match) masks.text = this.searched(match);
    if (salientOnly) masks.salience = this.salient.subarray(0, n);
    if (filter.sources?.length) masks.source = this.anyOf(filter.sources, this.sources, this.sourceStart, this.sourceValues);
    if (filter.precisions?.length) masks.precision = this.inSet(this.precision, filter.precisions.map((s) => this.precisions.find(s)), 1);
    if (this.dead > 0) masks.happening = this.alive.subarray(0, n);
    return masks;
  }

  /** Events whose value (a dictionary id plus `shift`) is one of `ids`. */
  private inSet(values: Uint8Array, ids: Array<number | undefined>, shift: number): Uint8Array {
    const wanted = new Set(ids.filter((id) => id !== undefined).map((id) => id + shift));
    const mask = new Uint8Array(this.n);
    for (let p = 0; p < this.n; p += 1) mask[p] = wanted.has(values[p]) ? 1 : 0;
    return mask;
  }

  private anyOf(values: readonly string[], dictionary: Dictionary, starts: Int32Array, list: Links): Uint8Array {
    const wanted = new Uint8Array(dictionary.values.length);
    for (const value of values) {
      const id = dictionary.find(value);
      if (id !== undefined) wanted[id] = 1;
    }
    const mask = new Uint8Array(this.n);
    for (let p = 0; p < this.n; p += 1) {
      for (let j = starts[p], end = starts[p + 1]; j < end; j += 1) {
        if (wanted[list[j]]) {
          mask[p] = 1;
          break;
        }
      }
    }
    return mask;
  }

  /** Events whose text, or that of an event merged into them, matches, by FTS5. */
  private searched(match: string): Uint8Array {
    const mask = new Uint8Array(this.n);
    const rows = this.db.prepare(`SELECT COALESCE(e.merged_into, e.id) FROM events_fts f JOIN events e ON e.id = f.rowid
      WHERE events_fts MATCH ?`).pluck().all(match) as number[];
    for (const id of rows) {
      const position = this.positionOf(id);
      if (position >= 0) mask[position] = 1;
    }
    return mask;
  }

  /** The position of an event id, or -1; by binary search (ids grow with positions). */
  private positionOf(id: number): number {
    let lo = 0;
    let hi = this.n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.ids[mid] === id) return mid;
      if (this.ids[mid] < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The AND of every mask but `except`'s. */
  private combine(masks: Partial<Record<Dimension, Uint8Array>>, except?: Dimension): Mask {
    const kept = (Object.entries(masks) as Array<[Dimension, Uint8Array]>).filter(([d]) => d !== except).map(([, m]) => m);
    if (kept.length === 0) return null;
    if (kept.length === 1) return kept[0];
    const mask = kept[0].slice(0, this.n);
    for (const other of kept.slice(1)) for (let p = 0; p < this.n; p += 1) mask[p] &= other[p];
    return mask;
  }

  /** Brings the index up to date with the database. */
  private sync(): void {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (!this.dirty && version === this.dataVersion) return;
    this.dataVersion = version;
    this.dirty = false;
    this.changes += 1;
    this.db.transaction(() => {
      this.append();
      const count = this.db.prepare('SELECT COUNT(*) FROM events WHERE merged_into IS NULL').pluck().get() as number;
      if (count !== this.n - this.dead) {
        this.n = 0;
        this.dead = 0;
        this.lastId = 0;
        this.ordered = 0;
        this.append();
      }
    })();
    this.sortNew();
  }

  /**
   * Reads the representatives after the last event seen, with their countries, topics and sources, refreshes
   * those that new events were merged into, and drops those that now point at a new event (all in one snapshot).
   */
  private append(): void {
    const from = this.lastId;
    const to = (this.db.prepare('SELECT COALESCE(MAX(id), 0) FROM events').pluck().get() as number);
    if (to <= from) return;
    const rows = this.db.prepare(`SELECT e.id, e.start_date, e.end_date, e.salient, e.precision, a.source
      FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id > ? AND e.id <= ? AND e.merged_into IS NULL ORDER BY e.id`)
      .raw().all(from, to) as Row[];
    this.lastId = to;
    const grown = this.db.prepare(`SELECT DISTINCT merged_into FROM events WHERE id > ? AND id <= ? AND merged_into <= ?`)
      .pluck().all(from, to, from) as number[];
    // Representatives (and their members) re-pointed at a new report; only the representatives are positions.
    const replaced = this.db.prepare('SELECT id FROM events WHERE merged_into > ? AND id <= ?').pluck().all(from, from) as number[];
    if (rows.length > 0) this.appendRows(rows, from, to);
    if (grown.length > 0) this.refresh(grown);
    for (const id of replaced) {
      const position = this.positionOf(id);
      if (position >= 0 && this.alive[position]) {
        this.alive[position] = 0;
        this.dead += 1;
      }
    }
  }

  private appendRows(rows: Row[], from: number, to: number): void {
    const first = this.n;
    const size = first + rows.length;
    this.ids = grow(this.ids, size);
    this.orderStarts = grow(this.orderStarts, size);
    this.orderEnds = grow(this.orderEnds, size);
    this.salient = grow(this.salient, size);
    this.precision = grow(this.precision, size);
    this.alive = grow(this.alive, size);
    rows.forEach(([id, start, end, salient, precision], i) => {
      const p = first + i;
      this.ids[p] = id;
      this.orderStarts[p] = timelineKey(start);
      this.orderEnds[p] = timelineKey(end);
      this.salient[p] = salient;
      this.precision[p] = precision === null ? 0 : this.precisions.id(precision) + 1;
      this.alive[p] = 1;
    });
    const links = (table: string, column: string) => this.db.prepare(`SELECT event_id, ${column} FROM ${table}
      WHERE event_id > ? AND event_id <= ? ORDER BY event_id`).raw().all(from, to) as Array<[number, string]>;
    [this.countryStart, this.countryValues] = this.appendLinks(first, size, links('event_countries', 'country'), this.countries, this.countryStart, this.countryValues);
    [this.topicStart, this.topicValues] = this.appendLinks(first, size, links('event_topics', 'topic'), this.topics, this.topicStart, this.topicValues);
    // Each representative's own source, then those of the events merged into it, once each.
    const merged = this.db.prepare(`SELECT DISTINCT e.merged_into, a.source FROM events e JOIN articles a ON a.id = e.article_id
      WHERE e.merged_into > ? AND e.merged_into <= ? AND a.source IS NOT NULL ORDER BY e.merged_into`).raw().all(from, to) as Array<[number, string]>;
    const sources: Array<[number, string]> = [];
    let k = 0;
    for (const [id, , , , , own] of rows) {
      if (own !== null) sources.push([id, own]);
      while (k < merged.length && merged[k][0] < id) k += 1;
      for (; k < merged.length && merged[k][0] === id; k += 1) if (merged[k][1] !== own) sources.push(merged[k]);
    }
    [this.sourceStart, this.sourceValues] = this.appendLinks(first, size, sources, this.sources, this.sourceStart, this.sourceValues);
    this.n = size;
  }

  /** Re-reads the salience, countries, topics and sources of indexed representatives that gained merged events. */
  private refresh(ids: readonly number[]): void {
    const positions = new Map(ids.map((id) => [id, this.positionOf(id)] as const).filter(([, p]) => p >= 0));
    if (positions.size === 0) return;
    const list = JSON.stringify([...positions.keys()]);
    const salient = this.db.prepare('SELECT id, salient FROM events WHERE id IN (SELECT value FROM json_each(?))').raw().all(list) as Array<[number, number]>;
    for (const [id, flag] of salient) this.salient[positions.get(id)!] = flag;
    const linksOf = (sql: string, dictionary: Dictionary) => {
      const lists = new Map<number, number[]>([...positions.values()].map((p) => [p, []]));
      const rows = this.db.prepare(sql).raw().all({ ids: list }) as Array<[number, string]>;
      for (const [id, value] of rows) lists.get(positions.get(id)!)!.push(dictionary.id(value));
      return lists;
    };
    const inList = 'IN (SELECT value FROM json_each(@ids))';
    const ofTable = (table: string, column: string) => `SELECT event_id, ${column} FROM ${table} WHERE event_id ${inList}`;
    [this.countryStart, this.countryValues] = this.replaceLinks(linksOf(ofTable('event_countries', 'country'), this.countries), this.countryStart, this.countryValues);
    [this.topicStart, this.topicValues] = this.replaceLinks(linksOf(ofTable('event_topics', 'topic'), this.topics), this.topicStart, this.topicValues);
    const sources = `${SOURCES_OF} WHERE e.id ${inList} UNION ${SOURCES_OF} WHERE e.merged_into ${inList}`;
    [this.sourceStart, this.sourceValues] = this.replaceLinks(linksOf(sources, this.sources), this.sourceStart, this.sourceValues);
  }

  /** A compressed list with the values of some positions replaced. */
  private replaceLinks<T extends Links>(replaced: Map<number, number[]>, starts: Int32Array, values: T): [Int32Array, T] {
    let total = starts[this.n];
    for (const [p, list] of replaced) total += list.length - (starts[p + 1] - starts[p]);
    const nextStarts = new Int32Array(starts.length);
    const nextValues = new (values.constructor as new (n: number) => T)(Math.max(total, values.length));
    let k = 0;
    for (let p = 0; p < this.n; p += 1) {
      nextStarts[p] = k;
      const list = replaced.get(p);
      if (list) for (const v of list) nextValues[k++] = v;
      else for (let j = starts[p], end = starts[p + 1]; j < end; j += 1) nextValues[k++] = values[j];
    }
    nextStarts[this.n] = k;
    return [nextStarts, nextValues];
  }

  /** Adds (event id, value) pairs, sorted by event id, to a compressed list for positions first..size-1. */
  private appendLinks<T extends Links>(first: number, size: number, pairs: Array<[number, string]>, dictionary: Dictionary,
    starts: Int32Array, values: T): [Int32Array, T] {
    const nextStarts = grow(starts, size + 1);
    const base = nextStarts[first];
    const nextValues = grow(values, base + pairs.length);
    // Pairs of events merged into others belong to no position: skipped.
    let k = 0;
    let n = 0;
    for (let p = first; p < size; p += 1) {
      nextStarts[p] = base + n;
      while (k < pairs.length && pairs[k][0] < this.ids[p]) k += 1;
      while (k < pairs.length && pairs[k][0] === this.ids[p]) nextValues[base + n++] = dictionary.id(pairs[k++][1]);
    }
    nextStarts[size] = base + n;
    return [nextStarts, nextValues];
  }

  /** Sorts the positions added since the last sort and merges them into the list order. */
  private sortNew(): void {
    if (this.ordered === this.n) return;
    // ORDER BY start IS NULL, start_order, end_order, id: SQLite puts a NULL end before any date.
    const nullsFirst = (x: number, y: number) => (Number.isNaN(x) || Number.isNaN(y) ? Number(!Number.isNaN(x)) - Number(!Number.isNaN(y)) : x - y);
    const before = (a: number, b: number) =>
      Number(Number.isNaN(this.orderStarts[a])) - Number(Number.isNaN(this.orderStarts[b]))
      || nullsFirst(this.orderStarts[a], this.orderStarts[b]) || nullsFirst(this.orderEnds[a], this.orderEnds[b]) || this.ids[a] - this.ids[b];
    const added = Int32Array.from({ length: this.n - this.ordered }, (_, i) => this.ordered + i).sort(before);
    const merged = new Int32Array(this.n);
    let i = 0;
    let j = 0;
    for (let k = 0; k < this.n; k += 1) {
      merged[k] = j >= added.length || (i < this.ordered && before(this.order[i], added[j]) <= 0) ? this.order[i++] : added[j++];
    }
    this.order = merged;
    this.ordered = this.n;
  }
}

/** (representative, source) pairs: the sources of an event's article and of the events merged into it. */
const SOURCES_OF = `SELECT COALESCE(e.merged_into, e.id), a.source FROM events e JOIN articles a ON a.id = e.article_id AND a.source IS NOT NULL`;

function counted(keys: readonly string[], counts: Float64Array): FacetCount[] {
  return sorted(keys.map((key, i) => ({ key, count: counts[i] })).filter((c) => c.count > 0));
}

/** As the SQL orders facets: most first, then by key (binary). */
function sorted(counts: FacetCount[]): FacetCount[] {
  return counts.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
