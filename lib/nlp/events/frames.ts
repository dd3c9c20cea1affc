// Reporting frames: the part of a sentence that says who said it, and the part that says what happened.
// "The council yesterday said it regrets ..." (report first) and "a lawmaker died ..., officials said yesterday."
// (report last). Offsets are relative to the sentence.
import { sentenceTense } from './inherit';
import { REPORTING_VERBS } from './vocabulary';

export interface Span {
  start: number;
  end: number;
}

export interface ReportFrame {
  /** The reporter, the reporting verb and any date beside it. */
  report: Span;
  /** What was reported. */
  content: Span;
}

// A reporting verb in the active voice: "officials confirmed", not "39 are confirmed dead" or "is partly explained".
const VERBS = `(?<!\\b(?:is|are|was|were|be|been|being)\\s+(?:\\p{L}+ly\\s+)?)(?:${REPORTING_VERBS.join('|')})`;
// An optional fronted adverbial ("Last month, "), a short reporter phrase without a clause break, the verb.
const REPORT_FIRST = new RegExp(`^(?:[^,;:“"]{1,30},\\s*)?[^,;:“”"]{2,90}?\\b${VERBS}\\b`, 'u');
// Content, a comma (and closing quote), a short reporter phrase, the verb and a few words before the full stop.
const REPORT_LAST = new RegExp(`,["”’]?\\s*[^,;“”"]{2,60}?\\s+${VERBS}\\b[^,;“”"]{0,40}[.!?]?["”’]?$`, 'u');
// A reporter, however long, the verb, a colon and the opening quote of what was said: "A statement on the
// website, which displays ..., states: “Apple has lost ...".
const REPORT_COLON = new RegExp(`^.{2,200}?\\b${VERBS}\\s*:\\s*(?=["“])`, 'u');

const ADDRESSEE_VERB = /\b(?:told|tells|warned|warns)$/i;
// A pronoun, or a short phrase before "that": "me", "the court that".
const ADDRESSEE = /^\s+(?:(?:me|him|her|us|them|you)\b|[^,;:"“”]{1,40}?(?=\s+that\s))/i;

/**
 * The report and content spans of a sentence, or null when the sentence reports nothing. `dates` are the
 * spans of the sentence's temporal expressions: one right after the verb belongs to the report ("said
 * yesterday that ...").
 */
export function reportFrame(sentence: string, dates: readonly Span[]): ReportFrame | null {
  const last = sentence.match(REPORT_LAST);
  if (last?.index !== undefined && last.index > 20) {
    return { report: { start: last.index, end: sentence.length }, content: { start: 0, end: last.index } };
  }
  const colon = sentence.match(REPORT_COLON);
  if (colon) return { report: { start: 0, end: colon[0].length }, content: { start: colon[0].length, end: sentence.length } };
  const first = sentence.match(REPORT_FIRST);
  if (!first) return null;
  let reportEnd = first[0].length;
  // The one told goes with the report: "told me (that) ...", "warned investors that ...".
  if (ADDRESSEE_VERB.test(first[0])) reportEnd += sentence.slice(reportEnd).match(ADDRESSEE)?.[0].length ?? 0;
  const dateAfterVerb = dates.find((d) => /^\s+(?:on\s+|in\s+|late\s+|early\s+)?$/.test(sentence.slice(reportEnd, d.start)));
  if (dateAfterVerb) reportEnd = dateAfterVerb.end;
  reportEnd += sentence.slice(reportEnd).match(/^\s*,?\s*(?:that\s+)?/)?.[0].length ?? 0;
  if (reportEnd >= sentence.length - 10) return null;
  // What follows the verb must be a clause or hold a quotation: "disclosed this matter to the EPA" reports nothing.
  const content = sentence.slice(reportEnd);
  if (!/["“]/.test(content) && sentenceTense(content) === null) return null;
  return { report: { start: 0, end: reportEnd }, content: { start: reportEnd, end: sentence.length } };
}
