// Topic scoring: at each word the longest matching lexicon term wins (so "labour party" counts for politics,
// not labour), its weight goes to its topic(s), cues in the title and lead count more.
import {
  ARENA_MIN_SCORE, ARENA_TOPICS, ISSUE_TOPIC_SHARE, LEAD_SENTENCES, LEAD_WEIGHT, MAX_TOPICS, SECONDARY_MIN_SCORE, SECONDARY_SHARE, TITLE_WEIGHT,
} from '../resources/topics/scoring';
import type { Sentence } from '../types';
import { PREFIX_STEMS, TERMS_BY_FIRST_WORD, tokenize, type TopicTerm } from './lexicon';

export interface TopicScore {
  topic: string;
  score: number;
}

// Short stems take only inflections and common derivations ("gene*": genes, not generally).
const SHORT_STEM = 6;
const COMMON_SUFFIX = /^(?:e|i)?(?:s|es|ed|d|ing|ings|er|ers|ion|ions|ional|al|als|ally|ly|ic|ics|ical|ist|ists|ism|y|ies|ied|ment|ments|ive|ives|ation|ations|ian|ians|ous|or|ors|oral|ee|ees|ure|ures|ship|ships|ant|ants|ance|ence|ency|'s)?$/;

export function matchesStem(word: string, stem: string): boolean {
  if (!word.startsWith(stem)) return false;
  return stem.length >= SHORT_STEM || COMMON_SUFFIX.test(word.slice(stem.length));
}

function termMatches(term: TopicTerm, words: readonly string[], at: number): boolean {
  return term.words.every((w, i) => {
    const word = words[at + i];
    if (word === undefined) return false;
    return term.prefix && i === term.words.length - 1 ? matchesStem(word, w) : word === w;
  });
}

/** Topic weights found in a piece of text. */
export function scoreText(text: string, factor = 1, into = new Map<string, number>()): Map<string, number> {
  const words = tokenize(text);
  for (let at = 0; at < words.length; ) {
    const candidates = [
      ...(TERMS_BY_FIRST_WORD.get(words[at]) ?? []),
      ...PREFIX_STEMS.filter((stem) => matchesStem(words[at], stem)).flatMap((stem) => TERMS_BY_FIRST_WORD.get(`${stem}*`) ?? []),
    ].filter((term) => termMatches(term, words, at));
    const longest = Math.max(0, ...candidates.map((t) => t.words.length));
    const best = new Map<string, number>();
    for (const term of candidates) if (term.words.length === longest) best.set(term.topic, Math.max(best.get(term.topic) ?? 0, term.weight));
    for (const [topic, weight] of best) into.set(topic, (into.get(topic) ?? 0) + weight * factor);
    at += Math.max(1, longest);
  }
  return into;
}

/** Topics of an article ranked by score. */
export function rankTopics(text: string, sentences: readonly Sentence[], title?: string | null): TopicScore[] {
  const scores = new Map<string, number>();
  if (title) scoreText(title, TITLE_WEIGHT, scores);
  if (sentences.length === 0) scoreText(text, 1, scores);
  sentences.forEach((s, i) => scoreText(s.text, i < LEAD_SENTENCES ? LEAD_WEIGHT : 1, scores));
  return [...scores].map(([topic, score]) => ({ topic, score })).sort((a, b) => b.score - a.score);
}

/** The article's topics, primary first: the best-scoring topic and those close enough behind it. */
export function articleTopics(text: string, sentences: readonly Sentence[], title?: string | null): string[] {
  const ranked = primaryFirst(rankTopics(text, sentences, title));
  if (ranked.length === 0) return [];
  const bar = Math.max(SECONDARY_MIN_SCORE, ranked[0].score * SECONDARY_SHARE);
  return [ranked[0], ...ranked.slice(1).filter((t) => t.score >= bar)].slice(0, MAX_TOPICS).map((t) => t.topic);
}

/** The ranking with the primary topic first: issue topics yield to a well-evidenced arena topic (see scoring). */
function primaryFirst(ranked: TopicScore[]): TopicScore[] {
  const inArena = ranked.some((t) => ARENA_TOPICS.includes(t.topic) && t.score >= ARENA_MIN_SCORE);
  if (!inArena) return ranked;
  const weight = (t: TopicScore) => t.score * (ISSUE_TOPIC_SHARE[t.topic] ?? 1);
  const primary = ranked.reduce((best, t) => (weight(t) > weight(best) ? t : best));
  return [primary, ...ranked.filter((t) => t !== primary)];
}
