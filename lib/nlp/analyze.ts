// analyzeArticle: one article's text -> sentences, temporal expressions, countries, topics and dated events.
import { extractEvents } from './events/extract';
import { articleCountries } from './places/assign';
import { findPlaces, type PlaceMention } from './places/find';
import { canonicalLanguageTag } from './language';
import { splitSentences } from './sentences';
import { tagTimexes } from './temporal/index';
import { articleTopics, scoreText } from './topics/classify';
import type { ArticleAnalysis, ArticleInput } from './types';

/** An event's topics: the article's topics its sentence's words point to (this much), else the primary one. */
const SENTENCE_TOPIC_MIN = 2;

export function analyzeArticle(input: ArticleInput): ArticleAnalysis {
  if (typeof input?.text !== 'string') throw new TypeError('analyzeArticle: input.text must be a string');
  const { text } = input;
  const title = input.title?.trim() || null;
  const published = input.published ?? null;
  if (published !== null && !/^\d{4}-\d{2}-\d{2}/.test(published)) {
    throw new RangeError(`analyzeArticle: published must be an ISO date (YYYY-MM-DD), got "${published}"`);
  }
  const language = input.language ?? null;
  const locale = language === null ? undefined : canonicalLanguageTag(language);
  if (locale === null) {
    throw new RangeError(`analyzeArticle: language must be a BCP 47 language tag (e.g. en-GB), got "${String(language).slice(0, 40)}"`);
  }
  const dct = published?.slice(0, 10) ?? null;
  const sentences = splitSentences(text);
  const timexes = tagTimexes(text, { dct, sentences, locale });

  const mentions = findPlaces(text, sentences);
  const titleMentions: PlaceMention[] = title ? findPlaces(title).map((m) => ({ ...m, sentence: -1 })) : [];
  const countries = articleCountries([...titleMentions, ...mentions]);
  const topics = articleTopics(text, sentences, title);

  const countriesOf = (index: number) => {
    const own = [...new Set(mentions.filter((m) => m.sentence === index).map((m) => m.country))];
    return own.length ? own : countries;
  };
  const topicsOf = (index: number) => {
    const scores = scoreText(sentences[index].text);
    const own = topics.filter((t) => (scores.get(t) ?? 0) >= SENTENCE_TOPIC_MIN);
    return own.length ? own : topics.slice(0, 1);
  };

  const events = extractEvents({ text, sentences, timexes, dct, countriesOf, topicsOf });
  return { countries, topics, events, timexes };
}
