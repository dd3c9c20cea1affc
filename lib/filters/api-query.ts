// The queries of GET /api/events (the dashboard's view parameters plus paging) and GET /api/density (plus buckets).
import { z } from 'zod';
import { limitParam, offsetParam } from './params';
import { flattenParams, parseView, toParamError, type RawParams, type ViewState } from './view';

export const DEFAULT_LIMIT = 500;

const pagingSchema = z.object({ limit: limitParam.optional(), offset: offsetParam.optional() });

export interface EventsQuery {
  view: ViewState;
  limit: number;
  offset: number;
}

export function parseEventsQuery(raw: RawParams): EventsQuery {
  const view = parseView(raw);
  const flat = flattenParams(raw);
  const paging = pagingSchema.safeParse({ limit: flat.limit, offset: flat.offset });
  if (!paging.success) throw toParamError(paging.error);
  return { view, limit: paging.data.limit ?? DEFAULT_LIMIT, offset: paging.data.offset ?? 0 };
}

export const DEFAULT_BUCKETS = 200;
const bucketsSchema = z.object({
  buckets: z
    .string()
    .regex(/^\d+$/, 'expected a whole number')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 2000, 'expected a number from 1 to 2000')
    .optional(),
});

export interface DensityQuery {
  /** The filter, and the window (start, end) to count over; no window: the whole filtered range. */
  view: ViewState;
  buckets: number;
}

export function parseDensityQuery(raw: RawParams): DensityQuery {
  const view = parseView(raw);
  const parsed = bucketsSchema.safeParse({ buckets: flattenParams(raw).buckets });
  if (!parsed.success) throw toParamError(parsed.error);
  return { view, buckets: parsed.data.buckets ?? DEFAULT_BUCKETS };
}
