// Merging new events into the happenings already stored, inside the article's transaction. Articles are written
// on several connections at once, so each transaction first locks the calendar months its events can merge in
// (advisory locks, in ascending order: no deadlock); two reports of one happening are then compared in the order
// they commit, the later one seeing the earlier (READ COMMITTED reads what committed before each statement).
import type pg from 'pg';
import { mergeableDate } from '../../nlp/merge/dates';
import { NAMED_HAPPENING_PRECISIONS } from '../../nlp/merge/rules';
import type { MergeReasons, PreparedEvent } from '../../nlp/merge/index';
import {
  chooseRepresentative, EVIDENCE_COLUMNS, type EvidenceRow, MAX_MERGE_CANDIDATES, mergeMonths, type NearRow, newCandidate, promisingGroups, type WordCache,
  type WrittenEvent,
} from '../merge-on-write';

const ROW = 'id, article_id, start_date, end_date, precision, COALESCE(merged_into, id) AS rep';
// Stored events of other articles filed under one of the new event's keys, the most recent first.
const NEAR = `SELECT ${ROW} FROM events WHERE id IN (
    SELECT DISTINCT event_id FROM merge_keys WHERE key = ANY($1::text[]) ORDER BY event_id DESC LIMIT $3)
  AND article_id <> $2`;
// Every member of the groups worth comparing: the new event must match them all.
const MEMBERS = `SELECT ${ROW} FROM events WHERE id = ANY($1::bigint[]) OR merged_into = ANY($1::bigint[])`;

/** Merges each of an article's new events, in order, into a stored happening it matches. */
export async function mergeAll(client: pg.ClientBase, events: readonly WrittenEvent[], words: WordCache): Promise<void> {
  const months = [...new Set(events.flatMap(({ event }) => {
    // A year locks its twelve months: a named happening of the year merges with a report of any of its days.
    const date = mergeableDate(event, NAMED_HAPPENING_PRECISIONS);
    return date ? mergeMonths(date) : [];
  }))].sort((a, b) => a - b);
  if (months.length === 0) return;
  await client.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.events'), m)
    FROM (SELECT m FROM unnest($1::int[]) AS t(m) ORDER BY m) AS months`, [months]);
  for (const written of events) await merge(client, written, words);
}

/** Reads the words of the events not yet in the cache. */
async function read(client: pg.ClientBase, rows: readonly NearRow[], words: WordCache): Promise<void> {
  const missing = words.missing(rows);
  if (missing.length === 0) return;
  words.add((await client.query<EvidenceRow>(`SELECT ${EVIDENCE_COLUMNS} FROM events WHERE id = ANY($1::bigint[])`, [missing])).rows);
}

async function merge(client: pg.ClientBase, written: WrittenEvent, words: WordCache): Promise<void> {
  words.makeRoom(2 * MAX_MERGE_CANDIDATES + 1);
  const found = newCandidate(written, words);
  if (!found) return;
  await join(client, written, found.event, found.keys.look, words);
  await client.query('INSERT INTO merge_keys (key, event_id) SELECT k, $2 FROM unnest($1::text[]) AS t(k) ON CONFLICT DO NOTHING',
    [found.keys.emit, written.id]);
}

async function join(client: pg.ClientBase, written: WrittenEvent, event: PreparedEvent, keys: string[], words: WordCache): Promise<void> {
  const { rows: near } = await client.query<NearRow>(NEAR, [keys, written.articleId, MAX_MERGE_CANDIDATES]);
  if (near.length === 0) return;
  await read(client, near, words);
  const reps = promisingGroups(event, near, words);
  if (reps.length === 0) return;
  const { rows: members } = await client.query<NearRow>(MEMBERS, [reps]);
  await read(client, members, words);
  const countries = new Map<number, string[]>();
  const { rows: places } = await client.query<{ event_id: number; country: string }>(
    'SELECT event_id, country FROM event_countries WHERE event_id = ANY($1::bigint[])', [members.map((m) => m.id)]);
  for (const { event_id: id, country } of places) countries.set(id, [...(countries.get(id) ?? []), country]);
  const choice = chooseRepresentative(event, members, reps, countries, words);
  if (!choice) return;
  const { rep, reasons } = choice;
  if (choice.replaces) {
    await replace(client, written.id, rep, reasons);
    return;
  }
  await client.query('UPDATE events SET merged_into = $1, merge_reasons = $2 WHERE id = $3', [rep, JSON.stringify(reasons), written.id]);
  // The representative gains the member's places and topics (after its own), so filters find the happening by either.
  await client.query(`INSERT INTO event_countries (event_id, country, ordinal)
    SELECT $1, c, (SELECT COALESCE(MAX(ordinal), -1) FROM event_countries WHERE event_id = $1) + n
    FROM unnest($2::text[]) WITH ORDINALITY AS t(c, n) ON CONFLICT DO NOTHING`, [rep, written.countries]);
  await client.query(`INSERT INTO event_topics (event_id, topic, ordinal)
    SELECT $1, c, (SELECT COALESCE(MAX(ordinal), -1) FROM event_topics WHERE event_id = $1) + n
    FROM unnest($2::text[]) WITH ORDINALITY AS t(c, n) ON CONFLICT DO NOTHING`, [rep, written.topics]);
  // A happening one source reports as a main event is a main event.
  if (written.event.salient) await client.query('UPDATE events SET salient = 1 WHERE id = $1 AND salient = 0', [rep]);
}

/**
 * A new, more precisely dated report replaces the representative `rep`: the group points at it, and it takes the
 * group's places, topics (after its own) and salience.
 */
async function replace(client: pg.ClientBase, event: number, rep: number, reasons: MergeReasons): Promise<void> {
  await client.query('UPDATE events SET merged_into = $1 WHERE merged_into = $2', [event, rep]);
  await client.query('UPDATE events SET merged_into = $1, merge_reasons = $2 WHERE id = $3', [event, JSON.stringify(reasons), rep]);
  await client.query(`INSERT INTO event_countries (event_id, country, ordinal)
    SELECT $1, country, (SELECT COALESCE(MAX(ordinal), -1) FROM event_countries WHERE event_id = $1) + 1 + ordinal
    FROM event_countries WHERE event_id = $2 ORDER BY ordinal ON CONFLICT DO NOTHING`, [event, rep]);
  await client.query(`INSERT INTO event_topics (event_id, topic, ordinal)
    SELECT $1, topic, (SELECT COALESCE(MAX(ordinal), -1) FROM event_topics WHERE event_id = $1) + 1 + ordinal
    FROM event_topics WHERE event_id = $2 ORDER BY ordinal ON CONFLICT DO NOTHING`, [event, rep]);
  await client.query('UPDATE events SET salient = 1 WHERE id = $1 AND salient = 0 AND (SELECT salient FROM events WHERE id = $2) = 1', [event, rep]);
}
