// The query of GET /api/events: the dashboard's view parameters plus paging.
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
