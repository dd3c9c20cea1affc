// Merging new events into the happenings already stored, inside the article's write transaction (SQLite
// serialises writers, so two articles about one happening are compared in the order they commit).
import type Database from 'better-sqlite3';
import type { PreparedEvent } from '../../nlp/merge/index';
import {
  chooseRepresentative, EVIDENCE_COLUMNS, type EvidenceRow, MAX_MERGE_CANDIDATES, type NearRow, newCandidate, promisingGroups, WordCache, type WrittenEvent,
} from '../merge-on-write';

const ROW = 'id, article_id, start_date, end_date, precision, COALESCE(merged_into, id) AS rep';

export class EventMerger {
  private readonly near: Database.Statement;
  private readonly members: Database.Statement;
  private readonly evidence: Database.Statement;
  private readonly countries: Database.Statement;
  private readonly file: Database.Statement;
  private readonly point: Database.Statement;
  private readonly addCountries: Database.Statement;
  private readonly addTopics: Database.Statement;
  private readonly makeSalient: Database.Statement;
  private readonly repoint: Database.Statement;
  private readonly takeCountries: Database.Statement;
  private readonly takeTopics: Database.Statement;
  private readonly takeSalience: Database.Statement;
  private readonly words = new WordCache();

  constructor(db: Database.Database) {
    // Stored events of other articles filed under one of the new event's keys, the most recent first.
    this.near = db.prepare(`SELECT ${ROW} FROM events WHERE id IN (
        SELECT DISTINCT event_id FROM merge_keys WHERE key IN (SELECT value FROM json_each(@keys)) ORDER BY event_id DESC LIMIT @limit)
      AND article_id <> @articleId`);
    // Every member of the groups worth comparing: the new event must match them all.
    this.members = db.prepare(`SELECT ${ROW} FROM events
      WHERE id IN (SELECT value FROM json_each(@reps)) OR merged_into IN (SELECT value FROM json_each(@reps))`);
    this.evidence = db.prepare(`SELECT ${EVIDENCE_COLUMNS} FROM events WHERE id IN (SELECT value FROM json_each(?))`);
    this.countries = db.prepare('SELECT event_id, country FROM event_countries WHERE event_id IN (SELECT value FROM json_each(?))');
    this.file = db.prepare('INSERT OR IGNORE INTO merge_keys (key, event_id) SELECT value, @id FROM json_each(@keys)');
    this.point = db.prepare('UPDATE events SET merged_into = ?, merge_reasons = ? WHERE id = ?');
    // The representative gains the member's places and topics (after its own), so filters find the happening by either.
    this.addCountries = db.prepare(`INSERT OR IGNORE INTO event_countries (event_id, country, ordinal)
      SELECT @rep, j.value, (SELECT COALESCE(MAX(ordinal), -1) FROM event_countries WHERE event_id = @rep) + j.key + 1 FROM json_each(@values) j`);
    this.addTopics = db.prepare(`INSERT OR IGNORE INTO event_topics (event_id, topic, ordinal)
      SELECT @rep, j.value, (SELECT COALESCE(MAX(ordinal), -1) FROM event_topics WHERE event_id = @rep) + j.key + 1 FROM json_each(@values) j`);
    // A happening one source reports as a main event is a main event.
    this.makeSalient = db.prepare('UPDATE events SET salient = 1 WHERE id = ? AND salient = 0');
    // A new, more precisely dated report replaces the representative: the group points at it...
    this.repoint = db.prepare('UPDATE events SET merged_into = @event WHERE merged_into = @rep');
    // ...and it takes the group's places, topics (after its own) and salience.
    this.takeCountries = db.prepare(`INSERT OR IGNORE INTO event_countries (event_id, country, ordinal)
      SELECT @event, country, (SELECT COALESCE(MAX(ordinal), -1) FROM event_countries WHERE event_id = @event) + 1 + ordinal
      FROM event_countries WHERE event_id = @rep ORDER BY ordinal`);
    this.takeTopics = db.prepare(`INSERT OR IGNORE INTO event_topics (event_id, topic, ordinal)
      SELECT @event, topic, (SELECT COALESCE(MAX(ordinal), -1) FROM event_topics WHERE event_id = @event) + 1 + ordinal
      FROM event_topics WHERE event_id = @rep ORDER BY ordinal`);
    this.takeSalience = db.prepare('UPDATE events SET salient = 1 WHERE id = @event AND salient = 0 AND (SELECT salient FROM events WHERE id = @rep) = 1');
  }

  /** After a rolled-back write: its event ids will be handed out again, to other events. */
  forget(): void {
    this.words.clear();
  }

  /** Merges each of an article's new events, in order, into a stored happening it matches, and files its keys. */
  mergeAll(events: readonly WrittenEvent[]): void {
    for (const written of events) this.merge(written);
  }

  /** Reads the words of the events not yet in the cache. */
  private read(rows: readonly NearRow[]): void {
    const missing = this.words.missing(rows);
    if (missing.length > 0) this.words.add(this.evidence.all(JSON.stringify(missing)) as EvidenceRow[]);
  }

  private merge(written: WrittenEvent): void {
    this.words.makeRoom(2 * MAX_MERGE_CANDIDATES + 1);
    const found = newCandidate(written, this.words);
    if (!found) return;
    const { event, keys } = found;
    this.join(written, event, keys.look);
    this.file.run({ id: written.id, keys: JSON.stringify(keys.emit) });
  }

  private join(written: WrittenEvent, event: PreparedEvent, keys: string[]): void {
    const near = this.near.all({ keys: JSON.stringify(keys), articleId: written.articleId, limit: MAX_MERGE_CANDIDATES }) as NearRow[];
    if (near.length === 0) return;
    this.read(near);
    const reps = promisingGroups(event, near, this.words);
    if (reps.length === 0) return;
    const members = this.members.all({ reps: JSON.stringify(reps) }) as NearRow[];
    this.read(members);
    const countries = new Map<number, string[]>();
    for (const { event_id: id, country } of this.countries.all(JSON.stringify(members.map((m) => m.id))) as Array<{ event_id: number; country: string }>) {
      countries.set(id, [...(countries.get(id) ?? []), country]);
    }
    const choice = chooseRepresentative(event, members, reps, countries, this.words);
    if (!choice) return;
    if (choice.replaces) {
      const ids = { event: written.id, rep: choice.rep };
      this.repoint.run(ids);
      this.point.run(written.id, JSON.stringify(choice.reasons), choice.rep);
      this.takeCountries.run(ids);
      this.takeTopics.run(ids);
      this.takeSalience.run(ids);
      return;
    }
    this.point.run(choice.rep, JSON.stringify(choice.reasons), written.id);
    this.addCountries.run({ rep: choice.rep, values: JSON.stringify(written.countries) });
    this.addTopics.run({ rep: choice.rep, values: JSON.stringify(written.topics) });
    if (written.event.salient) this.makeSalient.run(choice.rep);
  }
}
