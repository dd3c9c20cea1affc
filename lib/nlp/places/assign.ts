// Which countries an article (or a sentence) is about, from its place mentions: primary first.
import { ABOUT_SHARE, CROWDED_SENTENCE, KIND_WEIGHT, LEAD_SENTENCES, LEAD_WEIGHT } from '../resources/places/scoring';
import type { PlaceMention } from './find';

export interface CountryScore {
  country: string;
  score: number;
}

/**
 * Countries ranked by evidence: each sentence contributes its strongest mention of a country once (so a
 * company named five times in one paragraph does not outweigh the country the story is about), and the
 * lead sentences count more. Ties keep the order of first mention.
 */
export function rankCountries(mentions: readonly PlaceMention[]): CountryScore[] {
  const best = new Map<string, number>();
  for (const m of mentions) {
    const key = `${m.country}\u0000${m.sentence ?? m.start}`;
    const weight = KIND_WEIGHT[m.kind] * ((m.sentence ?? Infinity) < LEAD_SENTENCES ? LEAD_WEIGHT : 1);
    best.set(key, Math.max(best.get(key) ?? 0, weight));
  }
  const perSentence = new Map<string, number>();
  for (const key of best.keys()) {
    const sentence = key.split('\u0000')[1];
    perSentence.set(sentence, (perSentence.get(sentence) ?? 0) + 1);
  }
  const scores = new Map<string, number>();
  for (const [key, weight] of best) {
    const [country, sentence] = key.split('\u0000');
    const crowding = Math.min(1, CROWDED_SENTENCE / (perSentence.get(sentence) ?? 1));
    scores.set(country, (scores.get(country) ?? 0) + weight * crowding);
  }
  return [...scores].map(([country, score]) => ({ country, score })).sort((a, b) => b.score - a.score);
}

/** The countries an article is about, primary first: the leader and those with a fair share of its evidence. */
export function articleCountries(mentions: readonly PlaceMention[]): string[] {
  const ranked = rankCountries(mentions);
  if (ranked.length === 0) return [];
  const bar = ranked[0].score * ABOUT_SHARE;
  return ranked.filter((c) => c.score >= bar).map((c) => c.country);
}

/** Every country mentioned, ranked: the article's full list of places, primary first. */
export function mentionedCountries(mentions: readonly PlaceMention[]): string[] {
  return rankCountries(mentions).map((c) => c.country);
}
