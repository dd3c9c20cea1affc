import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../resources/places/m49';
import { countriesIn, countryArea, countryName, REGIONS, resolveArea } from './regions';

describe('M49 regions', () => {
  it('has 5 regions and 17 sub-regions, each sub-region under a region', () => {
    expect(REGIONS.filter((a) => a.kind === 'region')).toHaveLength(5);
    const subs = REGIONS.filter((a) => a.kind === 'subregion');
    expect(subs).toHaveLength(17);
    for (const s of subs) expect(REGIONS.find((r) => r.code === s.parent)?.kind).toBe('region');
  });

  it('lists every ISO 3166-1 alpha-2 country once (249 plus Kosovo)', () => {
    const codes = COUNTRIES.map(([cc]) => cc);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(250);
    for (const cc of codes) expect(cc).toMatch(/^[A-Z]{2}$/);
  });

  it('rolls countries up into sub-region and region', () => {
    expect(countryArea('TW')).toEqual({ region: '142', subregion: '030' });
    expect(countryArea('fr')).toEqual({ region: '150', subregion: '155' });
    expect(countryArea('MX')).toEqual({ region: '019', subregion: '419' });
    expect(countryArea('NG')).toEqual({ region: '002', subregion: '202' });
    expect(countryArea('AQ')).toBeNull();
    expect(countryArea('ZZ')).toBeNull();
  });

  it('resolves names, slugs and codes loosely', () => {
    expect(resolveArea('eastern-asia')?.code).toBe('030');
    expect(resolveArea('  Eastern   ASIA ')?.code).toBe('030');
    expect(resolveArea('EasternAsia')?.code).toBe('030');
    expect(resolveArea('30')?.code).toBe('030');
    expect(resolveArea('030')?.name).toBe('Eastern Asia');
    expect(resolveArea('south-eastern-asia')?.code).toBe('035');
    expect(resolveArea('Latin America and the Caribbean')?.slug).toBe('latin-america-and-the-caribbean');
    expect(resolveArea('europe')).toMatchObject({ code: '150', kind: 'region' });
    expect(resolveArea('Atlantis')).toBeNull();
    expect(resolveArea('999')).toBeNull();
  });

  it('lists the countries of a region or sub-region', () => {
    const eastAsia = countriesIn('030');
    expect(eastAsia).toEqual(expect.arrayContaining(['CN', 'JP', 'KR', 'TW']));
    expect(eastAsia).not.toContain('FR');
    const asia = countriesIn('142');
    expect(asia).toEqual(expect.arrayContaining(['TW', 'IN', 'TR', 'KZ']));
    expect(countriesIn('eastern-asia')).toEqual(eastAsia);
    expect(countriesIn('000')).toEqual([]);
  });

  it('names countries', () => {
    expect(countryName('TW')).toBe('Taiwan');
    expect(countryName('gb')).toBe('United Kingdom');
    expect(countryName('ZZ')).toBe('ZZ');
  });
});
