// What two event descriptions share: content words (crudely stemmed) and named participants.
import { FUNCTION_WORDS } from '../events/vocabulary';

/** Words this short carry too little meaning to count as shared wording. */
const MIN_WORD_LENGTH = 3;
// Sentence-initial capitals and titles that are not participants.
const CORPORATE_SUFFIXES = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Plc', 'PLC', 'LLC', 'AG', 'SA']);
const NOT_A_PARTICIPANT = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'At', 'This', 'That', 'But', 'And', 'Mr', 'Mrs', 'Ms', 'Dr']);

/** "launched", "launches", "launching" -> "launch". */
export function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1');
}

const words = (text: string) => text.replace(/’/g, "'").match(/\p{L}[\p{L}\p{N}'-]*|\p{N}+/gu) ?? [];
const stems = (list: string[]) => new Set(list.map((w) => w.toLowerCase()).filter((w) => w.length >= MIN_WORD_LENGTH && !FUNCTION_WORDS.has(w)).map(stem));

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
    const parts = name.replace(/['’]s\b/g, '').split(/\s+/).map((w) => w.replace(/[.,]+$/, ''))
      .filter((w) => w.length >= 2 && !NOT_A_PARTICIPANT.has(w) && !CORPORATE_SUFFIXES.has(w));
    if (parts.length === 0) continue;
    // A name and its last word are one participant: "Steve Jobs" and "Jobs"; "San Francisco" is not "San".
    found.add(parts.join(' '));
    found.add(parts[parts.length - 1]);
  }
  return found;
}

/** Shared share of two sets (Jaccard). */
export function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

export const intersect = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> => new Set([...a].filter((x) => b.has(x)));
