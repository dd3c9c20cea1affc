// The whole dashboard state a URL carries: the event filter plus what is on screen (visible window, selected
// event, show-all, lanes). Parsed here once for the page, the API and the client; serialized back compactly.
import { z } from 'zod';
import { FilterParamError } from './errors';
import { isoDayNumber } from './dates';
import {
  countriesParam, eventIdParam, flagParam, isoDateParam, lanesParam, precisionsParam, precisionToParam, regionsParam,
  searchParam, sourcesParam, topicsParam, topicToParam, type LaneGrouping,
} from './params';
import { EMPTY_FILTER, type EventFilter } from './types';

export interface TimeWindow {
  /** Left and right edges of the visible timeline, ISO dates. */
  start: string;
  end: string;
}

export interface ViewState {
  filter: EventFilter;
  window: TimeWindow | null;
  event: number | null;
  /** Show the events not marked salient too. */
  all: boolean;
  lanes: LaneGrouping;
}

export const DEFAULT_VIEW: ViewState = { filter: EMPTY_FILTER, window: null, event: null, all: false, lanes: 'none' };

/** What Next hands a page as searchParams, or a URLSearchParams (route handlers). */
export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

const viewSchema = z.object({
  region: regionsParam.optional(),
  country: countriesParam.optional(),
  topic: topicsParam.optional(),
  from: isoDateParam.optional(),
  to: isoDateParam.optional(),
  q: searchParam.optional(),
  source: sourcesParam.optional(),
  precision: precisionsParam.optional(),
  start: isoDateParam.optional(),
  end: isoDateParam.optional(),
  event: eventIdParam.optional(),
  all: flagParam.optional(),
  lanes: lanesParam.optional(),
});

export const VIEW_PARAM_NAMES = Object.keys(viewSchema.shape);

/** One string per key: repeated keys (`region=a&region=b`) mean the same as a comma list. */
export function flattenParams(raw: RawParams): Record<string, string> {
  const flat: Record<string, string> = {};
  const add = (key: string, value: string) => {
    flat[key] = key in flat ? `${flat[key]},${value}` : value;
  };
  if (raw instanceof URLSearchParams) raw.forEach((value, key) => add(key, value));
  else
    for (const [key, value] of Object.entries(raw)) {
      if (typeof value === 'string') add(key, value);
      else value?.forEach((item) => add(key, item));
    }
  return flat;
}

/** Turns the first zod issue into an error naming the parameter. */
export function toParamError(error: z.ZodError): FilterParamError {
  const issue = error.issues[0];
  return new FilterParamError(String(issue?.path[0] ?? 'query'), issue?.message ?? 'invalid value');
}

function pickKnown(flat: Record<string, string>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(flat).filter(([key]) => names.includes(key)));
}

/** Reads the view from URL parameters; throws FilterParamError naming the first bad parameter. Unknown keys are ignored. */
export function parseView(raw: RawParams): ViewState {
  const result = viewSchema.safeParse(pickKnown(flattenParams(raw), VIEW_PARAM_NAMES));
  if (!result.success) throw toParamError(result.error);
  const p = result.data;
  const filter: EventFilter = {
    regions: p.region ?? [],
    countries: p.country ?? [],
    topics: p.topic ?? [],
    from: p.from ?? null,
    to: p.to ?? null,
    q: p.q ?? '',
    sources: p.source ?? [],
    precisions: p.precision ?? [],
  };
  if (filter.from && filter.to && isoDayNumber(filter.from)! > isoDayNumber(filter.to)!)
    throw new FilterParamError('to', `"${filter.to}" is before from "${filter.from}"`);
  const start = p.start ?? null;
  const end = p.end ?? null;
  if ((start === null) !== (end === null))
    throw new FilterParamError(start === null ? 'start' : 'end', 'start and end must be given together');
  if (start && end && isoDayNumber(start)! >= isoDayNumber(end)!)
    throw new FilterParamError('end', `"${end}" is not after start "${start}"`);
  return {
    filter,
    window: start && end ? { start, end } : null,
    event: p.event ?? null,
    all: p.all ?? false,
    lanes: p.lanes ?? 'none',
  };
}

/** True when the filter narrows the events in any way. */
export function isFiltered(filter: EventFilter): boolean {
  return Boolean(
    filter.regions.length || filter.countries.length || filter.topics.length || filter.from || filter.to || filter.q ||
      filter.sources?.length || filter.precisions?.length,
  );
}

/** The compact URL form (codes, not names; defaults left out), in a stable key order. */
export function serializeView(view: ViewState): URLSearchParams {
  const out = new URLSearchParams();
  const { filter } = view;
  if (filter.regions.length) out.set('region', filter.regions.join(','));
  if (filter.countries.length) out.set('country', filter.countries.join(','));
  if (filter.topics.length) out.set('topic', filter.topics.map(topicToParam).join(','));
  if (filter.from) out.set('from', filter.from);
  if (filter.to) out.set('to', filter.to);
  if (filter.q) out.set('q', filter.q);
  if (filter.sources?.length) out.set('source', filter.sources.join(','));
  if (filter.precisions?.length) out.set('precision', filter.precisions.map(precisionToParam).join(','));
  if (view.window) {
    out.set('start', view.window.start);
    out.set('end', view.window.end);
  }
  if (view.event !== null) out.set('event', String(view.event));
  if (view.all) out.set('all', '1');
  if (view.lanes !== 'none') out.set('lanes', view.lanes);
  return out;
}
