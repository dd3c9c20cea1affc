// Topic scoring: at each word the longest matching lexicon term wins (so "labour party" counts for politics,
// not labour), its weight goes to its topic(s), cues in the title and lead count more.
import {
  LEAD_SENTENCES, LEAD_WEIGHT, MAX_TOPICS, SECONDARY_MIN_SCORE, SECONDARY_SHARE, TITLE_WEIGHT, YIELD_RULES,
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

/** Singular forms a plural word may have ("rates" → rate, "batteries" → battery); stems stay at least three letters. */
export function singulars(word: string): string[] {
  const forms: string[] = [];
  if (word.endsWith('ies') && word.length > 5) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es') && word.length > 5) forms.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) forms.push(word.slice(0, -1));
  return forms;
}

/** A whole-word term matches the word itself or its plural ("interest rate" matches "interest rates"). */
const sameWord = (word: string, w: string): boolean => word === w || singulars(word).includes(w);

function termMatches(term: TopicTerm, words: readonly string[], at: number): boolean {
  return term.words.every((w, i) => {
    const word = words[at + i];
    if (word === undefined) return false;
    return term.prefix && i === term.words.length - 1 ? matchesStem(word, w) : sameWord(word, w);
  });
}

/** Terms that may start at a word: filed under the word, under a singular of it (only when nothing is filed under
 * the word itself, so "aids" stays health rather than also "aid"), or under a prefix stem. */
function termsAt(word: string): TopicTerm[] {
  const exact = TERMS_BY_FIRST_WORD.get(word) ?? singulars(word).flatMap((s) => TERMS_BY_FIRST_WORD.get(s) ?? []);
  const stems: TopicTerm[] = [];
  for (let length = 1; length <= word.length; length++) {
    const stem = word.slice(0, length);
    if (PREFIX_STEMS.has(stem) && matchesStem(word, stem)) stems.push(...(TERMS_BY_FIRST_WORD.get(`${stem}*`) ?? []));
  }
  return [...exact, ...stems];
}

/** How much of the text a term spells out: a whole word counts as fully spelt, a stem by its letters. */
const specificity = (term: TopicTerm): number => term.words.join(' ').length + (term.prefix ? 0 : 0.5);

/** One cue found in a text: the words it matched, the topic it speaks for, and its weight there. */
export interface TopicCue {
  topic: string;
  cue: string;
  weight: number;
}

/** The cues found in a piece of text, each weighted by `factor` (title and lead count more). */
export function findCues(text: string, factor = 1): TopicCue[] {
  const words = tokenize(text);
  const found: TopicCue[] = [];
  for (let at = 0; at < words.length; ) {
    const candidates = termsAt(words[at]).filter((term) => termMatches(term, words, at));
    const longest = Math.max(0, ...candidates.map((t) => t.words.length));
    // Of the longest matches, the most specific wins: "striker*" (sport) over "strike*" (labour) for "strikers".
    const specific = Math.max(0, ...candidates.filter((t) => t.words.length === longest).map(specificity));
    const best = new Map<string, number>();
    for (const term of candidates) {
      if (term.words.length === longest && specificity(term) === specific) best.set(term.topic, Math.max(best.get(term.topic) ?? 0, term.weight));
    }
    const cue = words.slice(at, at + longest).join(' ');
    for (const [topic, weight] of best) found.push({ topic, cue, weight: weight * factor });
    at += Math.max(1, longest);
  }
  return found;
}

/**
 * Topic scores from cues. A cue said again adds less each time (its k-th mention counts 1/k), so one word repeated
 * through a long story ("union" in a football report) does not outweigh the many different cues of its real topic.
 */
export function scoreCues(cues: readonly TopicCue[]): Map<string, number> {
  const mentions = new Map<string, number[]>();
  for (const { topic, cue, weight } of cues) {
    const key = `${topic}\u0000${cue}`;
    mentions.set(key, [...(mentions.get(key) ?? []), weight]);
  }
  const scores = new Map<string, number>();
  for (const [key, weights] of mentions) {
    const topic = key.slice(0, key.indexOf('\u0000'));
    const score = weights.sort((a, b) => b - a).reduce((sum, w, k) => sum + w / (k + 1), 0);
    scores.set(topic, (scores.get(topic) ?? 0) + score);
  }
  return scores;
}

/** Topic weights found in a piece of text. */
export function scoreText(text: string): Map<string, number> {
  return scoreCues(findCues(text));
}

/** The cues of an article: title and lead sentences weigh more. */
export function articleCues(text: string, sentences: readonly Sentence[], title?: string | null): TopicCue[] {
  return [
    ...(title ? findCues(title, TITLE_WEIGHT) : []),
    ...(sentences.length === 0 ? findCues(text) : []),
    ...sentences.flatMap((s, i) => findCues(s.text, i < LEAD_SENTENCES ? LEAD_WEIGHT : 1)),
  ];
}

/** Topics of an article ranked by score. */
export function rankTopics(text: string, sentences: readonly Sentence[], title?: string | null): TopicScore[] {
  const scores = scoreCues(articleCues(text, sentences, title));
  return [...scores].map(([topic, score]) => ({ topic, score })).sort((a, b) => b.score - a.score);
}

/** The article's topics, primary first: the best-scoring topic and those close enough behind it. */
export function articleTopics(text: string, sentences: readonly Sentence[], title?: string | null): string[] {
  const ranked = primaryFirst(rankTopics(text, sentences, title));
  if (ranked.length === 0) return [];
  const bar = Math.max(SECONDARY_MIN_SCORE, ranked[0].score * SECONDARY_SHARE);
  return [ranked[0], ...ranked.slice(1).filter((t) => t.score >= bar)].slice(0, MAX_TOPICS).map((t) => t.topic);
}

/** The ranking with the primary topic first: a topic yields to another with enough evidence (see YIELD_RULES). */
function primaryFirst(ranked: TopicScore[]): TopicScore[] {
  if (ranked.length === 0) return ranked;
  const scores = new Map(ranked.map((t) => [t.topic, t.score]));
  const weight = (t: TopicScore) => YIELD_RULES.reduce(
    (w, rule) => (rule.topic === t.topic && rule.yieldsTo.some((y) => (scores.get(y) ?? 0) >= rule.minScore) ? w * rule.share : w),
    t.score,
  );
  const primary = ranked.reduce((best, t) => (weight(t) > weight(best) ? t : best));
  return [primary, ...ranked.filter((t) => t !== primary)];
}
