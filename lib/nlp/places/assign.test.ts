import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { articleCountries, mentionedCountries, rankCountries } from './assign';
import { findPlaces } from './find';

const mentions = (text: string) => findPlaces(text, splitSentences(text));

describe('country assignment', () => {
  const story =
    'French voters go to the polls today. Paris is calm. The Elysee Palace said France would vote. ' +
    'Polls closed in Lyon. A US official commented once.';

  it('puts the country the story is about first', () => {
    expect(rankCountries(mentions(story))[0].country).toBe('FR');
    expect(articleCountries(mentions(story))[0]).toBe('FR');
  });

  it('keeps a country named once in passing among the mentioned, not among those the story is about', () => {
    expect(mentionedCountries(mentions(story))).toEqual(['FR', 'US']);
    expect(articleCountries(mentions(story))).toEqual(['FR']);
  });

  it('counts a country once per sentence, so repetition in one sentence does not outweigh the lead', () => {
    const text = 'Kenya raised taxes. Traders in Uganda, Uganda and Uganda complained. Kenya said more.';
    expect(rankCountries(mentions(text)).map((c) => c.country)).toEqual(['KE', 'UG']);
  });

  it('damps sentences that list many countries', () => {
    const text = 'Brazil sets sugar quotas. Mills in Brazil are busy. Imports came from Peru, Chile, Mexico, Panama, Fiji and India.';
    expect(articleCountries(mentions(text))).toEqual(['BR']);
  });

  it('returns nothing without mentions', () => {
    expect(articleCountries([])).toEqual([]);
  });
});
