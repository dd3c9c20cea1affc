// Merging new events into the happenings already stored. Articles are written on several connections at once
// with no merge lock; each event that can merge is queued in merge_pending in its article's transaction. Then one
// transaction at a time per schema (one advisory lock) merges every queued event that has committed, in id order:
// two reports of one happening are compared in the order they are merged, the later one seeing the earlier, and
// an event queued by a writer that died before merging is merged by the next writer (or the next start).
// The transaction reads the batch's neighbourhood in a few set-based queries, decides in memory (decide-merges.ts)
// and writes back in bulk, so the lock is held for a handful of round trips per batch.
import type pg from 'pg';
import type { Precision } from '../../nlp/types';
import { decideMerges, prepareBatch } from '../decide-merges';
import { EVIDENCE_COLUMNS, type EvidenceRow, type WordCache } from '../merge-on-write';
import { MergeView, type ViewRow } from '../merge-view';

const ROW = 'id, article_id, start_date, end_date, precision, COALESCE(merged_into, id) AS rep, salient = 1 AS salient';
/** Queued events that have committed, as merging reads them. */
const PENDING = `SELECT e.id, e.article_id, e.evidence, e.timex_text, e.start_date, e.end_date, e.precision, e.salient = 1 AS salient
  FROM merge_pending p JOIN events e ON e.id = p.event_id ORDER BY e.id`;
/** The stored events filed under the batch's keys. All of them: each event's MAX_MERGE_CANDIDATES most recent are
 *  picked in memory (one scan of the index with the array beats a limited scan per key). */
const KEYED = 'SELECT key, event_id FROM merge_keys WHERE key = ANY($1::text[])';
/** These events and every member of their groups. */
const GROUPS = `WITH reps AS (SELECT DISTINCT COALESCE(merged_into, id) AS rep FROM events WHERE id = ANY($1::bigint[]))
  SELECT ${ROW} FROM events WHERE id IN (SELECT rep FROM reps)
  UNION SELECT ${ROW} FROM events WHERE merged_into IN (SELECT rep FROM reps)`;

interface PendingRow {
  id: number;
  article_id: string;
  evidence: string;
  timex_text: string;
  start_date: string | null;
  end_date: string | null;
  precision: Precision | null;
  salient: boolean;
}

/** Merges every queued event that has committed into the stored happenings, in one transaction. */
export async function mergePending(pool: pg.Pool, words: WordCache): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.merge'))`);
    const { rows: pending } = await client.query<PendingRow>(PENDING);
    if (pending.length === 0) {
      await client.query('COMMIT');
      return;
    }
    const view = new MergeView();
    await mergeInto(client, view, pending, words);
    await save(client, view, pending.map((row) => row.id));
    // Last, so the row lock every writer takes here is held only for the commit itself.
    await client.query('UPDATE store_version SET changes = changes + 1');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Reads the batch's neighbourhood into the view and decides each queued event in order (decide-merges.ts). */
async function mergeInto(client: pg.ClientBase, view: MergeView, pending: readonly PendingRow[], words: WordCache): Promise<void> {
  await loadLinks(client, view, pending.map((row) => row.id));
  const { batch, keys } = prepareBatch(pending.map((row) => ({
    id: row.id, articleId: row.article_id, countries: view.countries.values(row.id), topics: view.topics.values(row.id),
    event: { evidence: row.evidence, timex: { text: row.timex_text }, start: row.start_date, end: row.end_date, precision: row.precision, salient: row.salient },
  })), words);
  await loadNeighbours(client, view, keys, words);
  decideMerges(view, batch, words);
}

/** The stored events filed under the batch's keys, every member of their groups, their words and places. */
async function loadNeighbours(client: pg.ClientBase, view: MergeView, keys: readonly string[], words: WordCache): Promise<void> {
  if (keys.length === 0) return;
  const { rows: keyed } = await client.query<{ key: string; event_id: number }>(KEYED, [keys]);
  view.addKeys(keyed);
  if (keyed.length === 0) return;
  const { rows } = await client.query<ViewRow>(GROUPS, [[...new Set(keyed.map((row) => row.event_id))]]);
  view.addRows(rows);
  // Evidence never changes: the words of stored events are read once and kept for the next batches.
  const missing = words.missing(rows);
  if (missing.length > 0) words.add((await client.query<EvidenceRow>(`SELECT ${EVIDENCE_COLUMNS} FROM events WHERE id = ANY($1::bigint[])`, [missing])).rows);
  await loadLinks(client, view, rows.map((row) => row.id));
}

async function loadLinks(client: pg.ClientBase, view: MergeView, ids: readonly number[]): Promise<void> {
  const read = (table: string, column: string) => client.query<{ event_id: number; value: string; ordinal: number }>(
    `SELECT event_id, ${column} AS value, ordinal FROM ${table} WHERE event_id = ANY($1::bigint[])`, [ids]);
  view.countries.load((await read('event_countries', 'country')).rows);
  view.topics.load((await read('event_topics', 'topic')).rows);
}

/** Writes the view's changes in bulk and takes the merged events off the queue. */
async function save(client: pg.ClientBase, view: MergeView, merged: readonly number[]): Promise<void> {
  const moved = [...view.repointed];
  if (moved.length > 0) {
    await client.query(`UPDATE events e SET merged_into = u.rep, merge_reasons = COALESCE(u.reasons, e.merge_reasons)
      FROM unnest($1::bigint[], $2::bigint[], $3::text[]) AS u(id, rep, reasons) WHERE e.id = u.id`,
    [moved, moved.map((id) => view.mergedInto(id)), moved.map((id) => view.reasons.get(id) ?? null)]);
  }
  if (view.madeSalient.size > 0) await client.query('UPDATE events SET salient = 1 WHERE id = ANY($1::bigint[])', [[...view.madeSalient]]);
  for (const [links, table, column] of [[view.countries, 'event_countries', 'country'], [view.topics, 'event_topics', 'topic']] as const) {
    if (links.added.length === 0) continue;
    await client.query(`INSERT INTO ${table} (event_id, ${column}, ordinal) SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[])`,
      [links.added.map((a) => a[0]), links.added.map((a) => a[1]), links.added.map((a) => a[2])]);
  }
  if (view.filed.length > 0) {
    await client.query('INSERT INTO merge_keys (key, event_id) SELECT * FROM unnest($1::text[], $2::bigint[])',
      [view.filed.map((f) => f[0]), view.filed.map((f) => f[1])]);
  }
  await client.query('DELETE FROM merge_pending WHERE event_id = ANY($1::bigint[])', [merged]);
}
