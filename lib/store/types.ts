// The store interface. SQLite implements it today; a PostgreSQL implementation must satisfy it
// without its callers changing, hence every method is async.
import type { MergeReasons } from '../nlp/merge/index';
import type { ArticleAnalysis, ExtractedEvent, Timex } from '../nlp/types';
import type { EventFilter } from '../filters/types';

/** An article as read by ingestion, before analysis. */
export interface ArticleRecord {
  /** Caller's id; when absent the store derives one from the content hash. */
  id?: string | null;
  title: string | null;
  /** ISO YYYY-MM-DD or null when unknown. */
  published: string | null;
  source: string | null;
  url: string | null;
  /** BCP 47 tag in canonical form ("en-GB"), or null when the input does not say. */
  language: string | null;
  text: string;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
}

export interface StoredEvent extends ExtractedEvent {
  id: number;
  article: ArticleSummary;
  /**
   * How many articles report this happening: 1, or more when events of other articles were merged into this one
   * (lists show one event per happening; its places and topics are those of all its reports).
   */
  sourceCount: number;
}

/** One article's report of a happening: its own event, with its evidence. */
export type EventSource = Pick<StoredEvent, 'id' | 'summary' | 'evidence' | 'evidenceStart' | 'evidenceEnd' | 'timex' | 'value'
  | 'start' | 'end' | 'precision' | 'article'> & {
  /** Why this report was judged the same happening as the event shown; null for that event itself. */
  reasons: MergeReasons | null;
};

/** An event with every report of its happening, its own first. */
export interface EventWithSources extends StoredEvent {
  sources: EventSource[];
}

export interface ArticleDetail extends ArticleSummary {
  language: string | null;
  text: string;
  countries: string[];
  topics: string[];
  timexes: Timex[];
  events: StoredEvent[];
}

export interface FacetCount {
  key: string;
  count: number;
}

/** Event counts per facet value under a filter (each facet ignores its own dimension's selection). */
export interface Facets {
  regions: FacetCount[];
  subregions: FacetCount[];
  countries: FacetCount[];
  topics: FacetCount[];
  /** Article sources, and date precisions, of the matching events. */
  sources: FacetCount[];
  precisions: FacetCount[];
  total: number;
}

/** Events whose interval's middle (within the asked range) falls on the days start..end (inclusive ISO dates). */
export interface DensityBucket {
  start: string;
  end: string;
  count: number;
  /** With `DensityRange.lanes`: the lane's key (country code, M49 region code or topic name; '' for none). */
  lane?: string;
}

/** How density can be split into lanes: by each event's first country, its region, or its first topic. */
export type LaneKind = 'region' | 'country' | 'topic';

/**
 * Equal buckets of whole days over [from, to]; null bounds mean the extent of the filtered events.
 * With `lanes`, one set of buckets per lane, on the same grid of days.
 */
export interface DensityRange {
  from: string | null;
  to: string | null;
  buckets: number;
  lanes?: LaneKind;
}

export interface EventQuery {
  filter: EventFilter;
  /** Only events marked salient, unless false. Default true. */
  salientOnly?: boolean;
  limit?: number;
  offset?: number;
}

export type PutResult = { status: 'stored'; id: string } | { status: 'duplicate'; id: string };

/** One article of a batch: stored, a duplicate, or refused by the database (the others are kept). */
export type BatchPutResult = PutResult | { status: 'failed'; message: string };

export interface AnalysedArticle {
  article: ArticleRecord;
  analysis: ArticleAnalysis;
}

export interface Store {
  /** Stores an article with its analysis in one transaction; the same content twice is stored once. */
  putArticle(article: ArticleRecord, analysis: ArticleAnalysis): Promise<PutResult>;
  /**
   * Stores several articles, each whole or not at all, in as few commits as the database allows (large
   * ingests). An article that fails is reported in its place; the others are stored.
   */
  putArticles(items: readonly AnalysedArticle[]): Promise<BatchPutResult[]>;
  /** The id of an already stored copy (same id, or the same text up to white space), or null: lets ingest skip analysis. */
  findStored(article: ArticleRecord): Promise<string | null>;
  listEvents(query: EventQuery): Promise<{ events: StoredEvent[]; total: number }>;
  facets(filter: EventFilter, salientOnly?: boolean): Promise<Facets>;
  /** Event counts over the range in equal buckets, counted in the database (level of detail for large timelines). */
  density(filter: EventFilter, range: DensityRange, salientOnly?: boolean): Promise<DensityBucket[]>;
  getArticle(id: string): Promise<ArticleDetail | null>;
  /**
   * One event by its id with all the reports of its happening (a shared link's selected event may lie outside the
   * loaded window). The id of an event merged into another gives that other, the one lists show.
   */
  getEvent(id: number): Promise<EventWithSources | null>;
  countArticles(): Promise<number>;
  close(): Promise<void>;
}
