// Dates for sentences that have none of their own. News sets a reference time early (the lede's "on Monday")
// and tells the rest of the story in the past tense without repeating it; present-tense statements hold at
// publication; future or hedged statements get no date rather than a false one.
import type { DateInterval } from '../types';
import { ADJECTIVE_ED_LEAD, NOT_PAST_ED, TENSE_CUES } from './vocabulary';

/** `perfect`: "has released" — a completed happening reported as news, at the story's moment. */
export type Tense = 'past' | 'perfect' | 'present' | 'future';

/** The story's reference time must lie this close before the publication date (a lede's recent happening). */
export const REFERENCE_WINDOW_DAYS = 31;
/** ...and be named within this many sentences from the top. */
export const REFERENCE_LEAD_SENTENCES = 6;

const CUE_TENSE = new Map<string, Tense>(
  (Object.entries(TENSE_CUES) as [Tense, string[]][]).flatMap(([tense, words]) => words.map((w) => [w, tense] as const)),
);
const NOT_PAST = new Set(NOT_PAST_ED);
const ADJECTIVE_LEAD = new Set(ADJECTIVE_ED_LEAD);
// Quoted speech is in the speaker's tense, not the narrator's.
const QUOTED = /["“][^"“”]*["”]?/g;

const PERFECT_AUXILIARIES = new Set(['has', 'have']);
const isPastForm = (word: string, before: string | undefined) =>
  /^\p{L}{3,}ed$/u.test(word) && !NOT_PAST.has(word) && !ADJECTIVE_LEAD.has(before ?? '');
// "has released", "have already sold", "has been"
const isParticiple = (next: string | undefined, after: string | undefined): boolean =>
  next !== undefined && (next === 'been' || CUE_TENSE.get(next) === 'past' || /^\p{L}{3,}ed$/u.test(next) || (/ly$/.test(next) && isParticiple(after, undefined)));

/** The tense of a sentence's first verb cue, or null when it shows none. */
export function sentenceTense(sentence: string): Tense | null {
  const words = sentence.replace(QUOTED, ' ').replace(/’/g, "'").toLowerCase().match(/'?[\p{L}]+(?:-[\p{L}]+)*/gu) ?? [];
  for (const [i, word] of words.entries()) {
    const cue = CUE_TENSE.get(word) ?? (isPastForm(word, words[i - 1]) ? 'past' : undefined);
    if (cue === 'present' && PERFECT_AUXILIARIES.has(word) && isParticiple(words[i + 1], words[i + 2])) return 'perfect';
    if (cue) return cue;
  }
  return null;
}

const dayNumber = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * Whether an interval can be a story's reference time: a day or week (a month is too coarse to stand for the
 * story's moment) that ends on or before publication and not long before it.
 */
export function isReferenceTime(interval: DateInterval | undefined, dct: string | null): boolean {
  if (!interval || !dct) return false;
  if (!['day', 'week'].includes(interval.precision)) return false;
  const gap = dayNumber(dct) - dayNumber(interval.end);
  return gap >= 0 && gap <= REFERENCE_WINDOW_DAYS;
}
