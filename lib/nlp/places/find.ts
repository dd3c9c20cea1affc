// findPlaces: country-bearing mentions in a text (names, demonyms, cities, institutions), with ambiguity resolved.
import {
  COMMON_WORD_SENSES,
  CONTESTED_NAMES,
  NOT_A_NAME,
  PERSON_LIKE_PLACES,
} from '../resources/places/ambiguity';
import type { Sentence } from '../types';
import {
  ALIAS_PATTERN,
  ALIASES,
  CAPS_ALIASES,
  CAPS_PATTERN,
  DATELINE_STATE,
  stateAbbreviation,
  type PlaceKind,
} from './gazetteer';
import { sharedInstitutionMentions } from './shared';

export interface PlaceMention {
  text: string;
  start: number;
  end: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  kind: PlaceKind;
  /** Index of the sentence holding the mention, when sentences were given. */
  sentence?: number;
}

interface RawMatch {
  text: string;
  /** The gazetteer's spelling (title case for a match found in upper-case copy). */
  alias: string;
  start: number;
  end: number;
}

export function findPlaces(text: string, sentences?: readonly Sentence[]): PlaceMention[] {
  const matches = rawMatches(text);
  const personNames = new Set(matches.filter((m) => readsAsPerson(text, m)).map((m) => m.alias));
  const mentions: PlaceMention[] = [];
  for (const [i, m] of matches.entries()) {
    if (personNames.has(m.alias) || isCommonWordSense(text, m) || isQualified(text, m, matches[i + 1])) continue;
    for (const target of ALIASES.get(m.alias) ?? []) {
      if (target.country === null) continue;
      const country = CONTESTED_NAMES[m.alias] ? contestedCountry(text, m.alias) : target.country;
      mentions.push({ text: m.text, start: m.start, end: m.end, country, kind: target.kind, ...sentenceOf(sentences, m.start) });
    }
  }
  const shared = sharedInstitutionMentions(text, mentions, (offset) => sentenceOf(sentences, offset));
  return [...mentions, ...shared].sort((a, b) => a.start - b.start);
}

/** Gazetteer matches, longest first and without overlaps; upper-case copy is matched against upper-case names. */
function rawMatches(text: string): RawMatch[] {
  const found: RawMatch[] = [];
  for (const m of text.matchAll(ALIAS_PATTERN)) found.push({ text: m[0], alias: m[0], start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(CAPS_PATTERN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!found.some((f) => f.start < end && start < f.end)) found.push({ text: m[0], alias: CAPS_ALIASES.get(m[0]) ?? m[0], start, end });
  }
  for (const m of text.matchAll(DATELINE_STATE)) {
    const end = m.index + m[0].length;
    const start = end - m[1].length;
    const alias = stateAbbreviation(m[1]);
    if (alias && !found.some((f) => f.start < end && start < f.end)) found.push({ text: m[1], alias, start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

const wordBefore = (text: string, at: number) => text.slice(Math.max(0, at - 40), at).match(/([\p{L}.’']+)[ \t]+$/u)?.[1] ?? '';
const wordAfter = (text: string, at: number) => text.slice(at, at + 40).match(/^[ \t]+([\p{L}’']+)/u)?.[1] ?? '';
const isNameWord = (word: string) => /^\p{Lu}\p{Ll}+$/u.test(word) && !NOT_A_NAME.has(word);

/** "Michael Jordan", "Chad Smith": a capitalized name right beside a place name that is also a person's name. */
function readsAsPerson(text: string, m: RawMatch): boolean {
  if (!PERSON_LIKE_PLACES.has(m.alias) || m.text !== m.alias) return false;
  const after = wordAfter(text, m.end);
  return isNameWord(wordBefore(text, m.start)) || (isNameWord(after) && !ALIASES.has(after));
}

function isCommonWordSense(text: string, m: RawMatch): boolean {
  const senses = COMMON_WORD_SENSES[m.alias];
  if (!senses) return false;
  const before = wordBefore(text, m.start).toLowerCase();
  const after = wordAfter(text, m.end).toLowerCase();
  return Boolean(senses.before?.includes(before) || senses.after?.some((w) => w.toLowerCase() === after));
}

/** "Paris, Texas" and "London, Ontario": a city followed by its state or country names the place on its own. */
function isQualified(text: string, m: RawMatch, next: RawMatch | undefined): boolean {
  if (!next || !/^,\s*$/.test(text.slice(m.end, next.start))) return false;
  const own = ALIASES.get(m.alias)?.find((t) => t.kind === 'city');
  const qualifier = ALIASES.get(next.alias)?.find((t) => t.kind === 'place' || t.kind === 'country');
  return Boolean(own && qualifier && qualifier.country !== own.country);
}

function contestedCountry(text: string, alias: string): string {
  const rule = CONTESTED_NAMES[alias];
  const hits = (cc: string) => (rule.cues[cc] ?? []).filter((cue) => text.includes(cue)).length;
  return hits(rule.alternative) > hits(rule.default) ? rule.alternative : rule.default;
}

function sentenceOf(sentences: readonly Sentence[] | undefined, offset: number): { sentence?: number } {
  if (!sentences) return {};
  const index = sentences.findIndex((s) => offset >= s.start && offset < s.end);
  return index >= 0 ? { sentence: index } : {};
}
