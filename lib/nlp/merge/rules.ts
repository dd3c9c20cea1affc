// When two events from different articles are one happening. Conservative: a wrong merge is worse than a
// missed one, so every condition must hold and dates coarser than a month merge only for a named happening.
import { REPORTING_VERBS } from '../events/vocabulary';
import type { Precision } from '../types';

/**
 * Dates fine enough to say two reports describe the same happening, finest first. A day merges with a day, or
 * with the week or month that holds it ("on June 15" / "in June"); a quarter, season or year names too many.
 */
export const MERGEABLE_PRECISIONS: readonly Precision[] = ['day', 'week', 'month'];
/**
 * A year names too many happenings, except a named one: reports that say the same participant did the same thing
 * (a happening verb) to the same thing named in several words, in the same year, are one happening ("Apple
 * launched the iTunes Music Store on April 28, 2003" / "Apple Computer ... launched the iTunes Music Store in
 * 2003"). The dates such a named happening merges at, finest first.
 */
export const NAMED_HAPPENING_PRECISIONS: readonly Precision[] = [...MERGEABLE_PRECISIONS, 'year'];
/** Words of the name a named happening's verb is done to, at least: one-word names ("Iraq") are done to often. */
export const NAMED_OBJECT_WORDS = 2;
/**
 * Words between the verb and the name of a named happening: the name is a definite one ("launched the iTunes
 * Music Store"), never "an Executive Order" (one of many).
 */
/** Verbs that name a thing rather than do something to it ("a house called Bryn Tirion"): no named happening. */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'dubbed', 'titled', 'entitled', 'nicknamed']);
export const NAMED_OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'his', 'her', 'their']);

/**
 * Wording overlap (Jaccard of content stems of the two evidence sentences, date words left out) that is enough on
 * its own, when at least STRONG_SHARED_WORDS words are shared (two short sentences overlap by chance: "Bodenstab
 * spoke to Wikinews" / "Patel spoke to Wikinews")...
 */
export const STRONG_WORDING = 0.4;
export const STRONG_SHARED_WORDS = 4;
/**
 * ...or enough together with at least SHARED_PARTICIPANTS named participants and SHARED_ACTION_WORDS words that
 * are not names in common (who and what happened: "Jobs", "iPhone" + "free", "case"); for a week or a month, also
 * a verb of the happening in common (see below).
 */
export const SUPPORTED_WORDING = 0.15;
/** A week or a month holds more happenings of the same participants than a day: it needs more wording in common. */
export const SUPPORTED_WORDING_COARSE = 0.3;
export const SHARED_PARTICIPANTS = 2;
export const SHARED_ACTION_WORDS = 2;
/**
 * On the same day, the same participants doing the same thing need less wording in common: the one action word
 * they share must then be a verb of the happening (not a reporting verb such as "said"), and it must be said of
 * the same participants ("Jobs introduced iPhone 4" / "iPhone 4 was introduced by Apple CEO Steve Jobs").
 */
export const SAME_DAY_PARTICIPANTS = 2;
export const SAME_DAY_WORDING = 0.1;
/**
 * A sentence with fewer content words than this is too short to tell one happening from another ("Net 138.20 mln
 * dlrs vs 87.80 mln", "Shr 80 cts vs 72 cts"): it never merges.
 */
export const MIN_EVENT_WORDS = 5;
/** Fewer words in common than this, and no rule above can hold: stored events are sifted by it first. */
export const MIN_SHARED_WORDS = 2;
/**
 * Verbs of statements: two statements are one happening only when the same speakers say the same thing ("Trump said
 * he will not approve a budget" / "Trump said he may declare an emergency" are two). The reporting verbs in the past
 * and "says" (their other present forms are nouns too: "fourteen states", "the claims"), and:
 */
export const STATEMENT_VERBS: ReadonlySet<string> = new Set([
  ...REPORTING_VERBS.filter((verb) => !verb.endsWith('s') || verb === 'says'),
  'expressed', // "Rivera Schatz expressed opposition to the swearing-in"
  'suggested', // "and suggested there were not enough votes"
  'urged', // "The minister urged residents to leave"
]);
/**
 * Words saying a state began: a state "since June" ("have been protesting since early June") is the happening of
 * June only for a report of its beginning ("The protests began in June").
 */
export const BEGINNING_WORDS: ReadonlySet<string> = new Set(['began', 'begun', 'begin', 'begins', 'started', 'start', 'starts', 'erupted']);
