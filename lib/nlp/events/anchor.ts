// Which temporal expressions can date an event, and how expressions without a day of their own are placed.
import { daysBetween } from '../temporal/calendar';
import { valueToInterval } from '../temporal/index';
import type { Timex } from '../types';
import { SPAN_OPENERS } from './vocabulary';

const SPAN_OPENER = new RegExp(`\\b(?:${SPAN_OPENERS.join('|')})\\s+(?:the\\s+)?$`, 'i');
// A clock time or part of day that names no day ("just before midnight", "at 3 pm"), unlike "Friday night".
const NAMES_A_DAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:yesterday|today|tonight|tomorrow|this|last|next)\b|\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:[ap]\.?m|o'clock|h\b))|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

// A bare year between a determiner or possessive and a noun names an edition, not a date: "the 2011 version",
// "the company's 2010 Worldwide Developers Conference" (unlike "in 2010" or "2010 was a good year").
const NAME_MODIFIER_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|this|that)|['’]s)\s+$/i;
const NAME_MODIFIER_AFTER = /^\s+\p{L}/u;

/**
 * A DATE or TIME expression that places something on the calendar (or would, given a publication date).
 * Durations, sets, "now", the start of a span ("since 2015") and a year naming an edition date no happening.
 */
export function canDateEvent(timex: Timex, text: string): boolean {
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return false;
  if (!timex.interval && !timex.unresolved) return false;
  if (/_REF$/.test(timex.value) && !timex.interval) return false;
  const before = text.slice(Math.max(0, timex.start - 30), timex.start);
  if (/^\d{4}$/.test(timex.text) && NAME_MODIFIER_BEFORE.test(before) && NAME_MODIFIER_AFTER.test(text.slice(timex.end))) return false;
  return !SPAN_OPENER.test(before);
}

// A state in the perfect ("has been fighting cancer since 2004", "had not been updated since 2008") began or
// last changed at the date after "since"; a count ("has sold 3 billion songs since 2003") did not happen then.
const STATE_SINCE = /\bbeen\b[^,;:.!?]{0,60}\bsince\s+(?:the\s+)?$/i;

// A span from a happening rather than a date, in the perfect: "Since its launch the store has sold 3 billion
// songs", "has served as interim chief since the beginning of his leave".
const SINCE_HAPPENING = /\bsince\s+(?:its|the|his|her|their|our)\s+\p{L}+/iu;
const PERFECT = /\b(?:has|have|had)\b/i;

/**
 * True for a sentence that counts or holds something over a span since a happening it names: like "since
 * 2015", the span's start is no date for the sentence to inherit from the story.
 */
export const spansSinceHappening = (sentence: string) => SINCE_HAPPENING.test(sentence) && PERFECT.test(sentence);

/**
 * The start of a state as a happening: "been ... since 2004" dates the beginning, 2004 itself (the tagger reads
 * the whole span 2004 to publication). Null for any other expression.
 */
export function stateStart(timex: Timex, text: string): Timex | null {
  if (timex.type !== 'DATE' || !STATE_SINCE.test(text.slice(Math.max(0, timex.start - 80), timex.start))) return null;
  const interval = valueToInterval(timex.value);
  return interval ? { ...timex, interval } : null;
}

/** True for a time of day that names no day of its own ("just before midnight"). */
export function isBareTimeOfDay(timex: Timex): boolean {
  return timex.type === 'TIME' && !NAMES_A_DAY.test(timex.text);
}

/**
 * A bare time of day takes its day from the story: the latest day, before the publication date, that the
 * text has already named ("late on Friday ... The documents spread just before midnight"). Without one the
 * tagger's own reading stands.
 */
export function narrativeDay(timex: Timex, earlier: readonly Timex[], dct: string | null): Timex {
  if (!dct || !isBareTimeOfDay(timex)) return timex;
  const anchor = [...earlier].reverse().find((t) => t.interval?.precision === 'day' && daysBetween(t.interval.end, dct) > 0 && t.interval.start === t.interval.end);
  if (!anchor?.interval) return timex;
  const day = anchor.interval.start;
  const time = timex.value.includes('T') ? timex.value.slice(timex.value.indexOf('T')) : '';
  return { ...timex, value: `${day}${time}`, interval: { start: day, end: day, precision: 'day' } };
}
