// Calendar arithmetic on local-midnight Dates (date-fns) and TIMEX3 value formatting by granularity.
import {
  addDays, addMonths, addQuarters, addWeeks, addYears, differenceInCalendarDays, getISOWeek, getISOWeekYear, isValid,
} from 'date-fns';
import type { TimeUnit } from '../resources/temporal/lexicon';

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A local-midnight Date (month 0-based, as the Date constructor), years below 100 (and before 1) kept as written. */
export function ymd(year: number, month: number, day: number): Date {
  const date = new Date(year, month, day);
  if (year < 100) date.setFullYear(year, month, day);
  return date;
}

/** A local-midnight Date for an ISO day (years before 1 and past 9999 as isoYear writes them); null when the text is no valid calendar day. */
export function dayOf(iso: string | null | undefined): Date | null {
  const m = iso?.match(/^([+-]\d{6}|-?\d{4})-?(\d{2})-?(\d{2})/);
  if (!m) return null;
  const date = ymd(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return isValid(date) && date.getMonth() === Number(m[2]) - 1 ? date : null;
}

/** Days from one ISO day to a later one, years before 1 and past 9999 too (ISO text order is no time order there); NaN when either is no day. */
export function daysBetween(earlier: string, later: string): number {
  const [from, to] = [dayOf(earlier), dayOf(later)];
  return from && to ? differenceInCalendarDays(to, from) : NaN;
}

/**
 * Western Easter Sunday of a Gregorian year: the anonymous Gregorian computus (Meeus, Astronomical Algorithms,
 * ch. 8), exact for every Gregorian year. 2017 -> April 16.
 */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return ymd(year, Math.floor(n / 31) - 1, (n % 31) + 1);
}

/** The ISO 8601 astronomical year of a year counted back before Christ: 1 BC is year 0, 44 BC is -43. */
export const astronomicalYear = (year: number, era?: 'BC'): number => (era === 'BC' ? 1 - year : year);

/**
 * An ISO 8601 year as the timeline and store read it: four digits for 0-9999, a minus and four digits before
 * that ("-0043"), and the expanded six-digit form beyond either ("+012000", "-012000").
 */
export function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  if (year < 0 && year >= -9999) return `-${pad(-year, 4)}`;
  return `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
}

export function isoDay(date: Date): string {
  return `${isoYear(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function shiftDate(date: Date, unit: TimeUnit, amount: number): Date {
  switch (unit) {
    case 'year': return addYears(date, amount);
    case 'decade': return addYears(date, amount * 10);
    case 'century': return addYears(date, amount * 100);
    case 'half': return addMonths(date, amount * 6);
    case 'quarter': return addQuarters(date, amount);
    case 'season': return addMonths(date, amount * 3);
    case 'month': return addMonths(date, amount);
    case 'week': return addWeeks(date, amount);
    case 'day': case 'partOfDay': return addDays(date, amount);
    default: return date;
  }
}

const SEASON_OF_MONTH = ['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'];

/** The TIMEX3 value naming the period of `unit` that contains `date` ("2017-W18", "2017-Q2", "201"). */
export function valueAt(date: Date, unit: TimeUnit): string {
  const year = date.getFullYear();
  switch (unit) {
    case 'century': return pad(Math.floor(year / 100));
    case 'decade': return pad(Math.floor(year / 10), 3);
    case 'year': return pad(year, 4);
    case 'half': return `${pad(year, 4)}-H${date.getMonth() < 6 ? 1 : 2}`;
    case 'quarter': return `${pad(year, 4)}-Q${Math.floor(date.getMonth() / 3) + 1}`;
    // Winter is named by the year of its December: January 2017 is in 2016-WI.
    case 'season': return `${pad(date.getMonth() < 2 ? year - 1 : year, 4)}-${SEASON_OF_MONTH[date.getMonth()]}`;
    case 'month': return `${pad(year, 4)}-${pad(date.getMonth() + 1)}`;
    case 'week': return `${getISOWeekYear(date)}-W${pad(getISOWeek(date))}`;
    default: return isoDay(date);
  }
}
