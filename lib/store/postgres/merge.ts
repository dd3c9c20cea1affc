// Merging new events into the happenings already stored, inside the article's transaction. Articles are written
// on several connections at once, so each transaction first locks the calendar months its events can merge in
// (advisory locks, in ascending order: no deadlock); two reports of one happening are then compared in the order
// they commit, the later one seeing the earlier (READ COMMITTED reads what committed before each statement).
import type pg from 'pg';
import type { MergeCandidate } from '../../nlp/merge/index';
import { mergeableDate } from '../../nlp/merge/dates';
import { type CandidateRow, chooseRepresentative, type WrittenEvent, MAX_MERGE_CANDIDATES, mergeMonths, mergeWindow, PreparedCache } from '../merge-on-write';

const NEAR = `WITH near AS (
    (SELECT id, merged_into FROM events WHERE start_date >= $1 AND start_date <= $2 AND end_date <= $2
      AND precision IN ('day', 'week', 'month') AND article_id <> $6)
    UNION ALL
    (SELECT id, merged_into FROM events WHERE precision IN ('week', 'month') AND start_date >= $3
      AND start_date <= $4 AND end_date >= $5 AND article_id <> $6)
    LIMIT $7),
  reps AS (SELECT DISTINCT COALESCE(merged_into, id) AS rep FROM near)
  SELECT m.id, m.article_id, m.evidence, m.start_date, m.end_date, m.precision, COALESCE(m.merged_into, m.id) AS rep,
    ARRAY(SELECT country FROM event_countries WHERE event_id = m.id) AS countries
  FROM events m WHERE m.id IN (SELECT rep FROM reps) OR m.merged_into IN (SELECT rep FROM reps)`;

const cache = new PreparedCache();

/** Merges each of an article's new events, in order, into a stored happening it matches. */
export async function mergeAll(client: pg.ClientBase, events: readonly WrittenEvent[]): Promise<void> {
  const months = [...new Set(events.flatMap(({ event }) => {
    const date = mergeableDate(event);
    return date ? mergeMonths(date) : [];
  }))].sort((a, b) => a - b);
  if (months.length === 0) return;
  await client.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.events'), m)
    FROM (SELECT m FROM unnest($1::int[]) AS t(m) ORDER BY m) AS months`, [months]);
  for (const written of events) await merge(client, written);
}

async function merge(client: pg.ClientBase, { id, articleId, event, countries, topics }: WrittenEvent): Promise<void> {
  const window = mergeWindow(event);
  if (!window) return;
  const { rows } = await client.query<CandidateRow>(NEAR, [window.insideFrom, window.insideTo, window.holdingFrom, window.holdingTo,
    window.holdingEnd, articleId, MAX_MERGE_CANDIDATES]);
  if (rows.length === 0) return;
  const candidate: MergeCandidate = { id: String(id), articleId, summary: event.summary, evidence: event.evidence, start: event.start, end: event.end, precision: event.precision, countries };
  const choice = chooseRepresentative(candidate, rows, cache);
  if (!choice) return;
  await client.query('UPDATE events SET merged_into = $1, merge_reasons = $2 WHERE id = $3', [choice.rep, JSON.stringify(choice.reasons), id]);
  // The representative gains the member's places and topics (after its own), so filters find the happening by either.
  await client.query(`INSERT INTO event_countries (event_id, country, ordinal)
    SELECT $1, c, (SELECT COALESCE(MAX(ordinal), -1) FROM event_countries WHERE event_id = $1) + n
    FROM unnest($2::text[]) WITH ORDINALITY AS t(c, n) ON CONFLICT DO NOTHING`, [choice.rep, countries]);
  await client.query(`INSERT INTO event_topics (event_id, topic, ordinal)
    SELECT $1, c, (SELECT COALESCE(MAX(ordinal), -1) FROM event_topics WHERE event_id = $1) + n
    FROM unnest($2::text[]) WITH ORDINALITY AS t(c, n) ON CONFLICT DO NOTHING`, [choice.rep, topics]);
  // A happening one source reports as a main event is a main event.
  if (event.salient) await client.query('UPDATE events SET salient = 1 WHERE id = $1 AND salient = 0', [choice.rep]);
}
