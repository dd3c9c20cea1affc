// The topic lexicon compiled for matching: terms by first word, longest phrase first. It joins the hand-written
// cue lists (resources/topics/lexicon.ts), the cues of IPTC's lower-level concepts (iptc-concepts.ts) and the names
// of sport clubs (sport-clubs.ts).
import { IPTC_CONCEPT_CUES } from '../resources/topics/iptc-concepts';
import { TOPIC_LEXICON } from '../resources/topics/lexicon';
import { SPORT_CLUBS } from '../resources/topics/sport-clubs';
import { resolveTopic } from './iptc';

export interface TopicTerm {
  /** Words of the term; the last may be a prefix (written with `*`). */
  words: string[];
  prefix: boolean;
  topic: string;
  weight: number;
}

/** Every cue list as [top-level topic, where it comes from, cues]. */
function sources(): [string, string, string][] {
  return [
    ...Object.entries(TOPIC_LEXICON).map(([topic, cues]): [string, string, string] => [topic, 'lexicon', cues]),
    ...Object.entries(IPTC_CONCEPT_CUES).flatMap(([topic, concepts]) =>
      concepts.map(([concept, cues]): [string, string, string] => [topic, `IPTC concept "${concept}"`, cues])),
    ['sport', 'sport clubs', SPORT_CLUBS],
  ];
}

function compile(): Map<string, TopicTerm[]> {
  const byFirstWord = new Map<string, TopicTerm[]>();
  for (const [topic, source, terms] of sources()) {
    if (!resolveTopic(topic)) throw new Error(`topic lexicon: "${topic}" (${source}) is not an IPTC top-level topic name`);
    for (const entry of terms.split('|')) {
      const [text, weightText] = entry.split(':');
      const weight = weightText === undefined ? 1 : Number(weightText);
      if (!text || !Number.isFinite(weight)) throw new Error(`topic lexicon: bad entry "${entry}" in ${source} under "${topic}"`);
      const prefix = text.endsWith('*');
      const words = tokenize(prefix ? text.slice(0, -1) : text);
      // A prefix term is filed under its stem's first word only when it has several words ("attack drone*").
      const key = words.length === 1 && prefix ? `${words[0]}*` : words[0];
      const list = byFirstWord.get(key) ?? [];
      list.push({ words, prefix, topic, weight });
      byFirstWord.set(key, list);
    }
  }
  return byFirstWord;
}

/** Lower-case word tokens; apostrophes and inner hyphens stay inside words ("cross-strait", "women's"). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}&]+(?:['-][\p{L}\p{N}&]+)*/gu) ?? [];
}

export const TERMS_BY_FIRST_WORD = compile();
/** Single-word prefix stems ("elect" for "elect*"). */
export const PREFIX_STEMS: ReadonlySet<string> = new Set([...TERMS_BY_FIRST_WORD.keys()].filter((k) => k.endsWith('*')).map((k) => k.slice(0, -1)));
