// Institution names shared by several countries ("Ministry of National Defense"), resolved by the countries the
// story names elsewhere: exactly one candidate named -> that country; none or several -> no mention.
import { SHARED_INSTITUTIONS } from '../resources/places/ambiguity';
import type { PlaceMention } from './find';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(`\\b(?:${Object.keys(SHARED_INSTITUTIONS).map(escape).join('|')})\\b`, 'g');

/** Mentions of shared institution names that the story's other mentions make unambiguous. */
export function sharedInstitutionMentions(text: string, named: readonly PlaceMention[], sentenceOf: (offset: number) => { sentence?: number }): PlaceMention[] {
  const countries = new Set(named.map((m) => m.country));
  const mentions: PlaceMention[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (named.some((n) => n.start < end && start < n.end)) continue;
    const candidates = SHARED_INSTITUTIONS[m[0]].filter((cc) => countries.has(cc));
    if (candidates.length === 1) mentions.push({ text: m[0], start, end, country: candidates[0], kind: 'institution', ...sentenceOf(start) });
  }
  return mentions;
}
