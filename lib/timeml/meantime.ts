// Reading MEANTIME (NewsReader, CC BY 4.0 Wikinews articles) as a second TIMEX3 gold standard. Its CAT XML lists
// tokens, not text: the text is rebuilt by joining tokens (no space before closing punctuation, one line per
// sentence) and every TIMEX3 points at its tokens. MEANTIME annotates only the first sentences of an article
// (title, dateline and the opening paragraph), so a tagger's output is scored over those sentences alone.
import { readFileSync } from 'node:fs';
import type { TimemlTimex } from './document';

export interface MeantimeDocument {
  /** The creation time's value (the dateline timex, functionInDocument="CREATION_TIME"); null when absent. */
  dct: string | null;
  /** The article rebuilt from its tokens. */
  text: string;
  /** Offset where the sentences without annotation begin (text.length when every sentence is annotated). */
  annotatedEnd: number;
  /** Text-consuming TIMEX3, in text order (the dateline's creation time included: it is part of the text). */
  timexes: TimemlTimex[];
}

/** Sentences 0 (title) to ANNOTATED_SENTENCES - 1 carry MEANTIME's annotation. */
export const ANNOTATED_SENTENCES = 6;

const TOKEN = /<token\b([^>]*)>([^<]*)<\/token>/g;
const TIMEX = /<TIMEX3\b([^>]*)>([\s\S]*?)<\/TIMEX3>/g;
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|n't|'|'')$/;
const NO_SPACE_AFTER = /^(?:[([{$]|``)$/;

const attribute = (attributes: string, name: string): string | undefined =>
  attributes.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];

const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function parseMeantime(source: string, name = 'document'): MeantimeDocument {
  let text = '';
  let annotatedEnd = -1;
  let previous: { sentence: string; word: string } | null = null;
  const spans = new Map<string, [number, number]>();
  for (const m of source.matchAll(TOKEN)) {
    const id = attribute(m[1], 't_id');
    const sentence = attribute(m[1], 'sentence');
    if (id === undefined || sentence === undefined) throw new Error(`${name}: token without t_id or sentence: ${m[0]}`);
    const word = unescapeXml(m[2]);
    if (previous) {
      if (sentence !== previous.sentence) text += '\n';
      else if (!NO_SPACE_BEFORE.test(word) && !NO_SPACE_AFTER.test(previous.word)) text += ' ';
    }
    if (annotatedEnd < 0 && Number(sentence) >= ANNOTATED_SENTENCES) annotatedEnd = text.length;
    spans.set(id, [text.length, text.length + word.length]);
    text += word;
    previous = { sentence, word };
  }
  if (spans.size === 0) throw new Error(`${name}: no <token> elements (not MEANTIME CAT XML)`);
  let dct: string | null = null;
  const timexes: TimemlTimex[] = [];
  for (const m of source.matchAll(TIMEX)) {
    const value = attribute(m[1], 'value') ?? '';
    if (attribute(m[1], 'functionInDocument') === 'CREATION_TIME') dct = value;
    const ids = [...m[2].matchAll(/\bt_id="(\d+)"/g)].map((a) => a[1]);
    if (ids.length === 0) continue;
    const first = spans.get(ids[0]);
    const last = spans.get(ids[ids.length - 1]);
    if (!first || !last) throw new Error(`${name}: TIMEX3 m_id=${attribute(m[1], 'm_id')} points at an unknown token`);
    const type = attribute(m[1], 'type') ?? '';
    timexes.push({ start: first[0], end: last[1], text: text.slice(first[0], last[1]), type, value });
  }
  timexes.sort((a, b) => a.start - b.start);
  return { dct, text, annotatedEnd: annotatedEnd < 0 ? text.length : annotatedEnd, timexes };
}

export function readMeantime(path: string): MeantimeDocument {
  return parseMeantime(readFileSync(path, 'utf8'), path);
}
