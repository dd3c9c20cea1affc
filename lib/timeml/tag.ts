// Dateline's tagger applied to TimeML documents, and its output written back as TimeML.
import { tagTimexes } from '../nlp/temporal';
import type { Timex } from '../nlp/types';
import { dctDay, type TimemlDocument } from './document';

export function tagDocument(doc: TimemlDocument): Timex[] {
  return tagTimexes(doc.text, { dct: dctDay(doc.dct) });
}

const escapeAttribute = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The document with only Dateline's TIMEX3 tags inside TEXT. The text between tags is the input text
 * unchanged, so removing the tags gives it back byte for byte.
 */
export function writeTimeml(doc: TimemlDocument, timexes: Timex[]): string {
  let out = doc.head;
  let last = 0;
  timexes.forEach((t, i) => {
    const attributes = [`tid="t${i + 1}"`, `type="${t.type}"`, `value="${escapeAttribute(t.value)}"`];
    if (t.mod) attributes.push(`mod="${escapeAttribute(t.mod)}"`);
    out += `${doc.text.slice(last, t.start)}<TIMEX3 ${attributes.join(' ')}>${doc.text.slice(t.start, t.end)}</TIMEX3>`;
    last = t.end;
  });
  return out + doc.text.slice(last) + doc.tail.replace(LINK_ANNOTATIONS, '');
}

// Gold links after TEXT refer to annotations we removed.
const LINK_ANNOTATIONS = /<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*\/>[ \t]*\r?\n?/g;
