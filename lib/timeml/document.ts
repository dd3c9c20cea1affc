// Reading TimeML documents: the DCT value, the raw TEXT content and the gold TIMEX3 annotations inside it.
// The TEXT is kept exactly as written (entities included) so that tags can be re-inserted byte-identically.

export interface TimemlTimex {
  /** Offsets into the tag-free raw text, end exclusive. */
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod?: string;
}

export interface TimemlDocument {
  /** Document creation time as a TIMEX3 value (YYYY-MM-DD...), or null when the file has none. */
  dct: string | null;
  /** Everything of the file before the TEXT content (kept verbatim on output). */
  head: string;
  /** The TEXT content with every tag removed, entities untouched. */
  text: string;
  /** Everything of the file from `</TEXT>` on. */
  tail: string;
  /** TIMEX3 annotations found inside TEXT. */
  timexes: TimemlTimex[];
}

const DCT_VALUE = /<DCT>\s*<TIMEX3\b[^>]*?\bvalue="([^"]*)"/;
const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+\s*=\s*"[^"]*")*)\s*(\/?)>/g;
const ATTRIBUTE = /([\w:-]+)\s*=\s*"([^"]*)"/g;

export function parseTimeml(source: string, name = 'document'): TimemlDocument {
  const open = source.match(/<TEXT\b[^>]*>/);
  const closeAt = source.lastIndexOf('</TEXT>');
  if (!open || open.index === undefined || closeAt < open.index) {
    throw new Error(`${name}: no <TEXT>…</TEXT> element`);
  }
  const bodyStart = open.index + open[0].length;
  const dct = source.match(DCT_VALUE)?.[1] ?? null;
  const { text, timexes } = stripTags(source.slice(bodyStart, closeAt), name);
  return { dct, head: source.slice(0, bodyStart), text, tail: source.slice(closeAt), timexes };
}

function stripTags(body: string, name: string): { text: string; timexes: TimemlTimex[] } {
  let text = '';
  let last = 0;
  let openTimex: { start: number; attributes: Record<string, string> } | null = null;
  const timexes: TimemlTimex[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(body); m; m = TAG.exec(body)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) {
      if (openTimex) throw new Error(`${name}: nested TIMEX3 at character ${m.index} of TEXT`);
      if (!m[4]) openTimex = { start: text.length, attributes: attributesOf(m[3]) };
    } else if (openTimex) {
      const { start, attributes } = openTimex;
      timexes.push({
        start,
        end: text.length,
        text: text.slice(start, text.length),
        type: attributes.type ?? '',
        value: attributes.value ?? '',
        ...(attributes.mod ? { mod: attributes.mod } : {}),
      });
      openTimex = null;
    }
  }
  text += body.slice(last);
  return { text, timexes };
}

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) attributes[m[1]] = m[2];
  return attributes;
}

/** The DCT as an ISO day (YYYY-MM-DD), whatever finer or coarser form the file uses ("19980108", "1998-01-08T10:00"). */
export function dctDay(dct: string | null): string | null {
  if (!dct) return null;
  const m = dct.match(/^(\d{4})-?(\d{2})-?(\d{2})/);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
