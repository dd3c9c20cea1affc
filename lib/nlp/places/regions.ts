// UN M49 roll-up of ISO 3166-1 alpha-2 countries: regions, sub-regions, and lookups by name, slug or code.
import { COUNTRIES, M49_AREAS } from '../resources/places/m49';

export interface M49Area {
  /** Three-digit M49 code, e.g. '030'. */
  code: string;
  name: string;
  /** URL-friendly name, e.g. 'eastern-asia'. */
  slug: string;
  kind: 'region' | 'subregion';
  /** The region a sub-region belongs to. */
  parent?: string;
}

export interface CountryArea {
  region: string;
  subregion: string;
}

const slugify = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** Case, spaces, hyphens and punctuation do not matter when resolving a name or slug. */
const looseKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

export const REGIONS: readonly M49Area[] = M49_AREAS.map(([code, name, parent]) =>
  parent ? { code, name, slug: slugify(name), kind: 'subregion' as const, parent } : { code, name, slug: slugify(name), kind: 'region' as const },
);

const areaByCode = new Map(REGIONS.map((area) => [area.code, area]));
const areaByKey = new Map(REGIONS.map((area) => [looseKey(area.name), area]));
const countryByCode = new Map(COUNTRIES.map(([cc, name, subregion]) => [cc, { name, subregion }]));

/** The M49 region and sub-region of a country (ISO alpha-2, any case); null when unknown or outside any region. */
export function countryArea(cc: string): CountryArea | null {
  const subregion = countryByCode.get(cc.toUpperCase())?.subregion;
  const parent = subregion ? areaByCode.get(subregion)?.parent : undefined;
  return subregion && parent ? { region: parent, subregion } : null;
}

/** An area from its name ('Eastern Asia'), slug ('eastern-asia') or M49 code ('030' or '30'); null when unknown. */
export function resolveArea(nameOrCodeOrSlug: string): M49Area | null {
  const input = nameOrCodeOrSlug.trim();
  if (/^\d{1,3}$/.test(input)) return areaByCode.get(input.padStart(3, '0')) ?? null;
  return areaByKey.get(looseKey(input)) ?? null;
}

/** ISO codes of the countries in a region or sub-region (by M49 code), sorted; empty for an unknown code. */
export function countriesIn(areaCode: string): string[] {
  const area = resolveArea(areaCode);
  if (!area) return [];
  return COUNTRIES.filter(([cc]) => {
    const where = countryArea(cc);
    return where !== null && (where.subregion === area.code || where.region === area.code);
  })
    .map(([cc]) => cc)
    .sort();
}

/** The English short name of a country; the code itself when unknown. */
export function countryName(cc: string): string {
  return countryByCode.get(cc.toUpperCase())?.name ?? cc;
}

/** True for a known ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(cc: string): boolean {
  return countryByCode.has(cc);
}
