// Level of detail for large timelines: per visible window, ask the API how many events are in view (density
// counted by the database); few enough become individual marks (a second request for just those events), more
// stay density bars. Requests are debounced, and a newer window aborts the one in flight.
import { isoDayNumber } from '@/lib/filters/dates';
import type { TimeWindow } from '@/lib/filters/view';
import type { LaneGrouping } from '@/lib/filters/params';
import type { DensityBucket, StoredEvent } from '@/lib/store/types';

/** At most this many events in view are drawn one by one (SVG marks, focusable); more are drawn as density. */
export const MARK_LIMIT = 600;
const DEBOUNCE_MS = 120;

/** One lane's counts, as /api/density gives them with `lanes`: `key` is a country code, M49 region or topic name. */
export interface LaneDensityAnswer {
  key: string;
  total: number;
  buckets: DensityBucket[];
}

export type WindowData =
  | { kind: 'marks'; events: StoredEvent[] }
  | { kind: 'density'; buckets: DensityBucket[]; total: number; lanes?: LaneDensityAnswer[]; grouping: LaneGrouping };

export type FetchJson = (url: string, signal: AbortSignal) => Promise<unknown>;

export interface WindowRequest {
  /** The filter as URL parameters (no window, no selection). */
  filterQuery: string;
  /** The visible window; null for the whole filtered range. */
  window: TimeWindow | null;
  buckets: number;
  /** Lanes on the timeline: density is then counted per lane. */
  lanes: LaneGrouping;
}

export function densityUrl({ filterQuery, window, buckets, lanes }: WindowRequest): string {
  const params = new URLSearchParams(filterQuery);
  if (window) {
    params.set('start', window.start);
    params.set('end', window.end);
  }
  params.set('buckets', String(buckets));
  if (lanes !== 'none') params.set('lanes', lanes);
  return `/api/density?${params}`;
}

/** One page of events, in date order (the API's order). */
export interface EventPage {
  limit: number;
  offset: number;
}

/** The events of the window: the filter's own from/to narrowed to the window's days. */
export function eventsUrl(
  { filterQuery, window }: Pick<WindowRequest, 'filterQuery' | 'window'>,
  page: EventPage = { limit: MARK_LIMIT, offset: 0 },
): string {
  const params = new URLSearchParams(filterQuery);
  if (window) {
    const from = params.get('from');
    const to = params.get('to');
    if (!from || isoDayNumber(from)! < isoDayNumber(window.start)!) params.set('from', window.start);
    if (!to || isoDayNumber(to)! > isoDayNumber(window.end)!) params.set('to', window.end);
  }
  params.set('limit', String(page.limit));
  if (page.offset > 0) params.set('offset', String(page.offset));
  return `/api/events?${params}`;
}

export async function loadWindow(request: WindowRequest, fetchJson: FetchJson, signal: AbortSignal): Promise<WindowData> {
  const density = (await fetchJson(densityUrl(request), signal)) as { total: number; buckets: DensityBucket[]; lanes?: LaneDensityAnswer[] };
  if (density.total > MARK_LIMIT) return { kind: 'density', ...density, grouping: request.lanes };
  const { events } = (await fetchJson(eventsUrl(request), signal)) as { events: StoredEvent[] };
  return { kind: 'marks', events };
}

export interface WindowLoader {
  load(request: WindowRequest): void;
  cancel(): void;
}

/** Debounced, abortable loadWindow: only the latest request's answer (or error) is reported. */
export function createWindowLoader(
  fetchJson: FetchJson,
  report: { data(data: WindowData): void; error(message: string): void },
  delayMs = DEBOUNCE_MS,
): WindowLoader {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | null = null;
  const cancel = () => {
    clearTimeout(timer);
    inFlight?.abort();
    inFlight = null;
  };
  return {
    load(request) {
      cancel();
      timer = setTimeout(() => {
        const controller = new AbortController();
        inFlight = controller;
        loadWindow(request, fetchJson, controller.signal).then(
          (data) => {
            if (!controller.signal.aborted) report.data(data);
          },
          (error: unknown) => {
            if (!controller.signal.aborted) report.error(error instanceof Error ? error.message : String(error));
          },
        );
      }, delayMs);
    },
    cancel,
  };
}

/**
 * fetch() returning the JSON body; an API error body `{ error: { param, message } }` becomes a readable Error. A
 * request aborted while its body is read rejects, as one aborted before the answer does: an answer that is not
 * JSON is never handed on as null.
 */
export async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    if (response.ok) throw new Error(`the server answered ${response.status} with no JSON`);
    throw new Error(`the server answered ${response.status} (${response.statusText})`);
  }
  if (!response.ok) {
    const error = (body as { error?: { param?: string; message?: string } } | null)?.error;
    const detail = error?.message ? `${error.param ? `${error.param}: ` : ''}${error.message}` : response.statusText;
    throw new Error(`the server answered ${response.status} (${detail})`);
  }
  return body;
}
