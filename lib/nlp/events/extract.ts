// Events: one dated statement each. A sentence gives an event for each temporal expression that governs a
// clause of it; a reporting sentence ("X said yesterday that Y happened last month") gives the statement and
// what it reports as two events; a reported clause without a date of its own borrows one only when a
// neighbouring sentence dates the same thing ("died after collapsing ... at a campaign rally" + "the rally on
// Friday"). A sentence with no date at all inherits the story's reference time (past tense) or the
// publication date (present tense), an undated statement the occasion of the latest dated one; see inherit.ts.
// Dates in quotations speak for the speaker (no reference time), and dates in quoted titles date nothing.
import { daysBetween } from '../temporal/calendar';
import type { ExtractedEvent, Sentence, Timex } from '../types';
import { canDateEvent, narrativeDay, spansSinceHappening, stateStart } from './anchor';
import { coordinatedClauses } from './clauses';
import { reportFrame, type ReportFrame, type Span } from './frames';
import { inBackground, isReferenceTime, REFERENCE_LEAD_SENTENCES, reportTense, sentenceTense, type Tense } from './inherit';
import { isTitle, quotationOf, quotedSpans } from './quotes';
import { summarize } from './summary';
import { BOILERPLATE, FUNCTION_WORDS, REPORTING_VERBS } from './vocabulary';

// A reporting verb, case-sensitive: "the United States" reports nothing.
const REPORTING = new RegExp(`\\b(?:${REPORTING_VERBS.join('|')})\\b`);

export interface EventContext {
  text: string;
  sentences: readonly Sentence[];
  timexes: readonly Timex[];
  /** Publication date (ISO day) or null. */
  dct: string | null;
  /** Countries and topics of the sentence with this index (the article's when the sentence has none). */
  countriesOf: (sentence: number) => string[];
  topicsOf: (sentence: number) => string[];
}

/** At most this many different dates per sentence: its statement and what the statement reports. */
const MAX_DATES_PER_SENTENCE = 2;
/** The lede: a story's main event is told in its first sentences. */
const LEDE_SENTENCES = 2;
/** A clause needs this many words besides its date to state something. */
const MIN_SUMMARY_WORDS = 3;

type Role = 'report' | 'content' | 'plain';

interface Dated {
  timex: Timex;
  /** The expression's span (a range "July 18 to 21" spans both ends). */
  span: Span;
  /** Background to the story, kept off the default timeline: the start of a state ("since 2004"). */
  background?: boolean;
}

/** Dated only to a decade or century ("in the 1990s", "the 21st century"): background, not a happening to plot. */
const isEra = (d: Dated) => d.timex.interval?.precision === 'decade' || d.timex.interval?.precision === 'century';

const isUpcoming = (d: Dated, dct: string | null) => Boolean(dct && d.timex.interval && daysBetween(dct, d.timex.interval.start) > 0);

/** What a story sets for all its sentences. */
interface Story {
  /** Expressions that can date an event, in text order. */
  dated: Dated[];
  /** The tagger's expressions, less those in titles and names. */
  timexes: Timex[];
  reference: Dated | null;
  /** Per sentence: whether it lies in a background paragraph. */
  background: boolean[];
}

interface Found {
  d: Dated;
  role: Role;
  /** Taken from the story (reference time, publication, a neighbour), not from the sentence itself. */
  inherited: boolean;
}

export function extractEvents(ctx: EventContext): ExtractedEvent[] {
  const quotes = quotedSpans(ctx.text);
  // A date in a title or name ("the text “Steve Jobs 1955-2011”") dates no happening, nor keeps one from a date.
  const inTitle = (t: Timex) => {
    const quote = quotationOf(quotes, t);
    return Boolean(quote && isTitle(ctx.text, quote));
  };
  const timexes = ctx.timexes.filter((t) => !inTitle(t));
  const dated = datingExpressions({ ...ctx, timexes });
  const story: Story = {
    dated,
    timexes,
    reference: storyReference(ctx, dated, quotes),
    background: inBackground(ctx.text, ctx.sentences, dated.map((d) => ({ start: d.span.start, interval: d.timex.interval })), ctx.dct),
  };
  const events: ExtractedEvent[] = [];
  // The occasion of the latest statement dated recently ("Jobs announced today that ..."): an undated statement
  // after it ("He said that ...", "Jobs also announced ...") continues it rather than going back to the lede.
  let occasion: Dated | null = null;
  let ledeEvent: ExtractedEvent | undefined;
  ctx.sentences.forEach((sentence, index) => {
    if (BOILERPLATE.some(([pattern]) => pattern.test(sentence.text.trim()))) return;
    const frame = reportFrame(sentence.text, ownDates(dated, sentence).map((d) => ({ start: d.span.start - sentence.start, end: d.span.end - sentence.start })));
    const found = sentenceDates(ctx, story, index, frame, occasion);
    if (REPORTING.test(sentence.text)) occasion = found.find((f) => f.role !== 'content' && !f.inherited && isReferenceTime(f.d.timex.interval, ctx.dct))?.d ?? occasion;
    const kept = keepDistinctDates(found);
    // A statement is shown as the source of what it reports, not as a happening of its own; a date taken from
    // the story rather than the sentence, or only a decade or century, leaves the event off the default timeline.
    const reportsDatedContent = kept.some((f) => f.role === 'content');
    const clauses = governedClauses(sentence, kept.filter((f) => f.role === 'plain' && !f.inherited).map((f) => f.d.span.start - sentence.start));
    for (const { d, role, inherited } of kept) {
      const salient = !inherited && !d.background && !isEra(d) && !(role === 'report' && reportsDatedContent);
      const clause = role === 'plain' && !inherited ? clauses?.find((c) => c.start <= d.span.start - sentence.start && d.span.start - sentence.start < c.end) : undefined;
      const event = makeEvent(ctx, dated, index, d, role, frame, salient, clause ?? null);
      // A date standing alone ("Friday, January 4, 2019" above a story) states no happening.
      if (event.summary.split(/\s+/).length < MIN_SUMMARY_WORDS) continue;
      events.push(event);
      if (index < LEDE_SENTENCES && inherited && event.start) ledeEvent ??= event;
    }
  });
  // The lede tells the story's main event; undated, it is still shown, at the date the story gives it.
  const ledeEnd = ctx.sentences[Math.min(LEDE_SENTENCES, ctx.sentences.length) - 1]?.end ?? 0;
  if (ledeEvent && !events.some((e) => e.salient && e.evidenceEnd <= ledeEnd)) ledeEvent.salient = true;
  return events;
}

const ownDates = (dated: readonly Dated[], sentence: Sentence) => dated.filter((d) => d.span.start >= sentence.start && d.span.end <= sentence.end);

/**
 * The dates of one sentence with their roles: its own expressions, a date borrowed for an undated reported
 * happening, and the story's dates for an undated statement, a present plan or an undated sentence.
 */
function sentenceDates(ctx: EventContext, story: Story, index: number, frame: ReportFrame | null, occasion: Dated | null): Found[] {
  const sentence = ctx.sentences[index];
  const found: Found[] = ownDates(story.dated, sentence).map((d) => ({ d, role: roleOf(frame, d.span.start - sentence.start), inherited: false }));
  const background = story.background[index];
  const reportText = frame ? sentence.text.slice(frame.report.start, frame.report.end) : '';
  if (frame && !found.some((f) => f.role === 'content')) {
    const borrowed = borrowedDate(ctx, index, frame, story.dated);
    if (borrowed) found.push({ d: borrowed, role: 'content', inherited: false });
  }
  // An undated statement ("Jobs said that ...") is dated like an undated sentence; its content's dates go first.
  const statementReference = background || !story.reference ? null : (occasion ?? story.reference);
  if (frame && found.length > 0 && !found.some((f) => f.role === 'report')) {
    const statement = inheritedDate(ctx, index, statementReference, reportTense(reportText));
    if (statement) found.push({ d: statement, role: 'report', inherited: true });
  }
  // A present state about what is to come ("It is slated for release on June 24") holds at publication.
  if (!frame && found.length > 0 && found.every((f) => isUpcoming(f.d, ctx.dct)) && sentenceTense(sentence.text) === 'present') {
    const state = inheritedDate(ctx, index, null, 'present');
    if (state) found.push({ d: state, role: 'report', inherited: true });
  }
  if (found.length === 0 && !hasDateOfItsOwn(story.timexes, sentence) && !spansSinceHappening(sentence.text)) {
    const tense = sentenceTense(sentence.text) ?? (frame && reportTense(reportText));
    const inherited = inheritedDate(ctx, index, frame ? statementReference : background ? null : story.reference, tense);
    if (inherited) found.push({ d: inherited, role: frame ? 'report' : 'plain', inherited: true });
    // A statement at publication about a past happening ("A statement ... states: “Apple has lost ...") dates
    // the happening by the story's reference time.
    const reported = frame && tense === 'present' ? contentTense(sentence.text.slice(frame.content.start, frame.content.end)) : null;
    const happening = reported === 'past' || reported === 'perfect' ? statementReference : null;
    if (happening) found.push({ d: happening, role: 'content', inherited: true });
  }
  return found;
}

/** The story's reference time: the first recent happening its lead sentences date. */
function storyReference(ctx: EventContext, dated: readonly Dated[], quotes: readonly Span[]): Dated | null {
  const lead = ctx.sentences[Math.min(REFERENCE_LEAD_SENTENCES, ctx.sentences.length) - 1];
  if (!lead) return null;
  // A date in quoted speech is in the speaker's frame ("that day has come"), not the story's; a date line above
  // the story ("Friday, January 4, 2019") gives when it was written, not when its happening was.
  return dated.find((d) => !d.background && d.span.end <= lead.end && isReferenceTime(d.timex.interval, ctx.dct)
    && !quotationOf(quotes, d.span) && !isDateLine(ctx.text, ctx.sentences, d.span)) ?? null;
}

/** Whether a date is all its sentence says, but for punctuation: a date line, not a dated happening. */
function isDateLine(text: string, sentences: readonly Sentence[], span: Span): boolean {
  const sentence = sentences.find((s) => s.start <= span.start && span.end <= s.end);
  return Boolean(sentence) && !/\p{L}/u.test(text.slice(sentence!.start, span.start) + text.slice(span.end, sentence!.end));
}

/**
 * The coordinated clauses of a sentence whose dates fall in different ones, each the clause of the dates in
 * it; null when one clause holds them all.
 */
function governedClauses(sentence: Sentence, offsets: readonly number[]): Span[] | null {
  const clauses = coordinatedClauses(sentence.text);
  const holding = new Set(offsets.map((o) => clauses.findIndex((c) => c.start <= o && o < c.end)));
  return holding.size >= 2 ? clauses : null;
}

/** The tense of what a statement reports, read inside the quotation when the content is one. */
const contentTense = (content: string) => sentenceTense(content.replace(/^\s*["“]/, ''));

/** A date the extractor set aside ("since 2004") says the sentence is not about the story's moment. */
const hasDateOfItsOwn = (timexes: readonly Timex[], sentence: Sentence) =>
  timexes.some((t) => (t.type === 'DATE' || t.type === 'TIME') && !/_REF$/.test(t.value) && t.start >= sentence.start && t.end <= sentence.end);

/**
 * The date an undated sentence (or statement) takes from its tense: a past happening the story's reference
 * time, a present state the publication date (as a zero-width expression at the sentence start), a perfect
 * ("has released") the first of these there is; a future or tenseless one none.
 */
function inheritedDate(ctx: EventContext, index: number, reference: Dated | null, tense: Tense | null): Dated | null {
  if (tense === 'past' || (tense === 'perfect' && reference)) return reference;
  if ((tense !== 'present' && tense !== 'perfect') || !ctx.dct) return null;
  const at = ctx.sentences[index].start;
  const timex: Timex = { text: '', start: at, end: at, type: 'DATE', value: ctx.dct, interval: { start: ctx.dct, end: ctx.dct, precision: 'day' } };
  return { timex, span: { start: at, end: at } };
}

/**
 * Expressions that can date an event, ranges joined, bare times of day placed on the story's day, the start
 * of a state ("been ... since 2004") as background.
 */
function datingExpressions(ctx: EventContext): Dated[] {
  const usable = ctx.timexes.filter((t) => canDateEvent(t, ctx.text));
  const dated: Dated[] = [];
  for (const [i, timex] of usable.entries()) {
    const previous = dated.at(-1);
    if (previous && sameInterval(previous.timex, timex) && /^\s*(?:to|-|–|—|and|until|through)\s*$/i.test(ctx.text.slice(previous.span.end, timex.start))) {
      previous.span = { start: previous.span.start, end: timex.end };
      continue;
    }
    dated.push({ timex: narrativeDay(timex, usable.slice(0, i), ctx.dct), span: { start: timex.start, end: timex.end } });
  }
  const states = ctx.timexes.flatMap((timex) => {
    const start = usable.includes(timex) ? null : stateStart(timex, ctx.text);
    return start ? [{ timex: start, span: { start: timex.start, end: timex.end }, background: true }] : [];
  });
  return [...dated, ...states].sort((a, b) => a.span.start - b.span.start);
}

const sameInterval = (a: Timex, b: Timex) =>
  Boolean(a.interval && b.interval && a.interval.start === b.interval.start && a.interval.end === b.interval.end);

function roleOf(frame: ReportFrame | null, offset: number): Role {
  if (!frame) return 'plain';
  return offset >= frame.report.start && offset < frame.report.end ? 'report' : 'content';
}

function makeEvent(
  ctx: EventContext,
  dated: readonly Dated[],
  index: number,
  d: Dated,
  role: Role,
  frame: ReportFrame | null,
  salient: boolean,
  clauseOf: Span | null,
): ExtractedEvent {
  const sentence = ctx.sentences[index];
  const clause = role === 'content' && frame ? frame.content : (clauseOf ?? { start: 0, end: sentence.text.length });
  // Every date inside the clause is left out of its summary, not only the one that dates this event.
  const datesInClause = dated
    .map((other) => other.span)
    .filter((t) => t.end > t.start && t.start >= sentence.start + clause.start && t.end <= sentence.start + clause.end)
    .map((t) => ({ start: t.start - sentence.start - clause.start, end: t.end - sentence.start - clause.start }));
  const { interval } = d.timex;
  return {
    summary: summarize(sentence.text.slice(clause.start, clause.end), datesInClause),
    evidence: sentence.text,
    evidenceStart: sentence.start,
    evidenceEnd: sentence.end,
    timex: { text: ctx.text.slice(d.span.start, d.span.end), start: d.span.start, end: d.span.end },
    value: d.timex.value,
    start: interval?.start ?? null,
    end: interval?.end ?? null,
    precision: interval?.precision ?? null,
    salient,
    unresolved: Boolean(d.timex.unresolved),
    countries: ctx.countriesOf(index),
    topics: ctx.topicsOf(index),
  };
}

/** Never more than MAX_DATES_PER_SENTENCE different dates in one sentence, in the order found. */
function keepDistinctDates(found: Found[]): Found[] {
  const dates = new Set<string>();
  return found.filter(({ d }) => {
    const key = `${d.timex.interval?.start}/${d.timex.interval?.end}/${d.timex.value}`;
    if (dates.has(key) || dates.size >= MAX_DATES_PER_SENTENCE) return false;
    dates.add(key);
    return true;
  });
}

const contentWords = (text: string) =>
  new Set((text.toLowerCase().match(/\p{L}[\p{L}'’-]+/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w) && w.length > 2));

/**
 * A reported happening with no date of its own, in the past tense, takes the date a neighbouring sentence
 * gives to something it names: "... died after collapsing ... at a campaign rally ..., officials said
 * yesterday." + "... was the last to speak at the rally on Friday" -> Friday.
 */
function borrowedDate(ctx: EventContext, index: number, frame: ReportFrame, dated: readonly Dated[]): Dated | null {
  const sentence = ctx.sentences[index];
  const content = sentence.text.slice(frame.content.start, frame.content.end);
  if (!/\b(?:was|were|had|did|died|\w{3,}ed)\b/i.test(content)) return null;
  const words = contentWords(content);
  for (const neighbour of [index + 1, index - 1]) {
    const other = ctx.sentences[neighbour];
    if (!other) continue;
    for (const d of dated) {
      if (d.span.start < other.start || d.span.end > other.end || d.timex.interval?.precision !== 'day') continue;
      // The date must be attached to a thing the reported clause names: "the rally on Friday".
      const head = ctx.text.slice(Math.max(other.start, d.span.start - 40), d.span.start).match(/(\p{L}+)\s+(?:on|in|at|of)\s+$/u)?.[1];
      if (head && words.has(head.toLowerCase())) return d;
    }
  }
  return null;
}
