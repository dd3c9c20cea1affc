// Events from different articles that describe the same happening at the same date: the pairwise judgement
// (sameHappening, with its reasons), groups of a batch (mergeEvents) and the group a new event joins
// (joinGroup, used when storing). Pure: no storage.
import type { DateInterval } from '../types';
import { mergeableDate, sharedDate } from './dates';
import {
  MERGEABLE_PRECISIONS, MIN_EVENT_WORDS, MIN_SHARED_WORDS, NAMED_HAPPENING_PRECISIONS, SAME_DAY_PARTICIPANTS, SAME_DAY_WORDING, SHARED_ACTION_WORDS, SHARED_PARTICIPANTS, STRONG_SHARED_WORDS, STRONG_WORDING,
  SUPPORTED_WORDING, SUPPORTED_WORDING_COARSE,
} from './rules';
import {
  actionStems, asksQuestion, comparedText, contentStems, datedBySince, happeningVerbs, intersect, longestNames, type NamedHappening, namedHappenings,
  numbers, overlap, participantHeads, participants, saysBeginning, type Statement, statement, surfaceWords,
} from './wording';

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
  /** The temporal expression that dates the event, when known ("Thursday" of "ill since Thursday"). */
  timex?: { text: string };
}

/** Why two events are one happening: what they share. */
export interface MergeReasons {
  /** The date both have, at the coarser of their precisions. */
  date: DateInterval;
  countries: string[];
  /** Named participants both mention ("Straits Forum", "Ma Ying-jeou"). */
  participants: string[];
  /** Words of what happened that both use, names left out, as the first report writes them ("opened", "forum"). */
  actions: string[];
  /** Overlap of the two sentences' content words, 0..1. */
  wording: number;
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

/** The words an event is compared by, read from its evidence once. */
export interface EventWords {
  stems: Set<string>;
  actions: Set<string>;
  verbs: Set<string>;
  names: Set<string>;
  heads: Set<string>;
  numbers: Set<string>;
  /** A question: it reports no happening. */
  asks: boolean;
  /** Dated where a state began ("ill since Thursday"), and whether it says something began. */
  since: boolean;
  begins: boolean;
  /** What someone said, when the sentence reports a statement. */
  statement: Statement | null;
  /** Happening verbs done to things named in several words ("launched the iTunes Music Store"). */
  named: NamedHappening[];
}

/** A candidate with its words. */
export interface PreparedEvent extends EventWords {
  candidate: MergeCandidate;
}

/** The words of an event's evidence; `dateText` is the temporal expression dating it, when known. */
export function eventWords(evidence: string, dateText = ''): EventWords {
  const text = comparedText(evidence);
  const names = participants(text);
  return {
    stems: contentStems(text), actions: actionStems(text), verbs: happeningVerbs(text), names, heads: participantHeads(names),
    numbers: numbers(text), asks: asksQuestion(text), since: datedBySince(text, dateText), begins: saysBeginning(text), statement: statement(text),
    named: namedHappenings(text, dateText),
  };
}

export function prepareEvent(candidate: MergeCandidate): PreparedEvent {
  return { candidate, ...eventWords(candidate.evidence, candidate.timex?.text) };
}

/**
 * A quick necessary condition of sameHappening, for sifting many stored events: a date they can share and at
 * least MIN_SHARED_WORDS words in common (every rule asks for more: two participants, or four words).
 */
export function mayBeSameHappening(a: PreparedEvent, b: PreparedEvent): boolean {
  if (a.candidate.articleId === b.candidate.articleId || !tellsHappening(a) || !tellsHappening(b)) return false;
  if (!eventDate(a, b)) return false;
  let shared = 0;
  for (const stem of a.stems) if (b.stems.has(stem) && ++shared >= MIN_SHARED_WORDS) return true;
  return false;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Long enough to tell one happening from another, and not a question. */
const tellsHappening = (e: EventWords) => e.stems.size >= MIN_EVENT_WORDS && !e.asks;

/**
 * What the two sentences say rules out one happening, whatever their words share: two statements by different
 * speakers, or saying different things; a state since a date and a happening of that date other than its beginning.
 */
function saidDifferently(a: EventWords, b: EventWords): boolean {
  const x = a.statement, y = b.statement;
  if (x && y) {
    if (x.speakers.size > 0 && y.speakers.size > 0 && intersect(x.speakers, y.speakers).size === 0) return true;
    if (x.verb && y.verb && x.verb !== y.verb) return true;
  }
  if (a.since !== b.since) return !(a.since ? b.begins : a.begins);
  return false;
}

/** A verb of the happening one says that the other uses too ("killed" / "the killing of"). */
function shareHappeningVerb(a: EventWords, b: EventWords): boolean {
  for (const verb of a.verbs) if (b.stems.has(verb)) return true;
  for (const verb of b.verbs) if (a.stems.has(verb)) return true;
  return false;
}

/**
 * The same verb done to the same named thing by a participant both name ("Apple" / "Apple Computer"). An event
 * dated coarser than a month must date that happening itself ("launched the iTunes Music Store in 2003"), not
 * another thing the sentence tells ("kidnapped in 2009; ... who covered the Middle East").
 */
function shareNamedHappening(a: PreparedEvent, b: PreparedEvent): boolean {
  const coarse = (e: PreparedEvent) => !mergeableDate(e.candidate);
  const usable = (e: PreparedEvent) => e.named.filter((n) => n.dated || !coarse(e));
  const theirs = usable(b);
  return usable(a).some((x) => theirs.some((y) => x.key === y.key && intersect(x.actors, y.actors).size > 0));
}

/** The date two events share: a day, week or month, or a year for a named happening they share. */
function eventDate(a: PreparedEvent, b: PreparedEvent): DateInterval | null {
  return sharedDate(a.candidate, b.candidate) ?? (shareNamedHappening(a, b) ? sharedDate(a.candidate, b.candidate, NAMED_HAPPENING_PRECISIONS) : null);
}

/** Whether two events from different articles are one happening, and why; null when they are not. */
export function sameHappening(a: PreparedEvent, b: PreparedEvent): MergeReasons | null {
  const x = a.candidate, y = b.candidate;
  if (x.articleId === y.articleId || !tellsHappening(a) || !tellsHappening(b)) return null;
  const date = eventDate(a, b);
  if (!date || saidDifferently(a, b)) return null;
  const countries = x.countries.filter((c) => y.countries.includes(c));
  if (x.countries.length && y.countries.length && countries.length === 0) return null;
  // "Bridge 3 will reopen" and "bridge 13 will reopen": numbers on both sides, none in common, are two happenings.
  if (a.numbers.size && b.numbers.size && intersect(a.numbers, b.numbers).size === 0) return null;
  const wording = overlap(a.stems, b.stems);
  const heads = intersect(a.heads, b.heads).size;
  const actions = intersect(a.actions, b.actions);
  const reasons = (): MergeReasons => ({
    date, countries, participants: longestNames(intersect(a.names, b.names)), actions: surfaceWords(x.evidence, actions), wording: round(wording),
  });
  // The same named happening needs little wording besides (the rest of the sentences may tell other things); it
  // alone merges at a year.
  if (shareNamedHappening(a, b) && wording >= SUPPORTED_WORDING) return reasons();
  if (!MERGEABLE_PRECISIONS.includes(date.precision)) return null;
  const sharedVerb = shareHappeningVerb(a, b);
  if (wording >= STRONG_WORDING && intersect(a.stems, b.stems).size >= STRONG_SHARED_WORDS) return reasons();
  // A week or month holds many happenings of the same participants: more wording, and the same verb.
  const sameDay = x.precision === 'day' && y.precision === 'day';
  const supported = heads >= SHARED_PARTICIPANTS && actions.size >= SHARED_ACTION_WORDS && (sameDay || sharedVerb);
  if (wording >= (sameDay ? SUPPORTED_WORDING : SUPPORTED_WORDING_COARSE) && supported) return reasons();
  if (sameDay && wording >= SAME_DAY_WORDING && heads >= SAME_DAY_PARTICIPANTS && sharedVerb) return reasons();
  return null;
}

/**
 * The group a new event joins, with the reasons it matched the group's first member: only a group none of whose
 * members comes from the event's article and every one of whose members it matches (complete linkage: one loose
 * match cannot chain two stories); of several, the one it shares most wording with. Null: it stands alone.
 */
export function joinGroup(event: PreparedEvent, groups: readonly (readonly PreparedEvent[])[]): { group: number; reasons: MergeReasons } | null {
  let best: { group: number; reasons: MergeReasons; wording: number } | null = null;
  groups.forEach((members, group) => {
    if (members.some((m) => m.candidate.articleId === event.candidate.articleId)) return;
    const verdicts = members.map((m) => sameHappening(event, m));
    if (verdicts.some((v) => v === null)) return;
    const wording = Math.min(...verdicts.map((v) => v!.wording));
    if (!best || wording > best.wording) best = { group, reasons: verdicts[0]!, wording };
  });
  if (!best) return null;
  const { group, reasons } = best;
  return { group, reasons };
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
  const prepared = candidates.map(prepareEvent);
  const pairs: { a: number; b: number; wording: number }[] = [];
  for (let i = 0; i < prepared.length; i += 1) {
    for (let j = i + 1; j < prepared.length; j += 1) {
      const verdict = sameHappening(prepared[i], prepared[j]);
      if (verdict) pairs.push({ a: i, b: j, wording: verdict.wording });
    }
  }
  return cluster(prepared, pairs).map((members) => describe(members.map((i) => prepared[i])));
}

/** Best pairs first; two clusters join only when every cross pair matched and no article appears twice. */
function cluster(prepared: PreparedEvent[], pairs: { a: number; b: number; wording: number }[]): number[][] {
  const matched = new Set(pairs.map((p) => `${p.a}:${p.b}`));
  const isPair = (i: number, j: number) => matched.has(i < j ? `${i}:${j}` : `${j}:${i}`);
  const clusterOf = new Map<number, number[]>();
  for (const { a, b } of [...pairs].sort((p, q) => q.wording - p.wording)) {
    const ca = clusterOf.get(a) ?? [a];
    const cb = clusterOf.get(b) ?? [b];
    if (ca === cb) continue;
    const articles = new Set(ca.map((i) => prepared[i].candidate.articleId));
    if (cb.some((i) => articles.has(prepared[i].candidate.articleId))) continue;
    if (!ca.every((i) => cb.every((j) => isPair(i, j)))) continue;
    const joined = [...ca, ...cb].sort((i, j) => i - j);
    for (const i of joined) clusterOf.set(i, joined);
  }
  return [...new Set(clusterOf.values())].sort((g, h) => g[0] - h[0]);
}

function describe(members: PreparedEvent[]): MergeGroup {
  const shared = <T>(sets: Set<T>[]) => sets.reduce((acc, s) => intersect(acc, s));
  let wording = 1;
  // Every pair matched, so every pair shares a date (a year only where sameHappening allowed it).
  const pairDate = (a: PreparedEvent, b: PreparedEvent) => sharedDate(a.candidate, b.candidate, NAMED_HAPPENING_PRECISIONS)!;
  let date = pairDate(members[0], members[1]);
  for (const [i, a] of members.entries()) {
    for (const b of members.slice(i + 1)) {
      wording = Math.min(wording, overlap(a.stems, b.stems));
      const pair = pairDate(a, b);
      if (pair.end > date.end || pair.start < date.start) date = pair;
    }
  }
  return {
    ids: members.map((p) => p.candidate.id),
    sharedDate: date,
    sharedCountries: [...shared(members.map((p) => new Set(p.candidate.countries)))],
    sharedParticipants: [...shared(members.map((p) => p.names))],
    wording: round(wording),
  };
}
