// IPTC Media Topics, top level: the names Dateline stores and lookups by name, slug or medtop code.
import { IPTC_TOP_LEVEL } from '../resources/topics/iptc-top-level';

export interface IptcTopic {
  /** Lower-case IPTC name, e.g. 'economy, business and finance'. */
  name: string;
  /** e.g. 'medtop:04000000'. */
  code: string;
  /** e.g. 'economy-business-and-finance'. */
  slug: string;
}

const slugify = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const looseKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

export const IPTC_TOPICS: readonly IptcTopic[] = IPTC_TOP_LEVEL.map(([code, name]) => ({ name, code, slug: slugify(name) }));

const byKey = new Map<string, IptcTopic>();
for (const topic of IPTC_TOPICS) {
  byKey.set(looseKey(topic.name), topic);
  byKey.set(topic.code.slice('medtop:'.length), topic);
}

/** A topic from its name (any case), slug ('sport'), or code ('medtop:15000000' or '15000000'); null when unknown. */
export function resolveTopic(nameOrCodeOrSlug: string): IptcTopic | null {
  const input = nameOrCodeOrSlug.trim().toLowerCase();
  const code = input.match(/^(?:medtop:)?(\d{8})$/)?.[1];
  return (code ? byKey.get(code) : byKey.get(looseKey(input))) ?? null;
}
