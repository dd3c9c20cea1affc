// Splits a text into plain and highlighted pieces from character offsets, so React can render <mark> around
// temporal expressions with text nodes only (untrusted text is never treated as HTML).

export interface Range<T> {
  start: number;
  end: number;
  data: T;
}

export type Segment<T> = { text: string; range: null } | { text: string; range: Range<T> };

/** Ranges outside the text, empty, or overlapping an earlier one are skipped. */
export function segmentText<T>(text: string, ranges: readonly Range<T>[]): Segment<T>[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment<T>[] = [];
  let cursor = 0;
  for (const range of sorted) {
    if (range.start < cursor || range.end <= range.start || range.end > text.length) continue;
    if (range.start > cursor) segments.push({ text: text.slice(cursor, range.start), range: null });
    segments.push({ text: text.slice(range.start, range.end), range });
    cursor = range.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), range: null });
  return segments;
}

/**
 * The offsets of `needle` inside `sentence`, given its offsets in the whole article and the sentence's own start.
 * Falls back to searching the text when the offsets do not match it (e.g. the sentence was trimmed).
 */
export function locateInSentence(
  sentence: string,
  sentenceStart: number,
  needle: { text: string; start: number; end: number },
): { start: number; end: number } | null {
  const start = needle.start - sentenceStart;
  const end = needle.end - sentenceStart;
  if (start >= 0 && end <= sentence.length && sentence.slice(start, end) === needle.text) return { start, end };
  const found = needle.text ? sentence.indexOf(needle.text) : -1;
  return found >= 0 ? { start: found, end: found + needle.text.length } : null;
}
