import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { findPlaces } from './find';

const countries = (text: string) => findPlaces(text).map((m) => m.country);

describe('findPlaces', () => {
  it('gives a shared institution name to the one candidate country the story names, else to none', () => {
    const ministry = (text: string) => findPlaces(text).filter((m) => m.text === 'Ministry of National Defense').map((m) => m.country);
    expect(ministry('The US will help Taiwan. The Ministry of National Defense is to propose a budget.')).toEqual(['TW']);
    expect(ministry('China warned Taiwan. The Ministry of National Defense is to propose a budget.')).toEqual([]);
    expect(ministry('The Ministry of National Defense is to propose a budget.')).toEqual([]);
  });

  it('finds country names, short forms, demonyms, cities and institutions with offsets', () => {
    const text = 'French officials met U.S. and UK envoys in Xiamen; the Kremlin and the Mainland Affairs Council objected.';
    const mentions = findPlaces(text);
    expect(mentions.map((m) => [m.text, m.country, m.kind])).toEqual([
      ['French', 'FR', 'demonym'],
      ['U.S.', 'US', 'country'],
      ['UK', 'GB', 'country'],
      ['Xiamen', 'CN', 'city'],
      ['Kremlin', 'RU', 'institution'],
      ['Mainland Affairs Council', 'TW', 'institution'],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('prefers the longest name: institutions and multi-word places over the country words inside them', () => {
    expect(countries("China's Taiwan Affairs Office said")).toEqual(['CN', 'CN']);
    expect(countries('the Chinese Nationalist Party (KMT)')).toEqual(['TW', 'TW']);
    expect(countries('flights to New Mexico')).toEqual(['US']);
    expect(countries('tensions in the South China Sea and Latin America')).toEqual([]);
  });

  it('reads cities of the gazetteer, including typographic apostrophes in names', () => {
    expect(countries('steel from Magnitogorsk and Taipei')).toEqual(['RU', 'TW']);
    expect(countries('the Chinese People’s Political Consultative Conference')).toEqual(['CN']);
  });

  it('tells people from places: Michael Jordan, Chad Smith, and the same name later on', () => {
    expect(countries('Michael Jordan scored 30 points. Jordan said he was tired.')).toEqual([]);
    expect(countries('King Abdullah of Jordan visited Amman.')).toEqual(['JO', 'JO']);
    expect(countries('Chad Smith drummed.')).toEqual([]);
    expect(countries('Refugees crossed into Chad.')).toEqual(['TD']);
  });

  it('tells common words from places: turkey dinners and fine china', () => {
    expect(countries('a Turkey dinner with fine China plates')).toEqual([]);
    expect(countries('Turkey and Greece signed a deal')).toEqual(['TR', 'GR']);
    expect(countries('he bought fine china')).toEqual([]);
  });

  it('reads "Paris, Texas" as Texas and "Georgia" by the article\'s cues', () => {
    expect(countries('She grew up in Paris, Texas.')).toEqual(['US']);
    expect(countries('Georgia Gov. Brian Kemp spoke in Atlanta.')).toEqual(['US', 'US']);
    expect(countries('Georgia accused Russia over South Ossetia.')).toEqual(['GE', 'RU', 'GE']);
  });

  it('reads upper-case headlines and datelines, with US state abbreviations', () => {
    expect(countries('ARGENTINE GRAIN\nBUENOS AIRES, Feb 26 - Registrations rose.')).toEqual(['AR', 'AR']);
    expect(countries('SALES UP\nELWOOD, KAN., Feb 26 - Shr loss')).toEqual(['US']);
  });

  it('gives the sentence index when sentences are passed', () => {
    const text = 'Rain fell. Protests spread in Kenya.';
    expect(findPlaces(text, splitSentences(text))).toMatchObject([{ text: 'Kenya', country: 'KE', sentence: 1 }]);
  });
});
