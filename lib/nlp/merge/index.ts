// mergeEvents: events from different articles that describe the same happening at the same date become one
// group, each group saying why (shared date, countries, participants, wording score). Pure: no storage.
import type { DateInterval } from '../types';
import { MERGEABLE_PRECISIONS, SHARED_ACTION_WORDS, SHARED_PARTICIPANTS, STRONG_WORDING, SUPPORTED_WORDING } from './rules';
import { actionStems, contentStems, intersect, overlap, participants } from './wording';

export interface MergeCandidate {
  /** The event's own id (unique in the input). */
  id: string;
  articleId: string;
  summary: string;
  evidence: string;
  start: string | null;
  end: string | null;
  precision: DateInterval['precision'] | null;
  countries: readonly string[];
}

export interface MergeGroup {
  /** Ids of the merged events, in input order; always from at least two different articles. */
  ids: string[];
  /** Why they were merged. */
  sharedDate: DateInterval;
  sharedCountries: string[];
  sharedParticipants: string[];
  /** The lowest wording overlap (0..1) between any two members. */
  wording: number;
}

interface Prepared {
  candidate: MergeCandidate;
  index: number;
  stems: Set<string>;
  actions: Set<string>;
  names: Set<string>;
}

interface PairVerdict {
  wording: number;
}

function prepare(candidate: MergeCandidate, index: number): Prepared {
  const { evidence } = candidate;
  return { candidate, index, stems: contentStems(evidence), actions: actionStems(evidence), names: participants(evidence) };
}

const dateKey = (c: MergeCandidate) => `${c.start}/${c.end}/${c.precision}`;

/** Whether two events are one happening, and with what wording score; null when they are not. */
function sameHappening(a: Prepared, b: Prepared): PairVerdict | null {
  const x = a.candidate, y = b.candidate;
  if (x.articleId === y.articleId || dateKey(x) !== dateKey(y)) return null;
  if (x.countries.length && y.countries.length && !x.countries.some((c) => y.countries.includes(c))) return null;
  const wording = overlap(a.stems, b.stems);
  if (wording >= STRONG_WORDING) return { wording };
  const supported = intersect(a.names, b.names).size >= SHARED_PARTICIPANTS && intersect(a.actions, b.actions).size >= SHARED_ACTION_WORDS;
  if (wording >= SUPPORTED_WORDING && supported) return { wording };
  return null;
}

/**
 * Groups events that describe the same happening. Complete linkage: an event joins a group only when it matches
 * every member and its article is not already in the group, so one loose match cannot chain two stories.
 */
export function mergeEvents(candidates: readonly MergeCandidate[]): MergeGroup[] {
  const ids = new Set<string>();
  for (const c of candidates) {
    if (ids.has(c.id)) throw new Error(`mergeEvents: duplicate event id "${c.id}"`);
    ids.add(c.id);
  }
  const prepared = candidates
    .filter((c) => c.start && c.end && c.precision && MERGEABLE_PRECISIONS.includes(c.precision))
    .map(prepare);
  const byDate = new Map<string, Prepared[]>();
  for (const p of prepared) byDate.set(dateKey(p.candidate), [...(byDate.get(dateKey(p.candidate)) ?? []), p]);
  const groups: MergeGroup[] = [];
  for (const sameDate of byDate.values()) {
    const pairs: { a: Prepared; b: Prepared; wording: number }[] = [];
    for (const [i, a] of sameDate.entries()) {
      for (const b of sameDate.slice(i + 1)) {
        const verdict = sameHappening(a, b);
        if (verdict) pairs.push({ a, b, wording: verdict.wording });
      }
    }
    groups.push(...cluster(pairs).map(describe));
  }
  return groups.sort((g, h) => candidates.findIndex((c) => c.id === g.ids[0]) - candidates.findIndex((c) => c.id === h.ids[0]));
}

/** Best pairs first; two clusters join only when every cross pair matched and no article appears twice. */
function cluster(pairs: { a: Prepared; b: Prepared; wording: number }[]): Prepared[][] {
  const matched = new Map(pairs.map((p) => [pairKey(p.a, p.b), p.wording]));
  const clusterOf = new Map<Prepared, Prepared[]>();
  for (const { a, b } of [...pairs].sort((p, q) => q.wording - p.wording)) {
    const ca = clusterOf.get(a) ?? [a];
    const cb = clusterOf.get(b) ?? [b];
    if (ca === cb) continue;
    const articles = new Set(ca.map((p) => p.candidate.articleId));
    if (cb.some((p) => articles.has(p.candidate.articleId))) continue;
    if (!ca.every((p) => cb.every((q) => matched.has(pairKey(p, q))))) continue;
    const joined = [...ca, ...cb];
    for (const p of joined) clusterOf.set(p, joined);
  }
  return [...new Set(clusterOf.values())];
}

const pairKey = (a: Prepared, b: Prepared) => (a.index < b.index ? `${a.index}:${b.index}` : `${b.index}:${a.index}`);

function describe(members: Prepared[]): MergeGroup {
  const sorted = [...members].sort((a, b) => a.index - b.index);
  const [first] = sorted;
  const shared = <T>(sets: Set<T>[]) => sets.reduce((acc, s) => intersect(acc, s));
  let wording = 1;
  for (const [i, a] of sorted.entries()) for (const b of sorted.slice(i + 1)) wording = Math.min(wording, overlap(a.stems, b.stems));
  return {
    ids: sorted.map((p) => p.candidate.id),
    sharedDate: { start: first.candidate.start!, end: first.candidate.end!, precision: first.candidate.precision! },
    sharedCountries: [...shared(sorted.map((p) => new Set(p.candidate.countries)))],
    sharedParticipants: [...shared(sorted.map((p) => p.names))],
    wording: Math.round(wording * 100) / 100,
  };
}
