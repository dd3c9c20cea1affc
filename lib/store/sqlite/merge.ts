// Merging new events into the happenings already stored, inside the article's write transaction (SQLite
// serialises writers, so two articles about one happening are compared in the order they commit).
import type Database from 'better-sqlite3';
import type { MergeCandidate } from '../../nlp/merge/index';
import { type CandidateRow, chooseRepresentative, type WrittenEvent, MAX_MERGE_CANDIDATES, mergeWindow, PreparedCache } from '../merge-on-write';

export class EventMerger {
  private readonly near: Database.Statement;
  private readonly point: Database.Statement;
  private readonly addCountries: Database.Statement;
  private readonly addTopics: Database.Statement;
  private readonly makeSalient: Database.Statement;
  private readonly cache = new PreparedCache();

  constructor(db: Database.Database) {
    // Events inside the new one's interval, and weeks and months holding it (their own partial index); then
    // every member of their groups, since the new event must match them all.
    this.near = db.prepare(`WITH near AS (
        SELECT id, merged_into FROM events WHERE start_date >= @insideFrom AND start_date <= @insideTo AND end_date <= @insideTo
          AND precision IN ('day', 'week', 'month') AND article_id <> @articleId
        UNION ALL
        SELECT id, merged_into FROM events WHERE precision IN ('week', 'month') AND start_date >= @holdingFrom
          AND start_date <= @holdingTo AND end_date >= @holdingEnd AND article_id <> @articleId
        LIMIT @limit),
      reps AS (SELECT DISTINCT COALESCE(merged_into, id) AS rep FROM near)
      SELECT m.id, m.article_id, m.evidence, m.start_date, m.end_date, m.precision, COALESCE(m.merged_into, m.id) AS rep,
        (SELECT json_group_array(country) FROM event_countries WHERE event_id = m.id) AS countries
      FROM events m WHERE m.id IN (SELECT rep FROM reps) OR m.merged_into IN (SELECT rep FROM reps)`);
    this.point = db.prepare('UPDATE events SET merged_into = ?, merge_reasons = ? WHERE id = ?');
    // The representative gains the member's places and topics (after its own), so filters find the happening by either.
    this.addCountries = db.prepare(`INSERT OR IGNORE INTO event_countries (event_id, country, ordinal)
      SELECT @rep, j.value, (SELECT COALESCE(MAX(ordinal), -1) FROM event_countries WHERE event_id = @rep) + j.key + 1 FROM json_each(@values) j`);
    this.addTopics = db.prepare(`INSERT OR IGNORE INTO event_topics (event_id, topic, ordinal)
      SELECT @rep, j.value, (SELECT COALESCE(MAX(ordinal), -1) FROM event_topics WHERE event_id = @rep) + j.key + 1 FROM json_each(@values) j`);
    // A happening one source reports as a main event is a main event.
    this.makeSalient = db.prepare('UPDATE events SET salient = 1 WHERE id = ? AND salient = 0');
  }

  /** Merges each of an article's new events, in order, into a stored happening it matches. */
  mergeAll(events: readonly WrittenEvent[]): void {
    for (const written of events) this.merge(written);
  }

  private merge({ id, articleId, event, countries, topics }: WrittenEvent): void {
    const window = mergeWindow(event);
    if (!window) return;
    const rows = (this.near.all({ ...window, articleId, limit: MAX_MERGE_CANDIDATES }) as Array<Omit<CandidateRow, 'countries'> & { countries: string }>)
      .map((row) => ({ ...row, countries: JSON.parse(row.countries) as string[] }));
    if (rows.length === 0) return;
    const candidate: MergeCandidate = { id: String(id), articleId, summary: event.summary, evidence: event.evidence, start: event.start, end: event.end, precision: event.precision, countries };
    const choice = chooseRepresentative(candidate, rows, this.cache);
    if (!choice) return;
    this.point.run(choice.rep, JSON.stringify(choice.reasons), id);
    this.addCountries.run({ rep: choice.rep, values: JSON.stringify(countries) });
    this.addTopics.run({ rep: choice.rep, values: JSON.stringify(topics) });
    if (event.salient) this.makeSalient.run(choice.rep);
  }
}
