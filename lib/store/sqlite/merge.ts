// Merging an article's new events into the happenings already stored, inside the article's write transaction
// (SQLite serialises writers, so two articles about one happening are compared in the order they commit). The
// article is one batch: its neighbourhood is read into a MergeView, decided in memory (decide-merges.ts) and the
// changes written back, all with prepared statements.
import type Database from 'better-sqlite3';
import { type BatchEvent, decideMerges, prepareBatch } from '../decide-merges';
import { EVIDENCE_COLUMNS, type EvidenceRow, MAX_MERGE_CANDIDATES, WordCache, type WrittenEvent } from '../merge-on-write';
import { MergeView, type ViewRow } from '../merge-view';

const ROW = 'id, article_id, start_date, end_date, precision, COALESCE(merged_into, id) AS rep, salient';
const IN_JSON = 'IN (SELECT value FROM json_each(?))';

interface FiledRow {
  key: string;
  event_id: number;
}

interface LinkRow {
  event_id: number;
  value: string;
  ordinal: number;
}

export class EventMerger {
  private readonly keyed: Database.Statement;
  private readonly groups: Database.Statement;
  private readonly evidence: Database.Statement;
  private readonly countries: Database.Statement;
  private readonly topics: Database.Statement;
  private readonly point: Database.Statement;
  private readonly makeSalient: Database.Statement;
  private readonly addCountry: Database.Statement;
  private readonly addTopic: Database.Statement;
  private readonly file: Database.Statement;
  private readonly words = new WordCache();

  constructor(db: Database.Database) {
    // Stored events filed under one of an event's keys, the most recent first.
    this.keyed = db.prepare('SELECT key, event_id FROM merge_keys WHERE key IN (SELECT value FROM json_each(?)) ORDER BY event_id DESC');
    // These events and every member of their groups: the new event must match each member of the group it joins.
    this.groups = db.prepare(`WITH reps AS (SELECT DISTINCT COALESCE(merged_into, id) AS rep FROM events WHERE id ${IN_JSON})
      SELECT ${ROW} FROM events WHERE id IN (SELECT rep FROM reps) UNION SELECT ${ROW} FROM events WHERE merged_into IN (SELECT rep FROM reps)`);
    this.evidence = db.prepare(`SELECT ${EVIDENCE_COLUMNS} FROM events WHERE id ${IN_JSON}`);
    this.countries = db.prepare(`SELECT event_id, country AS value, ordinal FROM event_countries WHERE event_id ${IN_JSON}`);
    this.topics = db.prepare(`SELECT event_id, topic AS value, ordinal FROM event_topics WHERE event_id ${IN_JSON}`);
    this.point = db.prepare('UPDATE events SET merged_into = ?, merge_reasons = COALESCE(?, merge_reasons) WHERE id = ?');
    this.makeSalient = db.prepare('UPDATE events SET salient = 1 WHERE id = ?');
    this.addCountry = db.prepare('INSERT INTO event_countries (event_id, country, ordinal) VALUES (?, ?, ?)');
    this.addTopic = db.prepare('INSERT INTO event_topics (event_id, topic, ordinal) VALUES (?, ?, ?)');
    this.file = db.prepare('INSERT INTO merge_keys (key, event_id) VALUES (?, ?)');
  }

  /** After a rolled-back write: its event ids will be handed out again, to other events. */
  forget(): void {
    this.words.clear();
  }

  /** Merges each of an article's new events, in order, into a stored happening it matches, and files its keys. */
  mergeAll(events: readonly WrittenEvent[]): void {
    const { batch } = prepareBatch(events, this.words);
    const view = new MergeView();
    this.load(view, batch);
    decideMerges(view, batch, this.words);
    this.save(view);
  }

  /** The stored events the batch's events look for, every member of their groups, their words, places and topics. */
  private load(view: MergeView, batch: readonly BatchEvent[]): void {
    const filed = batch.flatMap(({ found }) => (found ? this.recentlyFiled(found.keys.look) : []));
    if (filed.length === 0) return;
    view.addKeys(filed);
    const rows = (this.groups.all(JSON.stringify([...new Set(filed.map((f) => f.event_id))])) as Array<Omit<ViewRow, 'salient'> & { salient: number }>)
      .map((row) => ({ ...row, salient: row.salient === 1 }));
    view.addRows(rows);
    const missing = this.words.missing(rows);
    if (missing.length > 0) this.words.add(this.evidence.all(JSON.stringify(missing)) as EvidenceRow[]);
    const ids = JSON.stringify([...batch.map(({ written }) => written.id), ...rows.map((row) => row.id)]);
    view.countries.load(this.countries.all(ids) as LinkRow[]);
    view.topics.load(this.topics.all(ids) as LinkRow[]);
  }

  /**
   * The MAX_MERGE_CANDIDATES most recent events filed under one of `keys`, under each of them: all the view picks
   * an event's candidates from. Read newest first, each event's keys together, up to the first event too many.
   */
  private recentlyFiled(keys: readonly string[]): FiledRow[] {
    const filed: FiledRow[] = [];
    const ids = new Set<number>();
    for (const row of this.keyed.iterate(JSON.stringify(keys)) as IterableIterator<FiledRow>) {
      if (!ids.has(row.event_id) && ids.size === MAX_MERGE_CANDIDATES) break;
      ids.add(row.event_id);
      filed.push(row);
    }
    return filed;
  }

  /** Writes the view's changes. */
  private save(view: MergeView): void {
    for (const id of view.repointed) this.point.run(view.mergedInto(id), view.reasons.get(id) ?? null, id);
    for (const id of view.madeSalient) this.makeSalient.run(id);
    for (const link of view.countries.added) this.addCountry.run(...link);
    for (const link of view.topics.added) this.addTopic.run(...link);
    for (const [key, id] of view.filed) this.file.run(key, id);
  }
}
