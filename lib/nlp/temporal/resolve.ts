// Phase two: fill what a partial value leaves implied, from the publication date, the sentence's tense and
// the dates already mentioned (the narrative anchor).
import { addDays, addWeeks, getISODay, lastDayOfMonth, nextDay, previousDay, type Day } from 'date-fns';
import type { DateInterval } from '../types';
import type { TimeUnit } from '../resources/temporal/lexicon';
import { dayOf, easterSunday, isoDay, pad, shiftDate, valueAt, ymd } from './calendar';
import { valueToInterval } from './interval';
import type { KnownFields, PartialTimex, Shift } from './partial';
import type { Tense } from './tense';

/** A resolved date the following expressions may lean on. */
export interface Anchor {
  date: Date;
  granularity: TimeUnit;
  /**
   * A stretch a report covers ("the nine months"): no date to lean on (date is the publication date), only a
   * mark that comparisons after it no longer refer to the quarter mentioned before.
   */
  stretch?: boolean;
}

export interface ResolveContext {
  dct: Date | null;
  /** Resolved mentions so far, most recent last. */
  narrative: Anchor[];
  /** The tense of the expression's sentence, looked up only when a yearless period needs it. */
  tense: () => Tense;
}

export interface Resolution {
  value: string;
  interval?: DateInterval;
  unresolved?: boolean;
  anchor?: Anchor;
}

const FINENESS: TimeUnit[] = [
  'second', 'minute', 'hour', 'partOfDay', 'day', 'week', 'month', 'quarter', 'half', 'season', 'year', 'decade', 'century',
];
const finerOrEqual = (a: TimeUnit, b: TimeUnit): boolean => FINENESS.indexOf(a) <= FINENESS.indexOf(b);

export function resolvePartial(p: PartialTimex, ctx: ResolveContext): Resolution {
  if (p.agoVague) return resolveVagueAgo(p.agoVague, ctx.dct);
  const stretch = p.stretch && ctx.dct ? stretchInterval(ctx.dct, p.stretch) : undefined;
  if (p.value) {
    const marks = p.reportStretch && ctx.dct ? { anchor: { date: ctx.dct, granularity: 'year' as const, stretch: true } } : {};
    return { value: p.value, ...(stretch ? { interval: stretch } : {}), ...marks };
  }
  // A stretch back to a date ("less than two weeks ago"): the value names the day it starts, the interval runs on.
  if (stretch) return { value: stretch.start, interval: stretch };
  const value = offsetDay(dateValue(p, ctx), p.offset);
  if (value === null) return { value: unresolvedValue(p.known), unresolved: true };
  const calendar = valueToInterval(value, p.mod);
  const interval = calendar && p.fiscal ? { ...calendar, precision: 'approximate' as const } : calendar ?? undefined;
  const granularity = granularityOf(value);
  // A comparison point ("a year earlier") or a mention in passing ("after a flat second quarter") is no new
  // reference time for the narrative.
  const anchorDate = interval && !p.inherit && !p.indefinite ? dayOf(interval.start) : null;
  return { value, interval, anchor: anchorDate && granularity ? { date: anchorDate, granularity } : undefined };
}

/** A resolved day moved by the rule's offset ("the day before yesterday"); any time of day stays. */
function offsetDay(value: string | null, offset: Shift | undefined): string | null {
  if (!offset || !value) return value;
  const day = /^\d{4}-\d{2}-\d{2}/.test(value) ? dayOf(value) : null;
  return day ? isoDay(shiftDate(day, offset.unit, offset.amount)) + value.slice(10) : value;
}

function dateValue(p: PartialTimex, ctx: ResolveContext): string | null {
  const k = p.known;
  if (k.century !== undefined) return `${k.era ?? ''}${pad(k.century)}`;
  if (k.decade !== undefined) return pad(k.decade, 3);
  if (k.year !== undefined && !p.shift) return formatKnown(k.year, p.inherit ? withReportedQuarter(k, ctx) : k);
  const anchor = anchorFor(p, ctx);
  if (!anchor) return null;
  if (p.shift) return shifted(p, anchor, p.shift);
  return pickInstance(k, anchor.date, p.pick, ctx.tense, p.type === 'TIME');
}

/** The anchor a partial leans on: the publication date, or the latest mention fine enough for its shift. */
function anchorFor(p: PartialTimex, ctx: ResolveContext): Anchor | null {
  const dctAnchor: Anchor | null = ctx.dct ? { date: ctx.dct, granularity: 'day' } : null;
  // A comparison a year back: from the period reported on; "the year-ago quarter" (a rule with a quarter
  // fallback) names the quarter whatever stretch came between.
  const latest = p.inherit && p.shift?.unit === 'year' ? (p.fallback ? reportedQuarter(ctx) : reportedPeriod(ctx)) : undefined;
  if (latest) return latest;
  if (p.anchor !== 'narrative') return dctAnchor;
  if (p.fallback) {
    const { unit, amount } = p.fallback;
    const same = p.reported ? reportedQuarter(ctx, 'first')
      : unit === 'quarter' && p.inherit ? reportedQuarter(ctx) : findLast(ctx.narrative, (a) => !a.stretch && a.granularity === unit);
    return same ?? (dctAnchor && { date: shiftDate(dctAnchor.date, unit, amount), granularity: unit });
  }
  const needed: TimeUnit = p.shift ? p.shift.unit : 'day';
  return findLast(ctx.narrative, (a) => !a.stretch && finerOrEqual(a.granularity, needed)) ?? dctAnchor;
}

const INHERITED: TimeUnit[] = ['quarter'];

/**
 * The quarter a comparison ("a year ago", "the 1988 period") is about: the latest quarter mentioned that had ended
 * by the publication date. A quarter still running or to come is a forecast, not the period reported on. "The
 * quarter" names the period of the whole report: the first such quarter mentioned.
 */
function reportedQuarter(ctx: ResolveContext, which: 'first' | 'last' = 'last'): Anchor | undefined {
  const dct = ctx.dct;
  const ended = (a: Anchor) => !a.stretch && INHERITED.includes(a.granularity) && (!dct || shiftDate(a.date, a.granularity, 1) <= dct);
  return which === 'first' ? ctx.narrative.find(ended) : findLast(ctx.narrative, ended);
}

/**
 * The period a comparison that names no unit of its own ("a year earlier", "year-ago", "the 1988 period") refers
 * to: the reported quarter, unless a longer stretch of the report ("the nine months") was mentioned after it.
 */
function reportedPeriod(ctx: ResolveContext): Anchor | undefined {
  const quarter = reportedQuarter(ctx);
  const stretch = findLast(ctx.narrative, (a) => a.stretch === true);
  if (!stretch || (quarter && ctx.narrative.lastIndexOf(quarter) > ctx.narrative.lastIndexOf(stretch))) return quarter;
  return stretch;
}

/** A year that takes the reported quarter ("the 1988 period"); the year alone without one. */
function withReportedQuarter(k: KnownFields, ctx: ResolveContext): KnownFields {
  const period = reportedPeriod(ctx);
  const quarter = period && !period.stretch ? period : undefined;
  return quarter && k.quarter === undefined ? { ...k, quarter: Math.floor(quarter.date.getMonth() / 3) + 1 } : k;
}

function findLast<T>(items: T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return items[i];
  return undefined;
}

function shifted(p: PartialTimex, anchor: Anchor, shift: Shift): string {
  const base = shiftDate(anchor.date, shift.unit, shift.amount);
  let granularity = shift.unit;
  // "a year earlier" after "the third quarter" is that quarter a year before (TimeBank: 1988-Q3).
  if (p.inherit && shift.unit === 'year' && INHERITED.includes(anchor.granularity)) {
    granularity = anchor.granularity;
  }
  // "a decade ago" is the year ten years back, not the decade before this one.
  if (p.inherit && (granularity === 'decade' || granularity === 'century')) granularity = 'year';
  const k = p.known;
  if (k.month !== undefined || k.quarter !== undefined || k.half !== undefined || k.season !== undefined) {
    return formatKnown(base.getFullYear(), k);
  }
  if (granularity === 'day' || granularity === 'partOfDay') return isoDay(base) + timeSuffix(k);
  return valueAt(base, granularity);
}

const timeSuffix = (k: KnownFields): string =>
  k.hour !== undefined ? `T${pad(k.hour)}:${pad(k.minute ?? 0)}` : k.pod ? `T${k.pod}` : '';

/** A value from known fields and a year: the finest field the text gave sets the precision. */
function formatKnown(year: number, k: KnownFields): string {
  const y = `${k.era ?? ''}${pad(year, 4)}`;
  if (k.easter !== undefined) return isoDay(addDays(easterSunday(year), k.easter));
  if (k.month !== undefined && k.nthWeekday) return `${y}-${pad(k.month)}-${pad(nthWeekdayOf(year, k.month, k.nthWeekday))}`;
  if (k.month !== undefined && k.day !== undefined && k.weekOf) return valueAt(ymd(year, k.month - 1, k.day), 'week');
  if (k.month !== undefined && k.day !== undefined) return `${y}-${pad(k.month)}-${pad(k.day)}${timeSuffix(k)}`;
  if (k.month !== undefined) return `${y}-${pad(k.month)}`;
  if (k.quarter !== undefined) return `${y}-Q${k.quarter}`;
  if (k.half !== undefined) return `${y}-H${k.half}`;
  if (k.season !== undefined) return `${y}-${k.season}`;
  return y;
}

/** The day of the month of its nth weekday (nth -1 = the last), by date-fns: "the fourth Thursday of November". */
function nthWeekdayOf(year: number, month: number, { weekday, nth }: { weekday: number; nth: number }): number {
  const day = (weekday % 7) as Day; // date-fns counts from Sunday = 0, ISO from Monday = 1
  if (nth < 0) {
    const last = lastDayOfMonth(ymd(year, month - 1, 1));
    return (getISODay(last) === weekday ? last : previousDay(last, day)).getDate();
  }
  const first = ymd(year, month - 1, 1);
  return addWeeks(getISODay(first) === weekday ? first : nextDay(first, day), nth - 1).getDate();
}

/** Which instance of a yearless period (weekday, "May 7", "August", "last fall") the text means. */
function pickInstance(k: KnownFields, anchor: Date, pick: PartialTimex['pick'], tenseOf: () => Tense, isTime: boolean): string | null {
  if (k.weekday !== undefined) return pickWeekday(k, anchor, pick, pick === 'tense' ? tenseOf() : null);
  const hasPeriod = k.month !== undefined || k.quarter !== undefined || k.half !== undefined || k.season !== undefined || k.easter !== undefined;
  if (!hasPeriod) return isTime || k.pod || k.hour !== undefined ? isoDay(anchor) + timeSuffix(k) : null;
  const year = anchor.getFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => instance(formatKnown(y, k))).filter((c): c is Instance => c !== null);
  if (candidates.length === 0) return null;
  const at = anchor.getTime();
  if (pick === 'last') return findLast(candidates, (c) => c.end < at)?.value ?? null;
  if (pick === 'next') return candidates.find((c) => c.start > at)?.value ?? null;
  if (pick === 'this') return candidates.find((c) => c.value.startsWith(pad(year, 4)))?.value ?? null;
  const tense = tenseOf();
  // Reports look back on quarters and halves: the latest begun, unless the sentence looks ahead.
  if ((k.quarter !== undefined || k.half !== undefined) && tense !== 'future') {
    return findLast(candidates, (c) => c.start <= at)?.value ?? null;
  }
  // By tense: the nearest instance, an instance on the side the tense contradicts counting as farther away.
  const chosen = minBy(candidates, (c) => {
    const after = c.start > at;
    const gap = after ? c.start - at : c.end < at ? at - c.end : 0;
    const penalty = k.quarter !== undefined || k.half !== undefined ? REPORT_TENSE_PENALTY : TENSE_PENALTY;
    if ((after && tense === 'past') || (!after && gap > 0 && tense === 'future')) return gap * penalty;
    return after && tense === null ? gap * NEWS_PAST_BIAS : gap;
  });
  return chosen ? chosen.value : null;
}

/** An instance of a yearless period: its value, first and last day (as times). */
interface Instance {
  value: string;
  start: number;
  end: number;
}

/** Instances already computed: news names the same few months and quarters again and again. */
const INSTANCES = new Map<string, Instance | null>();
const INSTANCES_MAX = 4096;

function instance(value: string): Instance | null {
  let found = INSTANCES.get(value);
  if (found === undefined) {
    const interval = valueToInterval(value);
    found = interval && { value, start: dayOf(interval.start)!.getTime(), end: dayOf(interval.end)!.getTime() };
    if (INSTANCES.size >= INSTANCES_MAX) INSTANCES.clear();
    INSTANCES.set(value, found);
  }
  return found;
}

/**
 * How much farther an instance looks when it lies on the side of the anchor the tense contradicts: "a bombing in
 * January killed" (October) is the January gone by, not the one three months ahead.
 */
const TENSE_PENALTY = 5;
/** Reports speak ahead of a quarter's results already over ("expects to release third-quarter results"): milder. */
const REPORT_TENSE_PENALTY = 2.5;
/** Without a tense cue, news more often reports than announces: a later instance looks a little farther. */
const NEWS_PAST_BIAS = 1.2;

function minBy<T>(items: T[], cost: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestCost = Infinity;
  for (const item of items) {
    const c = cost(item);
    if (c < bestCost) [best, bestCost] = [item, c];
  }
  return best;
}

function pickWeekday(k: KnownFields, anchor: Date, pick: PartialTimex['pick'], tense: Tense): string {
  const offset = (k.weekday! - getISODay(anchor) + 7) % 7; // days forward to the next such weekday (0 = today)
  const back = offset === 0 ? 0 : offset - 7;
  let days: number;
  if (pick === 'last') days = back === 0 ? -7 : back;
  else if (pick === 'next') days = offset === 0 ? 7 : offset;
  else if (pick === 'this') days = k.weekday! >= getISODay(anchor) ? offset : back;
  else days = tense === 'future' ? offset : back;
  const date = addDays(anchor, days);
  return k.weekend ? `${valueAt(date, 'week')}-WE` : isoDay(date) + timeSuffix(k);
}

/** The days between the publication date and the shift from it, approximate: where a stretch begins or ends is vague. */
function stretchInterval(dct: Date, shift: Shift): DateInterval {
  const [from, to] = [dct, shiftDate(dct, shift.unit, shift.amount)].sort((a, b) => a.getTime() - b.getTime());
  return { start: isoDay(from), end: isoDay(to), precision: 'approximate' };
}

/** "weeks ago": a past reference spanning one to seven units before the publication date. */
function resolveVagueAgo(unit: TimeUnit, dct: Date | null): Resolution {
  if (!dct) return { value: 'PAST_REF', unresolved: true };
  return {
    value: 'PAST_REF',
    interval: { start: isoDay(shiftDate(dct, unit, -7)), end: isoDay(shiftDate(dct, unit, -1)), precision: 'approximate' },
  };
}

/** The partial value written with X for what only a publication date could fill ("XXXX-11", "XXXX-WXX-5"). */
function unresolvedValue(k: KnownFields): string {
  if (k.weekend) return 'XXXX-WXX-WE';
  if (k.weekday !== undefined) return `XXXX-WXX-${k.weekday}${timeSuffix(k)}`;
  if (k.easter === undefined && (k.month !== undefined || k.quarter !== undefined || k.half !== undefined || k.season !== undefined)) {
    return formatKnown(0, k).replace(/^0000/, 'XXXX');
  }
  return 'XXXX-XX-XX';
}

function granularityOf(value: string): TimeUnit | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-Q/.test(value)) return 'quarter';
  if (/^\d{4}-H/.test(value)) return 'half';
  if (/^\d{4}-[A-Z]{2}$/.test(value)) return 'season';
  if (/^\d{4}$/.test(value)) return 'year';
  return null;
}
