// Headline-like summaries: the clause that states the event, without its date, asides and openers, cut short.
import { ADVERBIAL_OPENERS, DISCOURSE_OPENERS, TENSE_CUES } from './vocabulary';
import type { Span } from './frames';

export const SUMMARY_LIMIT = 90;

const OPENER = new RegExp(`^(?:${DISCOURSE_OPENERS.join('|')})\\s*,\\s*`, 'i');
// After a comma, the rest of a list rather than the next clause. A list inside an aside: "which includes the
// iPhoto, iMovie, and GarageBand programs"; a list a fronted phrase ends in: "In addition to the Classic, Nano
// and Shuffle, they ...".
const NOT_OXFORD_LIST = String.raw`(?!\s*[^,\s]+(?:\s+[^,\s]+)?,\s+(?:and|or)\s)`;
const NOT_LIST_TAIL = String.raw`(?!\s*[^,\s]+(?:\s+[^,\s]+)?\s+(?:and|or)\s+[^,\s]+(?:\s+[^,\s]+)?,)`;
// An opener at the start of a sentence or of reported content: "In a statement", "... said according to".
const eitherCase = (word: string) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;
// What follows the comma must open a clause with its subject: a name, a determiner or a pronoun ("the firm
// stated", not "After the 787, already bearing ...").
const SUBJECT_START = String.raw`(?=\p{Lu}|(?:the|a|an|he|she|it|they|we|its|his|her|their|this|these|those|many|some|both|most|all)\s)`;
// A place's region or country between commas belongs to the place: "in Paris, France, an IT worker ...", but
// "In response, Nancy Pelosi, the Speaker, ..." has no place before its comma.
const PLACE_QUALIFIER = String.raw`(?:(?<=\p{Lu}[\p{L}.]*),\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?(?=,))?`;
// A fronted adverbial phrase up to its comma: "In his keynote address, ", "According to those figures, ".
const FRONTED_ADVERBIAL = new RegExp(`^(?:${ADVERBIAL_OPENERS.map(eitherCase).join('|')})\\s[^,;:“”"]{2,80}${PLACE_QUALIFIER},\\s+${SUBJECT_START}${NOT_LIST_TAIL}`, 'u');
// A verb right after a date makes the date the subject, which stays: "2007 was the year of the iPhone".
const VERB_AFTER = new RegExp(`^\\s+(?:${Object.values(TENSE_CUES).flat().join('|')}|\\p{L}+ed)\\b`, 'iu');
// A conjunction left before a comma once the date between them is gone: "showed that [as of January], Apple".
const CONJUNCTION_BEFORE = /(?:^|\b(?:that|and|but|because|when|after|before|while))\s*$/i;
// Words that attach a date to the clause and go with it: "late on Friday", "in November last year",
// "between 2016 and 2019", "this April" where the date's span leaves out "this". "on the night of June 3" goes whole.
const DATE_LEAD_IN = /(?:\b(?:earlier|later|late|early)\s+)?(?:\b(?:on|in|at|by|from|as of|between|until|through|during)\s+)?(?:\bthe\s+(?:night|morning|afternoon|evening|eve|end|start|beginning|middle)\s+of\s+)?(?:\b(?:this|last|next)\s+)?$/i;
// A kicker label above the lede ("CHIP WAR: The new restrictions ...") is no part of the happening.
const KICKER = /^\p{Lu}[\p{Lu}\d\s'’&-]{2,30}:\s+/u;
// Asides set off by commas that a headline drops: "Corinne Erhel, 50, was", "the Expo, organized by ..., is".
const ASIDE = new RegExp(String.raw`,\s+(?:\d+|who|which|whose|where|\p{Ll}+ed\s+by)\b[^,;:“”"]*,\s*${NOT_OXFORD_LIST}`, 'gu');
/** A clause boundary this far in makes a better cut than a word boundary with an ellipsis... */
const MIN_CLAUSE_CUT = 60;
/** ...and a coordinated clause (", and while ...") from this far in. */
const MIN_COORDINATION_CUT = 30;
const COORDINATION = /,\s+(?:and|but|while|whereas|as)\s|\s—\s|;\s/g;

/** A summary of `clause` (offsets relative to it) with the given date spans left out. */
export function summarize(clause: string, dates: readonly Span[]): string {
  let text = clause;
  for (const d of [...dates].sort((a, b) => b.start - a.start)) {
    // A possessive date gives way to a determiner and keeps its preposition: "at this year's conference" ->
    // "at the conference".
    const possessive = /^[’']s\b/.test(text.slice(d.end));
    const lead = possessive ? text.slice(0, d.start) : text.slice(0, d.start).replace(DATE_LEAD_IN, '');
    if (isSubject(text, d) || (!possessive && isComplement(lead))) continue;
    const before = agreeArticle(lead, text.slice(d.end));
    const after = possessive ? text.slice(d.end).replace(/^[’']s\b/, ' the') : text.slice(d.end).replace(/^-/, '');
    text = `${before}${CONJUNCTION_BEFORE.test(before) ? after.replace(/^\s*,/, '') : after}`;
  }
  text = withoutParentheses(text)
    .replace(ASIDE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    // A comma whose clause went with a date: "prime minister, [1980–1987]; then" -> "prime minister; then".
    .replace(/,\s*(?=[,;:])/g, '')
    .trim()
    // A conjunction left without its second date: "a curfew between [10 p.m.] and [4 a.m.]".
    .replace(/\s+(?:and|or)(?=[.;:!?]|$)/gi, '')
    .replace(KICKER, '')
    .replace(OPENER, '')
    .replace(/[.!?]+["”’]?$/, '')
    .replace(/^[,;:\s—-]+|[,;:\s—-]+$/g, '');
  return capitalize(shorten(text));
}

/** The text without its parenthetical asides, nested ones too: an interview's "((WN)) Could you ...". */
function withoutParentheses(text: string): string {
  const once = text.replace(/\s*\([^()]*\)/g, '');
  return once === text ? text : withoutParentheses(once);
}

/** A date the clause needs after its preposition (what precedes it, less DATE_LEAD_IN): "extended the lockdown to
 * May 1", "the Act of 1867", "since 2004". */
const isComplement = (before: string) => /\b(?:to|into|till|since|than|of)\s+$/i.test(before);

/** A date opening its clause and followed by a verb is the clause's subject: "2007 was the year of the iPhone". */
const isSubject = (text: string, d: Span) => /^[\s"“‘']*$/.test(text.slice(0, d.start).replace(/^.*,\s*/, '')) && VERB_AFTER.test(text.slice(d.end));

/** "an April 2nd report" without its date is "a report". */
function agreeArticle(before: string, after: string): string {
  const next = after.match(/^\s*(\p{L})/u)?.[1];
  if (!next) return before;
  const article = /[aeiou]/i.test(next) ? 'an' : 'a';
  return before.replace(/\b(an?)(\s+)$/i, (_, a: string, space: string) => (a[0] === 'A' ? article[0].toUpperCase() + article.slice(1) : article) + space);
}

/**
 * Cut at a clause boundary when one leaves a readable headline, else at a word boundary with an ellipsis; a
 * fronted adverbial goes first ("In his keynote address, Jobs announced ...").
 */
function shorten(text: string): string {
  if (text.length <= SUMMARY_LIMIT) return text;
  const main = text.replace(FRONTED_ADVERBIAL, '');
  if (main !== text && main.split(/\s+/).length >= 3) return shorten(main);
  const head = text.slice(0, SUMMARY_LIMIT);
  const coordination = Math.max(-1, ...[...head.matchAll(COORDINATION)].map((m) => m.index).filter((i) => !endsEnumeration(text, i)));
  if (coordination >= MIN_COORDINATION_CUT) return head.slice(0, coordination);
  const comma = head.lastIndexOf(', ');
  const boundary = Math.max(inEnumeration(text, comma) ? -1 : comma, head.lastIndexOf(' — '), head.lastIndexOf('; '));
  if (boundary >= MIN_CLAUSE_CUT) return head.slice(0, boundary);
  const word = head.lastIndexOf(' ', SUMMARY_LIMIT - 1);
  return `${head.slice(0, word > 0 ? word : SUMMARY_LIMIT - 1).replace(/[,;:\s]+$/, '')}…`;
}

/** Two short items before a comma make it part of a list ("apps, books, photos, and more"). */
const endsEnumeration = (text: string, comma: number) =>
  text.slice(0, comma).split(',').slice(-2).every((item, _, items) => items.length === 2 && item.trim().split(/\s+/).length <= 2);
/** A comma in a list ("included Huawei, SMIC and several ...") is no clause boundary. */
const inEnumeration = (text: string, comma: number) =>
  comma >= 0 && (endsEnumeration(text, comma) || /^\s*(?:\S+\s+){1,2}(?:and|or)\s/i.test(text.slice(comma + 1)));

// A brand written in camel case keeps its lower-case start: "iPhone 4 began", "iOS will support".
function capitalize(text: string): string {
  return /^\p{Ll}+\p{Lu}/u.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
