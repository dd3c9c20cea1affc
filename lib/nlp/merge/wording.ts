// What two event descriptions share: content words (crudely stemmed) and named participants.
import { FUNCTION_WORDS, NOT_PAST_ED, REPORTING_VERBS } from '../events/vocabulary';
import { BEGINNING_WORDS, NAMED_OBJECT_DETERMINERS, NAMED_OBJECT_WORDS, NAMING_VERBS, STATEMENT_VERBS } from './rules';

/** Words this short carry too little meaning to count as shared wording. */
const MIN_WORD_LENGTH = 3;
// Sentence-initial capitals and titles that are not participants.
const CORPORATE_SUFFIXES = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Plc', 'PLC', 'LLC', 'AG', 'SA']);
const NOT_A_PARTICIPANT = new Set(['He', 'She', 'It', 'They', 'We', 'I', 'Mr', 'Mrs', 'Ms', 'Dr', 'When', 'While', 'Since',
  'Although', 'Though', 'Yesterday', 'Today', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
// Verb forms that say nothing of what happened: who reported it ("said", "announced"), or not verbs at all ("need").
const NOT_A_HAPPENING_VERB = new Set([...REPORTING_VERBS, ...NOT_PAST_ED]);
// An -ing form is a verb after these ("while introducing", "was fighting"), else often a noun ("operating system").
const VERB_BEFORE_ING = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'while', 'when', 'after', 'before', 'by', 'since']);
/** Verbs shorter than this ("led", "fed") are too often other words. */
const MIN_VERB_LENGTH = 5;

/** "launched", "launches", "launching" -> "launch". */
export function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1');
}

const words = (text: string) => text.replace(/’/g, "'").match(/\p{L}[\p{L}\p{N}'-]*|\p{N}+/gu) ?? [];
// Titles and roles say who, not what happened: "prime minister" in common is no shared action.
const ROLE_WORDS = new Set(['president', 'prime', 'minister', 'chief', 'executive', 'officer', 'secretary', 'spokesman',
  'spokeswoman', 'spokesperson', 'government', 'official', 'officials', 'leader', 'chairman', 'director', 'head', 'member']);

// Words of dates: two events' dates are compared as dates, so "August" or "yesterday" is no shared wording.
const DATE_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'tomorrow', 'tonight', 'last', 'next', 'week', 'month', 'year', 'day', 'earlier', 'ago', 'morning', 'evening', 'night']);
const stems = (list: string[]) => new Set(list.map((w) => w.toLowerCase())
  .filter((w) => w.length >= MIN_WORD_LENGTH && !FUNCTION_WORDS.has(w) && !DATE_WORDS.has(w) && !ROLE_WORDS.has(w) && !/^\d+$/.test(w))
  .map(stem));

export function contentStems(text: string): Set<string> {
  return stems(words(text));
}

/** Content stems of the words that are not names: what happened rather than who ("offer", "free", "case"). */
export function actionStems(text: string): Set<string> {
  return stems(words(text).filter((w) => !/\p{Lu}/u.test(w)));
}

/** Named participants: runs of capitalized words ("Steve Jobs", "Apple Corps") and inner capitals ("iPhone"). */
export function participants(text: string): Set<string> {
  const names = text.match(/(?<![\p{L}\p{N}])\p{Ll}*\p{Lu}[\p{L}\p{N}.&'-]*(?:\s+\p{Ll}*\p{Lu}[\p{L}\p{N}.&'-]*)*/gu) ?? [];
  const found = new Set<string>();
  for (const name of names) {
    const parts = name.replace(/['’](?:s\b|(?=\s|$))/g, '').split(/\s+/).map((w) => w.replace(/[.,]+$/, ''))
      .filter((w) => w.length >= 2 && !NOT_A_PARTICIPANT.has(w) && !FUNCTION_WORDS.has(w.toLowerCase()) && !CORPORATE_SUFFIXES.has(w));
    if (parts.length === 0) continue;
    // A name and its last word are one participant: "Steve Jobs" and "Jobs"; "San Francisco" is not "San".
    found.add(parts.join(' '));
    found.add(parts[parts.length - 1]);
  }
  return found;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
// A day of a month ("March 3", "3 March") is the date, compared as a date: not one of the numbers of the happening.
const DAY_OF_MONTH = new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}`, 'gi');
/**
 * A wire dateline opening the text ("MELBOURNE, March 3 -", "MIDLAND, Mich., March 4 -", "WASHINGTON (Reuters) -"):
 * every story from that place on that day shares it, so it says nothing of the happening.
 */
const DATELINE = new RegExp(`^\\s*\\p{Lu}[\\p{Lu} .'-]*\\p{Lu}(?:,\\s*\\p{Lu}[\\p{L}.]*)*(?:\\s*\\([^)]*\\))?,?\\s*(?:${MONTH}\\s+\\d{1,2}\\s*)?[-–—]+\\s*`, 'u');

/** The text two reports are compared by: without a wire dateline. */
export function comparedText(evidence: string): string {
  return evidence.replace(DATELINE, '');
}

/**
 * The numbers a text writes on their own ("bridge 13", "30 people", "1,200"; not the 2 of "SARS-CoV-2", nor the
 * day of "March 3"): two reports naming only different ones differ.
 */
export function numbers(text: string): Set<string> {
  return new Set((text.replace(DAY_OF_MONTH, ' ').match(/(?<![\p{L}\d-])\d+(?:[.,]\d+)*(?![\p{L}\d-])/gu) ?? []).map((n) => n.replace(/,/g, '')));
}

/** One entry per participant: its last word ("Apple CEO Steve Jobs" and "Jobs" are one). */
export function participantHeads(names: ReadonlySet<string>): Set<string> {
  return new Set([...names].map((name) => name.slice(name.lastIndexOf(' ') + 1)));
}

/**
 * Stems of the verbs that say what happened: past and progressive forms ("introduced", "introducing" ->
 * "introduc"), leaving out reporting verbs. Irregular forms ("fought") are not recognised: a missed merge only.
 */
export function happeningVerbs(text: string): Set<string> {
  const written = words(text);
  const list = written.map((w) => w.toLowerCase());
  // A capitalised word inside a sentence is a name ("United States"), not a verb.
  return new Set(list
    .filter((w, i) => w.length >= MIN_VERB_LENGTH && !NOT_A_HAPPENING_VERB.has(w) && (i === 0 || written[i] === w)
      && (/^\p{Ll}+ed$/u.test(w) || (/^\p{Ll}+ing$/u.test(w) && VERB_BEFORE_ING.has(list[i - 1]))))
    .map(stem));
}

/**
 * A happening verb done to a thing named in several words ("launched the iTunes Music Store"): `key` is the verb's
 * stem and the name ("launch|iTunes Music Store"); `actors` the words of the names before the verb ("Apple",
 * "Computer"), who did it.
 */
export interface NamedHappening {
  key: string;
  actors: Set<string>;
  /** The event's date expression follows the name in its clause ("launched the iTunes Music Store in 2003"). */
  dated: boolean;
}

const NAME_WORD = /^\p{Ll}*\p{Lu}/u;
/** Tokens between a named happening and the date expression that dates it, at most ("…Store, a online music store, on"). */
const NAMED_DATE_DISTANCE = 12;

const tokensOf = (text: string) => text.replace(/’/g, "'").match(/\p{L}[\p{L}\p{N}'-]*|\p{N}+|[^\s\p{L}\p{N}]/gu) ?? [];

/** Whether `date` (tokens) starts within NAMED_DATE_DISTANCE tokens from `at`, before the clause ends (";", "."). */
function datedAt(tokens: string[], at: number, date: string[]): boolean {
  if (date.length === 0) return false;
  for (let i = at; i < tokens.length && i <= at + NAMED_DATE_DISTANCE; i += 1) {
    if (tokens[i] === ';' || tokens[i] === '.') return false;
    if (date.every((t, k) => tokens[i + k] === t)) return true;
  }
  return false;
}

/**
 * The named happenings a text tells ("Apple launched the iTunes Music Store"; not "launched an Executive Order"),
 * and whether `dateText`, the expression dating the event, dates them.
 */
export function namedHappenings(text: string, dateText = ''): NamedHappening[] {
  const tokens = tokensOf(text);
  const date = tokensOf(dateText);
  const found: NamedHappening[] = [];
  tokens.forEach((token, i) => {
    const isVerb = token.length >= MIN_VERB_LENGTH && /^\p{Ll}+ed$/u.test(token) && !NOT_A_HAPPENING_VERB.has(token) && !NAMING_VERBS.has(token);
    if (!isVerb) return;
    let at = i + 1;
    while (at < tokens.length && NAMED_OBJECT_DETERMINERS.has(tokens[at])) at += 1;
    const name: string[] = [];
    // A name's words, and numbers after its first word ("iPhone 4"); "'s" ends it.
    for (; at < tokens.length && (NAME_WORD.test(tokens[at]) || (name.length > 0 && /^\p{N}+$/u.test(tokens[at]))); at += 1) {
      name.push(tokens[at].replace(/'s$/, ''));
      if (tokens[at].endsWith("'s")) break;
    }
    if (name.length < NAMED_OBJECT_WORDS) return;
    const actors = new Set([...participants(tokens.slice(0, i).join(' '))].flatMap((n) => n.split(' ')));
    found.push({ key: `${stem(token)}|${name.join(' ')}`, actors, dated: datedAt(tokens, at, date) });
  });
  return found;
}

/** A question ("Why are you running?") asks; it reports no happening. */
export function asksQuestion(text: string): boolean {
  return /\?["”’')\]]*\s*$/u.test(text);
}

/**
 * Whether the event's date is where a state began ("has been ill since Thursday", dated Thursday): the state is not
 * the happening of that day.
 */
export function datedBySince(evidence: string, dateText: string): boolean {
  if (!dateText) return false;
  const escaped = dateText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\bsince\\s+${escaped}`, 'i').test(evidence);
}

/** Whether the text says something began ("The protests began in June"). */
export function saysBeginning(text: string): boolean {
  return words(text).some((w) => BEGINNING_WORDS.has(w.toLowerCase()));
}

/** What someone said: the participants named before the statement verb, and the main verb of what they said. */
export interface Statement {
  speakers: Set<string>;
  /** Stem of the first verb of what was said ("approve" in "said he will not approve"), null when not found. */
  verb: string | null;
}

// Auxiliaries and modals: the word after them is the verb ("will approve"); the words of WITHIN_VERB_CHAIN leave
// the chain open ("will not approve", "can and may declare", "will soon sign").
const AUXILIARIES = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'has', 'have', 'had',
  'did', 'does', 'do', "won't", "can't", "didn't", "doesn't", 'to']);
const WITHIN_VERB_CHAIN = new Set(['not', 'and', 'also', 'soon', 'now', 'still', 'never']);
const COPULAS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', "isn't", "aren't", "wasn't", "weren't"]);
/** Words of what was said looked at for its verb before giving up. */
const STATEMENT_VERB_WINDOW = 8;

/** The statement a sentence reports, or null when it has no statement verb ("said", "announced", "suggested"). */
export function statement(text: string): Statement | null {
  const tokens = text.replace(/’/g, "'").match(/\p{L}[\p{L}\p{N}'-]*|\p{N}+|[,;:.!?]/gu) ?? [];
  const at = tokens.findIndex((t) => STATEMENT_VERBS.has(t.toLowerCase()));
  if (at < 0) return null;
  const speakers = participantHeads(participants(tokens.slice(0, at).join(' ')));
  let verb: string | null = null;
  let afterAuxiliary = false;
  let seen = 0;
  for (const token of tokens.slice(at + 1)) {
    if (/^[,;:.!?]$/.test(token)) {
      // A clause break after the first words ends what was said ("said, \"..." starts it).
      if (seen > 0) break;
      continue;
    }
    if (++seen > STATEMENT_VERB_WINDOW) break;
    const word = token.toLowerCase();
    if (AUXILIARIES.has(token)) {
      afterAuxiliary = true;
      continue;
    }
    if (WITHIN_VERB_CHAIN.has(token)) continue;
    // "would be eligible": a state, not a verb of what happens; what was said is compared by its words only.
    if (COPULAS.has(word)) break;
    if (word !== token || FUNCTION_WORDS.has(word) || DATE_WORDS.has(word)) continue;
    if (afterAuxiliary || /^\p{Ll}+ed$/u.test(word)) {
      verb = stem(word).replace(/e$/, '');
      break;
    }
  }
  return { speakers, verb };
}

/** The words of `text` whose stems are given, as written, once each, in text order ("introduced" for "introduc"). */
export function surfaceWords(text: string, wanted: ReadonlySet<string>): string[] {
  const found = new Map<string, string>();
  for (const word of words(text)) {
    const s = stem(word.toLowerCase());
    if (wanted.has(s) && !found.has(s)) found.set(s, word);
  }
  return [...found.values()];
}

/** Names without those that are part of a longer one listed ("Forum" beside "Straits Forum"). */
export function longestNames(names: Iterable<string>): string[] {
  const list = [...names];
  return list.filter((name) => !list.some((other) => other !== name && ` ${other} `.includes(` ${name} `)));
}

/** Shared share of two sets (Jaccard). */
export function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

export const intersect = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> => new Set([...a].filter((x) => b.has(x)));
