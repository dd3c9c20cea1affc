// The one filter definition shared by the page (URL), the API and the store.
import type { Precision } from '../nlp/types';

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
  /** Article sources as stored (e.g. "Taipei Times"); absent or empty: any source. */
  sources?: string[];
  /** Date precisions kept (e.g. "day", "month"); absent or empty: any precision. */
  precisions?: Precision[];
}

export const EMPTY_FILTER: EventFilter = {
  regions: [], countries: [], topics: [], from: null, to: null, q: '', sources: [], precisions: [],
};
