// TIMEX3 value (+ mod) -> the inclusive interval of calendar days it denotes, with its precision.
import {
  addDays, differenceInCalendarDays, endOfMonth, endOfQuarter, endOfYear, isValid, setISOWeek, startOfISOWeek, startOfISOWeekYear,
} from 'date-fns';
import type { DateInterval, Precision } from '../types';
import { isoDay, ymd } from './calendar';

/** Meteorological seasons, northern hemisphere: first month and the month count. Winter runs into the next year. */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

type Span = [Date, Date, Precision];

/**
 * A year as TIMEX3 writes it, then the rest of the value: four digits, more past 9999 ("12000"), and "BC" before
 * years before Christ ("BC0044" is 44 BC, ISO astronomical year -43: 1 BC is year 0).
 */
const YEAR = /^(BC)?(\d{4,6})(?=-|$)/;

function span(value: string): Span | null {
  const year = value.match(YEAR);
  if (year) return yearSpan(year[1] ? 1 - +year[2] : +year[2], value.slice(year[0].length));
  let m: RegExpMatchArray | null;
  if ((m = value.match(/^(\d{3})$/))) return [ymd(+m[1] * 10, 0, 1), ymd(+m[1] * 10 + 9, 11, 31), 'decade'];
  if ((m = value.match(/^(\d{2})$/))) return [ymd(+m[1] * 100, 0, 1), ymd(+m[1] * 100 + 99, 11, 31), 'century'];
  // "BC04" is the 5th century BC as historians count it, 500-401 BC: no year 0 BC lets "the 400s BC" stand in,
  // as 1600-1699 does for the 17th century ("BC00", the 1st century BC, would reach into AD 1).
  if ((m = value.match(/^BC(\d{2})$/))) return [ymd(-(+m[1] * 100 + 99), 0, 1), ymd(-(+m[1] * 100), 11, 31), 'century'];
  return null;
}

/** The span of a value within a year: "-05-07", "-W18", "-05", "-Q2", "-H1", "-SU", or "" for the whole year. */
function yearSpan(year: number, rest: string): Span | null {
  let m: RegExpMatchArray | null;
  if ((m = rest.match(/^-(\d{2})-(\d{2})(?:T.*)?$/))) {
    const day = ymd(year, +m[1] - 1, +m[2]);
    return isValid(day) && day.getDate() === +m[2] ? [day, day, 'day'] : null;
  }
  if ((m = rest.match(/^-W(\d{1,2})(-WE)?$/))) {
    const week = startOfISOWeek(setISOWeek(startOfISOWeekYear(ymd(year, 0, 4)), +m[1]));
    return m[2] ? [addDays(week, 5), addDays(week, 6), 'week'] : [week, addDays(week, 6), 'week'];
  }
  if ((m = rest.match(/^-(\d{2})$/)) && +m[1] >= 1 && +m[1] <= 12) {
    const first = ymd(year, +m[1] - 1, 1);
    return [first, endOfMonth(first), 'month'];
  }
  if ((m = rest.match(/^-Q([1-4])$/))) {
    const first = ymd(year, (+m[1] - 1) * 3, 1);
    return [first, endOfQuarter(first), 'quarter'];
  }
  if ((m = rest.match(/^-H([12])$/))) {
    // A half year is reported at quarter precision, the finest precision that does not claim more than it knows.
    const first = ymd(year, (+m[1] - 1) * 6, 1);
    return [first, endOfMonth(ymd(year, +m[1] * 6 - 1, 1)), 'quarter'];
  }
  if ((m = rest.match(/^-(SP|SU|FA|WI)$/))) {
    const first = ymd(year, SEASON_START[m[1]] - 1, 1);
    return [first, endOfMonth(ymd(year, SEASON_START[m[1]] + 1, 1)), 'season'];
  }
  if (rest === '') return [ymd(year, 0, 1), endOfYear(ymd(year, 0, 1)), 'year'];
  return null;
}

/** START / MID / END keep a third of the span and make it approximate ("late May" -> May 21–31). */
function narrow([start, end, precision]: Span, mod: string | undefined): Span {
  if (mod !== 'START' && mod !== 'MID' && mod !== 'END') return [start, end, precision];
  if (precision === 'day') return [start, end, precision];
  const days = differenceInCalendarDays(end, start) + 1;
  const third = Math.floor(days / 3);
  if (mod === 'START') return [start, addDays(start, third - 1), 'approximate'];
  if (mod === 'END') return [addDays(end, -(third - 1)), end, 'approximate'];
  return [addDays(start, third), addDays(end, -third), 'approximate'];
}

/** Intervals already computed: news repeats the same few values, and the tagger asks for them again and again. */
const known = new Map<string, DateInterval | null>();
const KNOWN_MAX = 4096;

/** TIMEX3 value -> inclusive ISO day interval; null for durations, sets, references and unknown forms. */
export function valueToInterval(value: string, mod?: string): DateInterval | null {
  const key = mod ? `${value}|${mod}` : value;
  let interval = known.get(key);
  if (interval === undefined) {
    const found = span(value);
    const narrowed = found && narrow(found, mod);
    interval = narrowed && { start: isoDay(narrowed[0]), end: isoDay(narrowed[1]), precision: narrowed[2] };
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(key, interval);
  }
  return interval && { ...interval };
}
