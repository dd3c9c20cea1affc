// The one filter definition shared by the page (URL), the API and the store.

export interface EventFilter {
  /** UN M49 region or sub-region codes, normalized (e.g. "030" for Eastern Asia). */
  regions: string[];
  /** ISO 3166-1 alpha-2 codes, upper case. */
  countries: string[];
  /** IPTC Media Topic top-level names, lower case (e.g. "politics"). */
  topics: string[];
  /** Inclusive ISO dates: an event is kept when its interval overlaps [from, to]. */
  from: string | null;
  to: string | null;
  /** Free-text search over event summaries, evidence and article titles. */
  q: string;
}

export const EMPTY_FILTER: EventFilter = { regions: [], countries: [], topics: [], from: null, to: null, q: '' };
