// Sentence splitting tuned to news copy: paragraphs are boundaries, abbreviations are not, and a
// headline kicker's deck ("CHIP WAR: ... semiconductors Taiwan has blacklisted ...") that runs into the
// lede without a full stop is cut where the lede begins.
import type { Sentence } from './types';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'st', 'sr', 'jr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'approx', 'dept', 'est', 'fig', 'mt', 'ft', 'ave',
]);

// A full stop, question or exclamation mark, then any closing quotes or brackets.
const TERMINATOR = /[.!?]+["'”’)\]]*/g;
// A kicker: an upper-case label and a colon at the start of a paragraph ("CROSS-STRAIT: ").
const KICKER = /^[A-Z][A-Z0-9 &'’-]{1,40}:\s+/;
// Words that open a lede but rarely stand mid-sentence with a capital.
const LEDE_OPENERS = /^(The|A|An|This|These|Those|In|On|At|After|Before|When|While)\b/;
// Words after which a capital continues the sentence ("access to Taiwan's", "that the Straits Forum is").
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'that', 'and', 'or', 'as',
  'than', 'about', 'against', 'between', 'like', 'its', 'his', 'her', 'their', 'our', 'is', 'are', 'was', 'were',
]);
// A finite verb soon after a capitalized subject marks a new clause ("Taiwan has blacklisted").
const FINITE_VERB = /^(?:[A-Z][\w’'.-]*\s+){0,3}(?:has|have|had|is|are|was|were|will|would|said|says|can|could|on|yesterday|today)\b/;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraph = /[^\n]+/g;
  for (let p = paragraph.exec(text); p; p = paragraph.exec(text)) {
    for (const [start, end] of splitParagraph(p[0])) {
      pushTrimmed(sentences, text, p.index + start, p.index + end);
    }
  }
  return sentences;
}

function splitParagraph(paragraph: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  const deckEnd = kickerDeckEnd(paragraph);
  if (deckEnd > 0) {
    spans.push([0, deckEnd]);
    start = deckEnd;
  }
  TERMINATOR.lastIndex = start;
  for (let m = TERMINATOR.exec(paragraph); m; m = TERMINATOR.exec(paragraph)) {
    const end = m.index + m[0].length;
    if (isBoundary(paragraph, m.index, end)) {
      spans.push([start, end]);
      start = end;
    }
  }
  if (start < paragraph.length) spans.push([start, paragraph.length]);
  return spans;
}

function isBoundary(paragraph: string, stop: number, end: number): boolean {
  const next = paragraph.slice(end).match(/^\s+(\S)(\S)?/);
  if (!next) return end >= paragraph.length;
  // A capital, digit or opening quote starts a sentence; so do camel-case brands ("iOS", "eBay").
  const startsSentence = /[A-Z0-9"“‘'(\[]/.test(next[1]) || (/[a-z]/.test(next[1]) && /[A-Z]/.test(next[2] ?? ''));
  if (!startsSentence) return false;
  if (paragraph[stop] !== '.') return true;
  const word = paragraph.slice(0, stop).match(/([A-Za-z]+)$/)?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initials and dotted abbreviations: "J. Smith", "U.S. officials".
  if (/^[A-Z]$/.test(word) && /(^|[\s.])[A-Z]$/.test(paragraph.slice(Math.max(0, stop - 2), stop))) return false;
  return true;
}

/** Where a kicker's deck runs into the lede without punctuation; 0 when the paragraph has no such deck. */
function kickerDeckEnd(paragraph: string): number {
  const kicker = paragraph.match(KICKER);
  if (!kicker) return 0;
  const firstStop = paragraph.search(/[.!?]["”’]?\s/);
  const limit = firstStop < 0 ? paragraph.length : firstStop;
  // Candidate seams: a lower-case content word, then a capital ("respect The MAC", "semiconductors Taiwan has").
  const seam = /\b([a-z][\w’'-]*)\s+(?=[A-Z])/g;
  seam.lastIndex = kicker[0].length;
  for (let m = seam.exec(paragraph); m && m.index < limit; m = seam.exec(paragraph)) {
    if (FUNCTION_WORDS.has(m[1])) continue;
    const rest = paragraph.slice(m.index + m[0].length);
    if (LEDE_OPENERS.test(rest) || FINITE_VERB.test(rest)) return m.index + m[1].length;
  }
  return 0;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
