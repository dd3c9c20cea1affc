// Phase one: run the rule table over the text and keep the longest non-overlapping matches as partial values.
import { getDaysInMonth } from 'date-fns';
import { AMBIGUOUS_MONTHS, COMMON_TIME_WORDS, COUNTED_NOUNS, MONTHS, NAMED_WEEKDAY_LEADS, TRIGGER_WORDS, WEEKDAYS } from '../resources/temporal/lexicon';
import { expandMacros, MACROS } from '../resources/temporal/macros';
import { TEMPORAL_RULES, type TemporalRule } from '../resources/temporal/rules';
import type { TimexType } from '../types';
import { astronomicalYear, ymd } from './calendar';
import { durationValue, readKnown, readMod, readPick, readShift, setValue, type NumericDateOrder } from './fields';
import type { PartialTimex } from './partial';
import { RequiredLookup, requiredSets, type RequiredSet } from './required';

interface CompiledRule {
  rule: TemporalRule;
  index: number;
  regex: RegExp;
  /** Flags by trigger index: the words the pattern can match. The rule runs only in windows holding one. */
  triggers: Uint8Array;
  /** Sets of strings every match holds one of (./required): a window lacking a set is skipped. */
  required: RequiredSet[];
}

// A match may not start inside a word, an amount ("$2017"), a number ("1,2017") or a numeric date ("25/13/2017"),
// nor end inside one.
// Word characters: ASCII, then the letters of other scripts (U+00C0–U+1FFF, U+2C00–U+D7FF), leaving out the
// punctuation block where the typographic apostrophe of "today’s" lives.
const WORD = 'A-Za-z0-9_\\u00C0-\\u1FFF\\u2C00-\\uD7FF';
const LEFT_EDGE = `(?<![${WORD}$£€¥#/]|\\d[.,])`;
const RIGHT_EDGE = `(?![${WORD}%]|[.,]\\d|-\\d)`;
/** Every temporal expression holds one of these; the rules only run on the text around them. */
const TRIGGER = new RegExp(`(?<![\\w'’])(?:${TRIGGER_WORDS.join('|')})s?(?!\\w)`, 'gi');
/** How far around a trigger an expression may reach ("the first nine months" ends at its trigger). */
const REACH = 28;

let compiled: CompiledRule[] | null = null;
/** For each trigger index, the rules it lets run (`ruleBits`). */
let rulesByTrigger: Uint32Array[] = [];
/** Scratch state of one window, reused from window to window. */
let running = new Uint32Array(0);
let lookup = new RequiredLookup(0);

/** Plain trigger words; every other trigger (years, clock times, numeric dates) is written with digits. */
const PLAIN_TRIGGERS = [...new Set(TRIGGER_WORDS.filter((w) => /^[a-z' ]+$/.test(w)))];
const TRIGGER_INDEX = new Map(PLAIN_TRIGGERS.map((w, i) => [w, i]));
/** The index shared by every trigger written with digits (years, clock times, numeric dates). */
const DIGITS = PLAIN_TRIGGERS.length;

function triggerIndex(matched: string): number {
  const w = matched.toLowerCase();
  return TRIGGER_INDEX.get(w) ?? (w.endsWith('s') ? TRIGGER_INDEX.get(w.slice(0, -1)) : undefined) ?? DIGITS;
}

export function compileRules(rules: TemporalRule[] = TEMPORAL_RULES): CompiledRule[] {
  const requiredSet = requiredSets();
  return rules.map((rule, index) => {
    const source = expandMacros(rule.pattern);
    // The pattern's words, escapes ("\\s", "\\b") blanked so that "\\syear" still shows "year" as a word of its own.
    const words = source.toLowerCase().replace(/\\[a-z]/g, ' ').replace(/\[['’]+\]/g, "'");
    const triggers = new Uint8Array(DIGITS + 1);
    PLAIN_TRIGGERS.forEach((w, i) => {
      // As a whole word (plural allowed): "mon" is not in "month", so a window holding "Mon" runs fewer rules.
      if (new RegExp(`(?<![a-z])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?(?![a-z])`).test(words)) triggers[i] = 1;
    });
    if (source.includes('\\d')) triggers[DIGITS] = 1;
    const regex = new RegExp(`${LEFT_EDGE}(?:${source})${RIGHT_EDGE}`, 'gi');
    return { rule, index, triggers, required: requiredSet(source), regex };
  });
}

interface Candidate {
  partial: PartialTimex;
  index: number;
}

/** Partial values for every temporal expression the rules find, in text order, none overlapping. */
export function recognize(
  text: string,
  wantsFuture: (start: number, end: number) => boolean,
  order: NumericDateOrder = 'month-first',
): PartialTimex[] {
  if (!compiled) {
    compiled = compileRules();
    rulesByTrigger = ruleBits(compiled);
    running = new Uint32Array(rulesByTrigger[0].length);
    lookup = new RequiredLookup(1 + Math.max(0, ...compiled.flatMap((r) => r.required.map((set) => set.slot))));
  }
  const candidates: Candidate[] = [];
  for (const { from, to, keys } of triggerWindows(text)) {
    const window = text.slice(from, to);
    lookup.reset(window);
    running.fill(0);
    for (const key of keys) for (let w = 0; w < running.length; w++) running[w] |= rulesByTrigger[key][w];
    for (let i = 0; i < compiled.length; i++) {
      const { rule, index, regex, required } = compiled[i];
      if ((running[i >> 5] & (1 << (i & 31))) === 0 || !lookup.holdsAll(required)) continue;
      regex.lastIndex = 0;
      for (let m = regex.exec(window); m; m = regex.exec(window)) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        const partial = buildPartial(rule, m, text, from, order);
        if (!partial) continue;
        if (rule.when === 'future' && !wantsFuture(partial.start, partial.end)) continue;
        candidates.push({ partial, index });
      }
    }
  }
  return selectLongest(candidates);
}

/** For each trigger index, the rules whose words include it, as bits by rule index. */
function ruleBits(rules: CompiledRule[]): Uint32Array[] {
  return Array.from({ length: DIGITS + 1 }, (_, key) => {
    const bits = new Uint32Array(Math.ceil(rules.length / 32));
    rules.forEach((r, i) => {
      if (r.triggers[key]) bits[i >> 5] |= 1 << (i & 31);
    });
    return bits;
  });
}

interface Window {
  from: number;
  to: number;
  keys: number[];
}

/** Stretches of text around trigger words, merged, starting and ending at whitespace, with the triggers they hold. */
function triggerWindows(text: string): Window[] {
  const windows: Window[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const from = whitespaceBefore(text, m.index - REACH);
    const to = whitespaceAfter(text, m.index + m[0].length + REACH);
    const key = triggerIndex(m[0]);
    const last = windows[windows.length - 1];
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to);
      if (!last.keys.includes(key)) last.keys.push(key);
    } else windows.push({ from, to, keys: [key] });
    TRIGGER.lastIndex = Math.max(TRIGGER.lastIndex, m.index + 1);
  }
  return windows;
}

/** Just after the last whitespace in the 40 characters before `at` (at their start when there is none). */
function whitespaceBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  const from = Math.max(0, at - 40);
  for (let i = at - 1; i >= from; i--) if (isSpace(text.charCodeAt(i))) return i + 1;
  return from;
}

/** The first whitespace in the 40 characters from `at` (their end when there is none). */
function whitespaceAfter(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const to = Math.min(text.length, at + 40);
  for (let i = at; i < to; i++) if (isSpace(text.charCodeAt(i))) return i;
  return to;
}

/** What RegExp reads as \s: ECMAScript white space and line terminators. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Longest match first (then the earlier rule) within each cluster of overlapping candidates. */
function selectLongest(candidates: Candidate[]): PartialTimex[] {
  const extentEnd = (p: PartialTimex): number => p.rangeEnd?.end ?? p.end;
  const length = (p: PartialTimex): number => extentEnd(p) - p.start;
  candidates.sort((a, b) => a.partial.start - b.partial.start);
  const taken: PartialTimex[] = [];
  for (let i = 0; i < candidates.length;) {
    let clusterEnd = extentEnd(candidates[i].partial);
    let j = i + 1;
    while (j < candidates.length && candidates[j].partial.start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, extentEnd(candidates[j].partial));
      j++;
    }
    const cluster = candidates.slice(i, j).sort((a, b) => length(b.partial) - length(a.partial) || a.index - b.index);
    const kept: PartialTimex[] = [];
    for (const { partial } of cluster) {
      if (kept.every((t) => extentEnd(partial) <= t.start || partial.start >= extentEnd(t))) kept.push(partial);
    }
    taken.push(...kept.sort((a, b) => a.start - b.start));
    i = j;
  }
  return taken;
}

function buildPartial(rule: TemporalRule, m: RegExpExecArray, text: string, offset: number, order: NumericDateOrder): PartialTimex | null {
  const g = m.groups ?? {};
  const start = offset + m.index;
  const end = start + m[0].length;
  if (!plausible(rule, g, text, start, end)) return null;
  const known = readKnown(g, order);
  if (Object.values(known).some((v) => v === undefined || Number.isNaN(v))) return null;
  if (known.month !== undefined && (known.month < 1 || known.month > 12)) return null;
  // "February 30" names no day; a yearless "February 29" may (a leap year stands in).
  const year = known.year === undefined ? 2000 : astronomicalYear(known.year, known.era);
  if (known.month !== undefined && known.day !== undefined && known.day > getDaysInMonth(ymd(year, known.month - 1, 1))) return null;
  let value = rule.value;
  if (rule.duration) value = durationValue(g);
  else if (rule.type === 'SET' && !value) value = setValue(g, known);
  if ((rule.duration || rule.type === 'SET') && !value) return null;
  const type: TimexType = rule.type ?? (known.pod !== undefined || known.hour !== undefined ? 'TIME' : 'DATE');
  const partial: PartialTimex = {
    start,
    end,
    type,
    ruleId: rule.id,
    known,
    anchor: rule.anchor ?? 'dct',
    inherit: rule.inherit,
    reported: rule.reported,
    reportStretch: rule.reportStretch,
    pick: readPick(rule, g),
    shift: readShift(rule.shift, g),
    offset: readShift(rule.offset, g),
    fallback: readShift(rule.fallback, g),
    value,
    mod: readMod(g) ?? rule.mod,
  };
  // News names events by their day ("Wednesday's ruling"): a day already come, whatever the sentence's tense.
  if (known.weekday !== undefined && !known.weekend && /^['’]s\b/.test(text.slice(end, end + 3))) partial.impliedTense = 'past';
  if (FISCAL.test(m[0])) partial.fiscal = true;
  // The article of "a third-quarter loss" belongs to the noun after the adjective: no passing mention.
  if (type === 'DATE' && !/-[a-z]+$/i.test(m[0]) && INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) partial.indefinite = true;
  if (rule.agoVague) partial.agoVague = readShift('$unit:1', g)?.unit;
  if (g.stretch && value && !value.includes('X')) partial.stretch = readShift('$unit:$stretch$number|$unit:$stretch', g);
  // "less than two weeks ago": some day after the one two weeks back (TIMEX3 mod AFTER), up to the publication date.
  if (g.lessThan) [partial.stretch, partial.mod] = [readShift('$unit:-$number', g), 'AFTER'];
  if (g.endDay || g.endYear) {
    const endText = (g.endDay ?? g.endYear)!;
    const endStart = start + m[0].lastIndexOf(endText);
    partial.end = start + m[0].indexOf(g.day ?? g.year ?? '') + (g.day ?? g.year ?? '').length;
    partial.rangeEnd = {
      start: endStart,
      end: endStart + endText.length,
      known: g.endDay ? { ...known, day: parseInt(g.endDay, 10) } : { year: Number(g.endYear) },
    };
  }
  return partial;
}

/** "a flat second quarter", "a Tuesday": an article (and at most one adjective) right before the expression. */
const INDEFINITE_BEFORE = /\ban?\s+(?:[a-z]+\s+)?$/i;
const FISCAL = new RegExp(`\\b(?:${MACROS.fiscal})\\b`, 'i');

const DATE_WORD_AFTER = new RegExp(`^\\s+(?:${Object.keys(MONTHS).join('|')}|${Object.keys(WEEKDAYS).join('|')}|Eve|Day)\\b`, 'i');

const NAMED_WEEKDAY = new RegExp(`\\b(?:${NAMED_WEEKDAY_LEADS.join('|')})\\s+$`);

const RATE_BEFORE = /(?:\d|%|\b(?:million|billion|thousand|hundred|percent|cents?|dollars?|[a-z]{3,}[^s'’\s]s))\s+$/;

/** Context checks no pattern can express compactly: capitalised month names, years that count things. */
function plausible(rule: TemporalRule, g: Record<string, string | undefined>, text: string, start: number, end: number): boolean {
  if (g.month && /^[a-z]/.test(g.month)) return false;
  if (g.weekday && /^[a-z]/.test(g.weekday)) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (!g.holiday && inTitle(text.slice(start, end), before)) return false;
  if (g.weekday && !g.holiday && NAMED_WEEKDAY.test(before)) return false;
  // "the Great Orchestra of Christmas Charity": a holiday before a capitalised noun names something.
  if (g.holiday && !g.year && /^\s+[A-Z][a-z]/.test(after) && !DATE_WORD_AFTER.test(after)) return false;
  // "a quarter of the market" is a fraction; "two quarters of 1990", "several quarters of losses" are times
  // ("a quarter of a century" has a rule of its own).
  if (rule.duration && /^quarters?$/i.test(g.unit ?? '') && /^\s+of\s+(?:the|its|their|all|his|her|our|those|these|an?)\b(?!\s+(?:\w+\s+)?year\b)/i.test(after)) return false;
  // "a quarter as much money", "three quarters more" are fractions too.
  if (rule.duration && /^quarters?$/i.test(g.unit ?? '') && /^\s+(?:as\s+(?:much|many|large|big|high)|more|less|fewer)\b/i.test(after)) return false;
  // "Daily Xtra", "the Weekly Standard": a capitalised frequency word before a name names a publication.
  if (g.setWord && /^[A-Z]/.test(g.setWord) && /^\s+[A-Z]/.test(after)) return false;
  // A rate ("four flights a week", "$500 million a year") counts things, it names no time.
  if (rule.duration && g.number && /^an?$/i.test(g.number) && RATE_BEFORE.test(before)) return false;
  // So does an adverb or "per" after an amount ("rise 8.5% annually", "75 miles per hour"); "three times daily" repeats.
  const perUnit = rule.type === 'SET' && /^per\s/i.test(text.slice(start, end));
  if ((g.setWord || perUnit) && RATE_BEFORE.test(before) && /\d/.test(before) && !/\btimes\s+$/i.test(before)) return false;
  // "a decades-long battle": the article belongs to the noun, the plural is no single unit.
  if (rule.duration && g.number && g.unit && /^an?$/i.test(g.number) && /^s\b/.test(text.slice(start, end).toLowerCase().split(g.unit.toLowerCase())[1] ?? '')) return false;
  const monthOnly = g.month && !g.day && !g.year && !g.year2 && !g.endDay;
  if (monthOnly && AMBIGUOUS_MONTHS.includes(g.month!.toLowerCase().replace(/\.$/, ''))) {
    const dateContext = /\b(?:in|since|until|till|by|during|of|from|to|through|before|after|early|late|mid|last|next|this|each|every|between|and|or|end|beginning|start|middle)\s+$/i;
    if (!dateContext.test(before) && !g.mod && !g.dir && !g.yearDir) return false;
    if (/^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:[A-Z][a-z]+day)\b/.test(after)) return false;
  }
  if (!plausibleEra(g, before, after)) return false;
  const yearOnly = g.year && !g.month && !g.numericA && !g.quarter && !g.season && !g.half && !g.half2 && !g.endYear && !g.holiday;
  if (yearOnly) {
    if (/(?:No\.|number|flight|route|model|Boeing|Airbus|type|room|page)\s*$/i.test(before)) return false;
    // "(1130 UTC)", "(2024 Friday, UTC)": a clock time on the 24-hour dial, no year.
    if (/^\s+(?:[A-Z][a-z]+day,?\s+)?(?:UTC|GMT)\b/.test(after)) return false;
    const temporalBefore = /\b(?:in|since|by|until|till|of|the|its|his|her|their|from|to|during|before|after|early|late|mid|fiscal|year|between|and|through|for)\s*$|['’]s\s+$/i.test(before);
    const next = after.match(/^\s+([a-z]+)/)?.[1];
    const year = Number(g.year);
    const countsThings = next !== undefined && (COUNTED_NOUNS.includes(next) || ((year < 1900 || year > 2030) && /^[a-z]+[^s]s$/.test(next)));
    if (!temporalBefore && !/^fiscal/i.test(text.slice(start, end)) && countsThings) return false;
  }
  return true;
}

/** A preposition before a year with its era: "in 2000 BC", "around 2000 BC", unlike "the 2017 BC election". */
const PREPOSITION_BEFORE = /\b(?:in|since|by|until|till|of|from|to|during|before|after|about|around|circa|c\.|between|and|through|or)\s*$/i;

/**
 * Eras are written in capitals ("44 BC", not "44 bc"; "ad" is an advert). An undotted era after a year news writes
 * bare is a name as often ("the 2017 BC election", "2017 BC Liberals": British Columbia): it dates only after a
 * preposition or with no word following. "the year 12000 people" counts people.
 */
function plausibleEra(g: Record<string, string | undefined>, before: string, after: string): boolean {
  if ([g.era, g.adEra].some((era) => era && /[a-z]/.test(era))) return false;
  const year = Number(g.eraYear ?? g.adYear);
  const undotted = (g.era ?? g.adEra ?? '.').includes('.') === false;
  if (undotted && year >= 1800 && year <= 2099 && /^\s+[A-Za-z]/.test(after) && !PREPOSITION_BEFORE.test(before)) return false;
  const next = after.match(/^\s+([a-z]+)/)?.[1];
  if (g.farYear && next !== undefined && COUNTED_NOUNS.includes(next)) return false;
  return true;
}

const COMMON_WORD = new Set(COMMON_TIME_WORDS);
const AFTER_NAME = /(?:^|[^.!?:;"“”'‘’`\s]\s+)[A-Z][A-Za-z]*\s+$/;

/** An expression inside a title: a common time word capitalised mid-expression, or right after a capitalised name. */
function inTitle(expression: string, before: string): boolean {
  return expression.split(/[\s-]+/).some((w, i) => {
    if (!/^[A-Z]/.test(w)) return false;
    const lower = w.toLowerCase();
    if (!COMMON_WORD.has(lower) && !COMMON_WORD.has(lower.replace(/s$/, ''))) return false;
    return i > 0 || AFTER_NAME.test(before);
  });
}
