// Database rows and their mapping to the store's plain types.
import type { Precision, Timex, TimexType } from '../../nlp/types';
import type { MergeReasons } from '../../nlp/merge/index';
import type { ArticleSummary, EventSource, StoredEvent } from '../types';

export interface EventRow {
  id: number;
  summary: string;
  evidence: string;
  evidence_start: number;
  evidence_end: number;
  timex_text: string;
  timex_start: number;
  timex_end: number;
  value: string;
  start_date: string | null;
  end_date: string | null;
  precision: Precision | null;
  salient: number;
  unresolved: number;
  article_id: string;
  article_title: string | null;
  article_published: string | null;
  article_source: string | null;
  article_url: string | null;
}

/** The columns behind EventRow, for `FROM events e JOIN articles a ON a.id = e.article_id`. */
export const EVENT_COLUMNS = `e.id, e.summary, e.evidence, e.evidence_start, e.evidence_end, e.timex_text, e.timex_start,
  e.timex_end, e.value, e.start_date, e.end_date, e.precision, e.salient, e.unresolved, a.id AS article_id,
  a.title AS article_title, a.published AS article_published, a.source AS article_source, a.url AS article_url`;

export interface TimexRow {
  text: string;
  start_offset: number;
  end_offset: number;
  type: TimexType;
  value: string;
  mod: string | null;
  interval_start: string | null;
  interval_end: string | null;
  precision: Precision | null;
  unresolved: number;
}

export function toStoredEvent(row: EventRow, countries: string[], topics: string[], sourceCount: number): StoredEvent {
  return {
    ...reported(row),
    salient: row.salient === 1,
    unresolved: row.unresolved === 1,
    countries,
    topics,
    sourceCount,
  };
}

/** One report of a happening; `reasons` as stored (JSON) with the merged event, null for the representative. */
export function toEventSource(row: EventRow, reasons: string | null): EventSource {
  return { ...reported(row), reasons: reasons === null ? null : (JSON.parse(reasons) as MergeReasons) };
}

/** What an article says of an event: its words, its date, the article. */
function reported(row: EventRow): Omit<EventSource, 'reasons'> {
  const article: ArticleSummary = {
    id: row.article_id,
    title: row.article_title,
    published: row.article_published,
    source: row.article_source,
    url: row.article_url,
  };
  return {
    id: row.id,
    summary: row.summary,
    evidence: row.evidence,
    evidenceStart: row.evidence_start,
    evidenceEnd: row.evidence_end,
    timex: { text: row.timex_text, start: row.timex_start, end: row.timex_end },
    value: row.value,
    start: row.start_date,
    end: row.end_date,
    precision: row.precision,
    article,
  };
}

export function toTimex(row: TimexRow): Timex {
  const timex: Timex = { text: row.text, start: row.start_offset, end: row.end_offset, type: row.type, value: row.value };
  if (row.mod) timex.mod = row.mod;
  if (row.interval_start && row.interval_end && row.precision) {
    timex.interval = { start: row.interval_start, end: row.interval_end, precision: row.precision };
  }
  if (row.unresolved) timex.unresolved = true;
  return timex;
}
