// The language core's vocabulary. Plain data only: no storage, React or Next types may appear here.

/** How finely the text pins a date. `approximate` is a vague span ("weeks ago") whose bounds are estimates. */
export type Precision =
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'season'
  | 'year'
  | 'decade'
  | 'century'
  | 'approximate';

export const PRECISIONS: readonly Precision[] = [
  'day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century', 'approximate',
];

/** An inclusive interval of calendar days (ISO `YYYY-MM-DD`; years beyond 0000-9999 as `±YYYYYY-MM-DD`). */
export interface DateInterval {
  start: string;
  end: string;
  precision: Precision;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One TIMEX3 temporal expression found in a text. Offsets are UTF-16 indices into the text, end exclusive. */
export interface Timex {
  text: string;
  start: number;
  end: number;
  type: TimexType;
  /** TIMEX3 value, e.g. 2017-05-06, 2016-11, 2017-W18, P3D, PAST_REF, XXXX-XX-XX. */
  value: string;
  /** TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ... */
  mod?: string;
  /**
   * The calendar interval the expression denotes, when it denotes one: DATE and TIME values, vague past
   * spans ("weeks ago"), and durations anchored at the publication date ("the past decade", approximate).
   * Absent for free-floating durations, sets and references it cannot place.
   */
  interval?: DateInterval;
  /** True when the value depends on a publication date the article does not have. */
  unresolved?: boolean;
}

/** A sentence: character offsets into the article text, end exclusive. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface ExtractedEvent {
  /** Headline-like "who did what", at most about 90 characters. */
  summary: string;
  /** The sentence the event was read from. */
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  /** The temporal expression that dates the event (offsets into the article text). */
  timex: { text: string; start: number; end: number };
  value: string;
  start: string | null;
  end: string | null;
  precision: Precision | null;
  /** Main events of the article, shown on the default timeline; the others appear with "show all". */
  salient: boolean;
  /** True when the date could not be resolved (no publication date for a relative expression). */
  unresolved: boolean;
  countries: string[];
  topics: string[];
}

export interface ArticleInput {
  text: string;
  title?: string | null;
  /** Publication date, ISO YYYY-MM-DD; null when unknown. */
  published?: string | null;
  /**
   * Language of the text, a BCP 47 tag ("en-GB"): decides whether "5/7/2017" is 5 July or May 7. Null or absent:
   * month-first, as US and wire copy write.
   */
  language?: string | null;
}

export interface ArticleAnalysis {
  /** ISO 3166-1 alpha-2, primary first. */
  countries: string[];
  /** IPTC Media Topic top-level names, primary first. */
  topics: string[];
  events: ExtractedEvent[];
  timexes: Timex[];
}
