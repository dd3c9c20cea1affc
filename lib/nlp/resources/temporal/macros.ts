// Pattern macros: `{name}` in a rule pattern expands to the alternation below (built from the lexicon tables,
// longest words first so that "September" wins over "Sep").
import {
  HOLIDAYS, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, SET_WORDS, UNITS, WEEKDAYS,
} from './lexicon';

const alternation = (words: string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "['’]" : `\\${c}`))).join('|');

const numberWord = alternation(Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an' && w !== 'half' && w !== 'couple'));

const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

export const MACROS: Record<string, string> = {
  // "May", "Sept", "Jan" (the optional full stop of an abbreviation is written in the rules).
  month: alternation(Object.keys(MONTHS)),
  weekday: alternation(Object.keys(WEEKDAYS).filter((w) => w.length > 4)),
  // A cardinal: digits, number words ("twenty four", "twenty-four"), "a couple of" (two), or "a"/"an" ("a year ago").
  // Halves too: "5 1/2 hours", "two and a half years", "a minute and a half" (the "and a half" after the unit is
  // read by the duration rule).
  num: `\\d{1,3}(?:\\.\\d+|\\s+1/2)?(?![\\d/])|(?:${numberWord})(?:[\\s-](?:${numberWord}))*(?:\\s+and\\s+a\\s+half)?|(?:a\\s+)?couple\\s+of|an?`,
  // Cardinals without the article, for hyphenated adjectives ("two-year").
  count: `\\d+|(?:${numberWord})(?:[\\s-](?:${numberWord}))*`,
  unit: alternation(Object.keys(UNITS)),
  ordinal: `${alternation(Object.keys(ORDINALS))}|\\d{1,2}(?:st|nd|rd|th)`,
  season: alternation(Object.keys(SEASONS)),
  pod: alternation(Object.keys(PARTS_OF_DAY).filter((w) => !['noon', 'midday', 'midnight', 'tonight'].includes(w))),
  holiday: alternation(Object.keys(HOLIDAYS)),
  // A year said in words ("nineteen ninety-six", "two thousand and one").
  spokenYear: `(?:eighteen|nineteen)[\\s-]+(?:${TEENS}|(?:${TENS})(?:[\\s-]+(?:${UNITS_WORDS}))?|hundred)|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${UNITS_WORDS}|${TEENS}))?`,
  // A four-digit year from 1000 to 2099.
  year: '1\\d{3}|20\\d{2}',
  // Eras after a year: before Christ ("44 BC", "44 B.C.", "2500 BCE") or the common era ("476 AD", "476 CE"). An
  // undotted form takes no full stop: the one after "44 BC." ends the sentence.
  eraBC: 'B\\.C\\.(?:E\\.)?|BCE|BC',
  eraAD: 'A\\.D\\.|AD|C\\.E\\.|CE',
  // A year written with an era: up to five digits, thousands separated or not ("10,000 BC"), no year 0 ("1 BC" is
  // followed by "AD 1").
  eraYear: '[1-9]\\d?,\\d{3}|[1-9]\\d{0,4}',
  // A day of the month, optionally with an ordinal suffix ("7", "07", "7th").
  day: '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\d)',
  // Modifiers that narrow a period ("early next year", "late May", "mid-2015", "the end of the month").
  modPre: 'early|late|mid|the (?:end|beginning|start|middle|first part) of|(?:end|beginning|start|middle) of',
  setWord: alternation(Object.keys(SET_WORDS)),
  dir: 'last|next|this|coming|past|previous|current',
  // A company's accounting year, which need not start in January ("fiscal 1989", "the financial year").
  fiscal: 'fiscal|financial',
};

/** Expands `{name}` macros; an unknown name is an error in the rule table. */
export function expandMacros(pattern: string): string {
  return pattern.replace(/\{([a-zA-Z]\w*)\}/g, (whole, name: string) => {
    const body = MACROS[name];
    if (body === undefined) throw new Error(`temporal rule pattern: unknown macro ${whole}`);
    return `(?:${body})`;
  });
}
