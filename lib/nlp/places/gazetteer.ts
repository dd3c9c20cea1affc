// The place-name index: every alias from the resources, with the country (or countries) and the kind of name.
import { COUNTRIES } from '../resources/places/m49';
import { GAZETTEER, NON_COUNTRY_NAMES, type PlaceEntry } from '../resources/places/gazetteer';

export type PlaceKind = 'country' | 'demonym' | 'city' | 'place' | 'institution';

export interface AliasTarget {
  /** ISO alpha-2, or null for a name that names no single country ("Latin America"). */
  country: string | null;
  kind: PlaceKind;
}

const FIELD_KINDS: ReadonlyArray<readonly [keyof PlaceEntry, PlaceKind]> = [
  ['names', 'country'], ['demonyms', 'demonym'], ['cities', 'city'], ['places', 'place'], ['institutions', 'institution'],
];

function buildIndex(): Map<string, AliasTarget[]> {
  const index = new Map<string, AliasTarget[]>();
  const addOne = (alias: string, target: AliasTarget) => {
    const targets = index.get(alias) ?? [];
    if (!targets.some((t) => t.country === target.country)) targets.push(target);
    index.set(alias, targets);
  };
  // Typographic and typewriter apostrophes are both in use ("People’s", "People's").
  const add = (alias: string, target: AliasTarget) => {
    addOne(alias, target);
    if (/['’]/.test(alias)) addOne(alias.replace(/['’]/g, (q) => (q === "'" ? '’' : "'")), target);
  };
  for (const [cc, name] of COUNTRIES) add(name, { country: cc, kind: 'country' });
  for (const [cc, entry] of Object.entries(GAZETTEER)) {
    for (const [field, kind] of FIELD_KINDS) {
      for (const alias of (entry[field] ?? '').split('|')) if (alias) add(alias, { country: cc, kind });
    }
  }
  for (const alias of NON_COUNTRY_NAMES.split('|')) {
    index.delete(alias);
    add(alias, { country: null, kind: 'place' });
  }
  return index;
}

export const ALIASES: ReadonlyMap<string, AliasTarget[]> = buildIndex();

/** Upper-case forms of names with at least four letters, for headlines and datelines ("BUENOS AIRES, Feb 26 -"). */
export const CAPS_ALIASES: ReadonlyMap<string, string> = new Map(
  [...ALIASES.keys()].filter((a) => /[a-z]/.test(a) && a.replace(/[^A-Za-z]/g, '').length >= 4).map((a) => [a.toUpperCase(), a]),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest alternative first, so that "Chinese Nationalist Party" wins over "Chinese" and "New Mexico" over "Mexico". */
function alternation(aliases: Iterable<string>): RegExp {
  const sorted = [...aliases].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

export const ALIAS_PATTERN = alternation(ALIASES.keys());
export const CAPS_PATTERN = alternation(CAPS_ALIASES.keys());

const stateKey = (abbr: string) => abbr.toLowerCase().replace(/\./g, '');

/** US state abbreviations as written in datelines ("PORTLAND, Ore.", "ELWOOD, KAN.", "WILMINGTON, Del"). */
const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  [...ALIASES].filter(([alias, targets]) => /^[A-Z][A-Za-z.]*\.$/.test(alias) && targets.some((t) => t.country === 'US' && t.kind === 'place'))
    .map(([alias]) => [stateKey(alias), alias]),
);

/** A dateline at the start of a line: a place in capitals, then a state abbreviation ("READING, Penn., Feb 26 -"). */
export const DATELINE_STATE = new RegExp(
  `^[ \\t]*[A-Z][A-Za-z .'-]{1,30},[ \\t]+((?:${[...STATE_ABBREVIATIONS.keys()].map((k) => k.split('').map(escape).join('\\.?')).join('|')})\\.?)(?=,)`,
  'gim',
);

export const stateAbbreviation = (written: string): string | undefined => STATE_ABBREVIATIONS.get(stateKey(written));
