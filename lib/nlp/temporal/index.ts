// The temporal tagger: TimeML TIMEX3 recognition (phase one, ./recognize) and normalization against the
// publication date, the sentence's tense and the dates already mentioned (phase two, ./resolve).
import type { Sentence, Timex } from '../types';
import { DEFAULT_DATE_LOCALE, NUMERIC_DATE_ORDER } from '../resources/temporal/lexicon';
import { dayOf } from './calendar';
import type { NumericDateOrder } from './fields';
import type { PartialTimex } from './partial';
import { recognize } from './recognize';
import { resolvePartial, type Anchor } from './resolve';
import { anchorSpans } from './spans';
import { tenseAt, type Tense } from './tense';

export { valueToInterval } from './interval';

/** How far a sentence is assumed to reach on either side of an expression when no sentences are given. */
const SENTENCE_REACH = 240;
/** A sentence stop: a full stop not after a short abbreviation ("vs.", "Ala."), then a capital; or a line end. */
const SENTENCE_STOP = /(?<!\b[A-Za-z]{1,3})[.!?]["'”’)]*(?=\s+["'“‘(]?[A-Z0-9])|\n/g;

export interface TagOptions {
  /** Publication date (ISO day, time allowed); null when unknown: relative expressions stay unresolved. */
  dct: string | null;
  sentences?: Sentence[];
  /** Language tag of the text ("en-GB"): decides whether "5/7/2017" is 5 July or May 7 (lexicon NUMERIC_DATE_ORDER). */
  locale?: string;
}

export function tagTimexes(text: string, options: TagOptions): Timex[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const dct = dayOf(options.dct);
  const tenseOf = tenseFinder(text, options.sentences ?? null);
  const partials = recognize(text, (start, end) => tenseOf(start, end) === 'future', numericDateOrder(options.locale));
  const narrative: Anchor[] = [];
  const timexes: Timex[] = [];
  for (const partial of partials) {
    let tense: Tense | undefined;
    const lazyTense = () => (tense ??= partial.impliedTense ?? tenseOf(partial.start, partial.end));
    for (const part of splitRange(partial)) {
      const resolution = resolvePartial(part, { dct, narrative, tense: lazyTense });
      if (resolution.anchor) narrative.push(resolution.anchor);
      timexes.push({
        text: text.slice(part.start, part.end),
        start: part.start,
        end: part.end,
        type: part.type,
        value: resolution.value,
        ...(part.mod ? { mod: part.mod } : {}),
        ...(resolution.interval ? { interval: resolution.interval } : {}),
        ...(resolution.unresolved ? { unresolved: true } : {}),
      });
    }
  }
  return anchorSpans(text, timexes, options.dct && dct ? dct : null);
}

/**
 * The locale's reading of numeric dates: the full tag, then its language and region ("en-Latn-GB" -> en-GB), then
 * its language, then the default locale's. A tag Intl cannot read falls back to the default.
 */
function numericDateOrder(locale: string | undefined): NumericDateOrder {
  const key = locale ?? DEFAULT_DATE_LOCALE;
  let order = ORDER_BY_LOCALE.get(key);
  if (order === undefined) {
    if (ORDER_BY_LOCALE.size >= MAX_CACHED_LOCALES) ORDER_BY_LOCALE.clear();
    ORDER_BY_LOCALE.set(key, order = lookUpNumericDateOrder(key));
  }
  return order;
}

/** Orders already looked up (parsing a tag costs more than tagging a short text's dates), a bounded few. */
const ORDER_BY_LOCALE = new Map<string, NumericDateOrder>();
const MAX_CACHED_LOCALES = 256;

function lookUpNumericDateOrder(locale: string): NumericDateOrder {
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(locale);
  } catch {
    return NUMERIC_DATE_ORDER[DEFAULT_DATE_LOCALE];
  }
  const { language, region } = parsed;
  return NUMERIC_DATE_ORDER[parsed.toString()] ?? (region ? NUMERIC_DATE_ORDER[`${language}-${region}`] : undefined)
    ?? NUMERIC_DATE_ORDER[language] ?? NUMERIC_DATE_ORDER[DEFAULT_DATE_LOCALE];
}

/** "July 18 to 21" is two TIMEX3 (TimeML); the second inherits the first's known fields. */
function splitRange(partial: PartialTimex): PartialTimex[] {
  if (!partial.rangeEnd) return [partial];
  const { rangeEnd, ...first } = partial;
  return [first, { ...first, start: rangeEnd.start, end: rangeEnd.end, known: rangeEnd.known }];
}

/**
 * Tense lookup by offset, in the sentence holding the expression: one of the given sentences (in text order),
 * or else the stretch between the nearest sentence stops, which spares a full split for the few lookups made.
 */
function tenseFinder(text: string, sentences: Sentence[] | null): (start: number, end: number) => Tense {
  if (!sentences) {
    return (start, end) => {
      const from = Math.max(0, start - SENTENCE_REACH);
      let s = from;
      for (const m of text.slice(from, start).matchAll(SENTENCE_STOP)) s = from + m.index + m[0].length;
      const after = text.slice(end, end + SENTENCE_REACH).search(SENTENCE_STOP);
      const e = after < 0 ? Math.min(text.length, end + SENTENCE_REACH) : end + after + 1;
      return tenseAt(text.slice(s, e), start - s, end - s);
    };
  }
  return (start, end) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= start) lo = mid + 1;
      else if (sentences[mid].start > start) hi = mid - 1;
      else {
        const s = sentences[mid];
        return tenseAt(text.slice(s.start, s.end), start - s.start, end - s.start);
      }
    }
    const from = Math.max(0, start - 200);
    return tenseAt(text.slice(from, Math.min(text.length, end + 200)), start - from, end - from);
  };
}
