// nuqs parsers for the client: the same zod schemas as parseView, so the browser reads the URL exactly as the
// server and the API do. Filter keys push history (the dashboard loads their events from the API, without a
// server render of the page); view keys (window, selection) replace the entry, so zoom frames never flood history.
import { createParser } from 'nuqs/server';
import type { z } from 'zod';
import {
  countriesParam, eventIdParam, flagParam, isoDateParam, lanesParam, precisionsParam, precisionToParam, regionsParam,
  searchParam, sourcesParam, topicsParam, topicToParam, type LaneGrouping,
} from './params';

function fromSchema<T>(schema: z.ZodType<T, string>, serialize: (value: T) => string, eq?: (a: T, b: T) => boolean) {
  return createParser<T>({
    parse: (raw) => {
      const result = schema.safeParse(raw);
      return result.success ? result.data : null;
    },
    serialize,
    ...(eq ? { eq } : {}),
  });
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
const joinList = (values: string[]) => values.join(',');

const filterOptions = { history: 'push', shallow: true } as const;
const viewOptions = { history: 'replace', shallow: true } as const;

export const filterParsers = {
  region: fromSchema(regionsParam, joinList, sameList).withDefault([]).withOptions(filterOptions),
  country: fromSchema(countriesParam, joinList, sameList).withDefault([]).withOptions(filterOptions),
  topic: fromSchema(topicsParam, (names) => names.map(topicToParam).join(','), sameList)
    .withDefault([])
    .withOptions(filterOptions),
  from: fromSchema(isoDateParam, (date) => date ?? '').withOptions(filterOptions),
  to: fromSchema(isoDateParam, (date) => date ?? '').withOptions(filterOptions),
  q: fromSchema(searchParam, (text) => text).withDefault('').withOptions(filterOptions),
  source: fromSchema(sourcesParam, joinList, sameList).withDefault([]).withOptions(filterOptions),
  precision: fromSchema(precisionsParam, (values) => values.map(precisionToParam).join(','), sameList)
    .withDefault([])
    .withOptions(filterOptions),
  all: fromSchema(flagParam, (flag) => (flag ? '1' : '0')).withDefault(false).withOptions(filterOptions),
};

export const viewParsers = {
  start: fromSchema(isoDateParam, (date) => date ?? '').withOptions(viewOptions),
  end: fromSchema(isoDateParam, (date) => date ?? '').withOptions(viewOptions),
  event: fromSchema(eventIdParam, String).withOptions(viewOptions),
  lanes: fromSchema<LaneGrouping>(lanesParam, (lanes) => lanes).withDefault('none').withOptions({
    history: 'push',
    shallow: true,
  }),
};
