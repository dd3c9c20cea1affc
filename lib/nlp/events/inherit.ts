// Dates for sentences that have none of their own. News sets a reference time early (the lede's "on Monday")
// and tells the rest of the story in the past tense without repeating it; present-tense statements hold at
// publication; future or hedged statements get no date rather than a false one.
import { daysBetween } from '../temporal/calendar';
import type { DateInterval } from '../types';
import { ADJECTIVE_ED_LEAD, NOT_PAST_ED, REPORTING_VERBS, RETURN_CUES, TENSE_CUES } from './vocabulary';

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
// A quote mark opening a sentence before a space closes the previous sentence's quotation.
const STRAY_CLOSING_QUOTE = /^\s*["”]\s+/;
// A pronoun subject and a third-person verb: "It comes in two colors", "He owns ...".
const PRONOUN_SUBJECT = new Set(['it', 'he', 'she', 'this']);
const isThirdPersonVerb = (word: string | undefined) => word !== undefined && /^\p{L}{2,}[^s']s$/u.test(word);

const PERFECT_AUXILIARIES = new Set(['has', 'have']);
const isPastForm = (word: string, before: string | undefined) =>
  /^\p{L}{3,}ed$/u.test(word) && !NOT_PAST.has(word) && !ADJECTIVE_LEAD.has(before ?? '');
// "has released", "have already sold", "has been"
const isParticiple = (next: string | undefined, after: string | undefined): boolean =>
  next !== undefined && (next === 'been' || CUE_TENSE.get(next) === 'past' || /^\p{L}{3,}ed$/u.test(next) || (/ly$/.test(next) && isParticiple(after, undefined)));

/** The tense of a sentence's first verb cue, or null when it shows none. */
export function sentenceTense(sentence: string): Tense | null {
  const words = sentence.replace(STRAY_CLOSING_QUOTE, '').replace(QUOTED, ' ').replace(/’/g, "'").toLowerCase().match(/'?[\p{L}]+(?:-[\p{L}]+)*/gu) ?? [];
  for (const [i, word] of words.entries()) {
    const cue = CUE_TENSE.get(word) ?? (isPastForm(word, words[i - 1]) ? 'past' : undefined);
    if (cue === 'present' && PERFECT_AUXILIARIES.has(word) && isParticiple(words[i + 1], words[i + 2])) return 'perfect';
    // "The expo is to run from July 18": an arrangement for the future.
    if (cue === 'present' && (word === 'is' || word === 'are') && words[i + 1] === 'to') return 'future';
    if (cue) return cue;
  }
  return PRONOUN_SUBJECT.has(words[0] ?? '') && isThirdPersonVerb(words[1]) ? 'present' : null;
}

// "Apple Corps claims that ...": a present reporting verb states something at publication.
const PRESENT_REPORTING = new RegExp(`\\b(?:${REPORTING_VERBS.filter((v) => v.endsWith('s')).join('|')})\\b`, 'i');

/** The tense of a reporting frame's statement: its verb cues, else its reporting verb's own form. */
export const reportTense = (report: string): Tense | null => sentenceTense(report) ?? (PRESENT_REPORTING.test(report) ? 'present' : null);


/**
 * Whether an interval can be a story's reference time: a day or week (a month is too coarse to stand for the
 * story's moment) that ends on or before publication and not long before it.
 */
export function isReferenceTime(interval: DateInterval | undefined, dct: string | null): boolean {
  if (!interval || !dct) return false;
  if (!['day', 'week'].includes(interval.precision)) return false;
  const gap = daysBetween(interval.end, dct);
  return gap >= 0 && gap <= REFERENCE_WINDOW_DAYS;
}

const RETURN_CUE = new RegExp(`^\\W*(?:${RETURN_CUES.join('|')})\\b`, 'i');

/**
 * For each sentence, whether it lies in a background paragraph: one whose first sentence gives a date older
 * than the reference window ("In 1996, Jobs returned to Apple. He was named ..."). An undated past-tense
 * sentence there belongs to that background, not to the story's moment. A later date near publication or a
 * cue such as "Separately," returns to the story's moment. A paragraph that opens at the story's moment and
 * mentions an old date in passing stays at the story's moment, and so does the lede. `dates` are in text order.
 */
export function inBackground(
  text: string,
  sentences: ReadonlyArray<{ start: number; end: number; text: string }>,
  dates: ReadonlyArray<{ start: number; interval: DateInterval | undefined }>,
  dct: string | null,
): boolean[] {
  const isOld = (interval: DateInterval | undefined) => Boolean(interval && dct && daysBetween(interval.end, dct) > REFERENCE_WINDOW_DAYS);
  let background = false;
  return sentences.map((sentence, i) => {
    const opensParagraph = i === 0 || text.slice(sentences[i - 1].end, sentence.start).includes('\n');
    const own = dates.filter((d) => d.start >= sentence.start && d.start < sentence.end);
    if (opensParagraph) background = false;
    if (RETURN_CUE.test(sentence.text)) background = false;
    const before = background;
    // The lede sets the story's moment; it is never background.
    if (opensParagraph && i > 0 && own.length > 0) background = isOld(own[0].interval);
    else if (own.some((d) => !isOld(d.interval))) background = false;
    return before;
  });
}
