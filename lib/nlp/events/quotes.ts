// Quoted speech in an article. A date inside a quotation is in the speaker's frame ("that day has come"), not
// the narrator's, and a short quotation is a title or a name ("the text “Steve Jobs 1955-2011”").
import type { Span } from './frames';

/** A quotation of at most this many words names something rather than reporting speech. */
export const TITLE_MAX_WORDS = 5;

/**
 * The spans of the article's quotations, quote marks included. Straight quotes alternate open and close; a
 * paragraph break ends an unclosed one (a quotation running over paragraphs reopens each of them).
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && open >= 0) {
      spans.push({ start: open, end: i });
      open = -1;
    } else if (c === '“' || (c === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((c === '”' || c === '"') && open >= 0) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  return spans;
}

/** The quotation that holds the span, if any. */
export const quotationOf = (quotes: readonly Span[], span: Span) => quotes.find((q) => q.start < span.start && span.end < q.end);

/** True for a quotation short enough to be a title or a name. */
export const isTitle = (text: string, quote: Span) => text.slice(quote.start + 1, quote.end - 1).trim().split(/\s+/).length <= TITLE_MAX_WORDS;
