// The zod schema of every URL / API parameter. Each field reads the raw string as the URL carries it and yields
// the canonical value (M49 codes, ISO country codes, IPTC topic names, ISO dates); `serialize` writes the compact form back.
import { z } from 'zod';
import { isCountryCode, resolveArea } from '@/lib/nlp/places/regions';
import { resolveTopic } from '@/lib/nlp/topics/iptc';
import { PRECISIONS, type Precision } from '@/lib/nlp/types';
import { isoDayNumber } from './dates';

export const LANE_GROUPINGS = ['none', 'region', 'country', 'topic'] as const;
export type LaneGrouping = (typeof LANE_GROUPINGS)[number];

const MEDTOP_PREFIX = 'medtop:';

function splitList(raw: string): string[] {
  return raw.split(',').map((part) => part.trim()).filter((part) => part.length > 0);
}

/**
 * A comma-separated list whose items each resolve through `resolve`; an unknown item names itself in the error.
 * Some names hold a comma themselves ("economy, business and finance"), so an unknown piece is retried joined
 * with the pieces after it.
 */
function listOf(kind: string, resolve: (item: string) => string | null) {
  return z.string().transform((raw, ctx) => {
    const pieces = splitList(raw);
    const values: string[] = [];
    for (let i = 0; i < pieces.length; i++) {
      let value = resolve(pieces[i]);
      for (let j = i + 1; value === null && j < pieces.length; j++) {
        value = resolve(pieces.slice(i, j + 1).join(', '));
        if (value !== null) i = j;
      }
      if (value === null) {
        ctx.addIssue(`unknown ${kind} "${pieces[i]}"`);
        return z.NEVER;
      }
      if (!values.includes(value)) values.push(value);
    }
    return values;
  });
}

export const regionsParam = listOf('region', (item) => resolveArea(item)?.code ?? null);

export const countriesParam = listOf('country code (ISO 3166-1 alpha-2 expected)', (item) =>
  isCountryCode(item.toUpperCase()) ? item.toUpperCase() : null,
);

export const topicsParam = listOf('topic', (item) => {
  // The compact URL form is the bare medtop number; names, slugs and prefixed codes are accepted too.
  return resolveTopic(item)?.name ?? null;
});

/** Compact URL letters of the precisions (full names are accepted too). */
const PRECISION_CODES: Record<Precision, string> = {
  day: 'd', week: 'w', month: 'm', quarter: 'q', season: 's', year: 'y', decade: 'dc', century: 'c', approximate: 'a',
};

export const precisionsParam = listOf('precision', (item) => {
  const key = item.toLowerCase();
  return PRECISIONS.find((precision) => precision === key || PRECISION_CODES[precision] === key) ?? null;
}).transform((values) => values as Precision[]);

/** Sources are free names as stored; a comma cannot be part of one in the URL. */
export const sourcesParam = z.string().transform((raw, ctx) => {
  const names = [...new Set(splitList(raw))];
  if (names.some((name) => name.length > 120)) {
    ctx.addIssue('a source name is longer than 120 characters');
    return z.NEVER;
  }
  return names;
});

export function precisionToParam(precision: Precision): string {
  return PRECISION_CODES[precision];
}

export const isoDateParam = z
  .string()
  .transform((raw) => raw.trim())
  .refine((raw) => raw === '' || isoDayNumber(raw) !== null, {
    message: 'expected a calendar date as YYYY-MM-DD',
  })
  .transform((raw) => (raw === '' ? null : raw));

export const searchParam = z
  .string()
  .max(200, 'search text is longer than 200 characters')
  .transform((raw) => raw.trim());

export const eventIdParam = z
  .string()
  .regex(/^\d+$/, 'expected an event id (a positive integer)')
  .transform(Number);

export const flagParam = z.enum(['1', '0', 'true', 'false', '']).transform((raw) => raw === '1' || raw === 'true');

export const lanesParam = z.enum(LANE_GROUPINGS, { message: `expected one of ${LANE_GROUPINGS.join(', ')}` });

export const limitParam = z
  .string()
  .regex(/^\d+$/, 'expected a whole number')
  .transform(Number)
  .refine((n) => n >= 1 && n <= 5000, 'expected a number from 1 to 5000');

export const offsetParam = z.string().regex(/^\d+$/, 'expected a whole number').transform(Number);

/** Compact URL form of a topic name: its medtop number. */
export function topicToParam(name: string): string {
  const code = resolveTopic(name)?.code ?? name;
  return code.startsWith(MEDTOP_PREFIX) ? code.slice(MEDTOP_PREFIX.length) : code;
}
