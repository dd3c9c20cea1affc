// Phase one's output: what the text says about a date (known fields) and how the rest is implied
// (an anchor, a shift, which instance of a yearless period). Nothing here is resolved yet.
import type { TimexType } from '../types';
import type { TimeUnit } from '../resources/temporal/lexicon';

export interface KnownFields {
  /** The year as written: with era BC it counts back ("44 BC" is 44, astronomical year -43). */
  year?: number;
  /** Before Christ: the year and century count back from year 1 (TIMEX3 writes "BC0044", "BC04"). */
  era?: 'BC';
  month?: number;
  day?: number;
  /** ISO weekday, 1 = Monday. */
  weekday?: number;
  /** A holiday on the nth weekday of its month (nth -1 = the last): the day depends on the year. */
  nthWeekday?: { weekday: number; nth: number };
  /** A feast that many days from Easter Sunday ("Good Friday" -2): the day depends on the year. */
  easter?: number;
  /** The week holding the day ("the week of March 6" -> 2000-W10). */
  weekOf?: boolean;
  /** The weekend of the week (value YYYY-Www-WE); weekday then holds its Saturday. */
  weekend?: boolean;
  quarter?: number;
  half?: number;
  /** TIMEX3 season code: SP, SU, FA, WI. */
  season?: string;
  /** First three digits of the year ("199" for the 1990s). */
  decade?: number;
  /** First two digits of the year ("16" for the 17th century). */
  century?: number;
  /** TIMEX3 part-of-day code: MO, AF, EV, NI, MI. */
  pod?: string;
  hour?: number;
  minute?: number;
}

export interface Shift {
  unit: TimeUnit;
  amount: number;
}

export type Pick = 'last' | 'next' | 'this' | 'tense';

export interface PartialTimex {
  start: number;
  end: number;
  type: TimexType;
  ruleId: string;
  known: KnownFields;
  shift?: Shift;
  /** A shift of the resolved day ("the day before yesterday"). */
  offset?: Shift;
  fallback?: Shift;
  anchor: 'dct' | 'narrative';
  inherit?: boolean;
  /** Refers to the period the report is about (rule `reported`). */
  reported?: boolean;
  /**
   * A company's accounting period ("fiscal 1989", "the first quarter of the financial year"): TimeML names it by
   * its calendar namesake, but a fiscal year need not start in January, so its interval is only approximate.
   */
  fiscal?: boolean;
  /** Mentioned with an indefinite article ("after a flat second quarter"): in passing, no reference time. */
  indefinite?: boolean;
  /** A stretch the report covers (rule `reportStretch`): later comparisons refer to it, not to a quarter. */
  reportStretch?: boolean;
  pick: Pick;
  /** A value complete at recognition (durations, sets, references). */
  value?: string;
  mod?: string;
  /**
   * A stretch that starts or ends at the publication date ("the past five years": five years back, "the next
   * two weeks": two weeks on, "less than two weeks ago": from then to the publication date).
   */
  stretch?: Shift;
  /** A tense the expression itself implies, over the sentence's ("Friday's attack" names a day gone by). */
  impliedTense?: 'past';
  /** "weeks ago": the unit of a vague past span. */
  agoVague?: TimeUnit;
  /** The second end of a range written in one breath ("July 18 to 21", "2015-2017"). */
  rangeEnd?: { start: number; end: number; known: KnownFields };
}
