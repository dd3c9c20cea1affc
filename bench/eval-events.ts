// Event dating on the SemEval-2015 Task 4 trial corpus. For every gold timeline mention with a date:
// coverage = Dateline has an event whose evidence sentence is the mention's sentence (covers most of it); right = one of that
// sentence's event dates equals the gold date at the gold precision (2009-05-XX = the whole month). A sentence
// whose events carry more than two different dates counts as wrong.
// --errors N lists N wrong or missing sentences, each with the kind of error; the count per kind is printed always.
// usage: npx tsx bench/eval-events.ts [--errors N]
import { analyzeArticle } from '@/lib/nlp/analyze';
import type { ExtractedEvent } from '@/lib/nlp/types';
import { goldInterval, readTrialArticles, readTrialTimelines, semevalAvailable, SEMEVAL_DIR } from './eval-semeval-data';

const MAX_DATES = 2;
const args = process.argv.slice(2);
const showErrors = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1]) : 0;

if (!semevalAvailable()) {
  console.log(`eval-events: ${SEMEVAL_DIR} not found; skipping.`);
  process.exit(0);
}

const articles = new Map(readTrialArticles().map((a) => [a.id, a]));
const analyses = new Map([...articles].map(([id, a]) => [id, analyzeArticle({ text: a.text, title: a.title, published: a.dct })]));
const dated = readTrialTimelines().filter((m) => goldInterval(m.date));
// The gold files name a few documents the trial corpus does not hold (e.g. 9590); those mentions are set aside.
const gold = dated.filter((m) => articles.get(m.doc)?.sentences.has(m.sentence));

let covered = 0, right = 0, baselineRight = 0;
const errors: string[] = [];
const kinds = new Map<string, number>();

/**
 * Why a covered sentence is wrong, for diagnosis only: too many dates; right span at the wrong precision (a
 * week for a month, a year for a day); a date taken from elsewhere in the story; or a wrong one of its own.
 */
function errorKind(events: ExtractedEvent[], dates: string[], want: { start: string; end: string }, span: { start: number; end: number }): string {
  if (dates.length > MAX_DATES) return 'too-many-dates';
  if (events.some((e) => e.start && e.end && e.start <= want.end && e.end >= want.start)) return 'precision';
  if (events.every((e) => e.timex.end <= e.timex.start || e.timex.start < span.start || e.timex.end > span.end)) return 'inherited';
  return 'own-date';
}
for (const mention of gold) {
  const article = articles.get(mention.doc);
  const span = article?.sentences.get(mention.sentence);
  if (!article || !span) throw new Error(`gold mention ${mention.doc}-${mention.sentence} not in the corpus`);
  // Sentence splitters differ at the edges (a closing quote, an abbreviation): the event's evidence must cover
  // most of the gold sentence.
  const overlap = (e: ExtractedEvent) => Math.min(e.evidenceEnd, span.end) - Math.max(e.evidenceStart, span.start);
  const events = analyses.get(mention.doc)!.events.filter((e) => overlap(e) >= (span.end - span.start) / 2);
  const text = article.text.slice(span.start, span.end);
  const want = goldInterval(mention.date)!;
  // Baseline: the sentence's first date the tagger resolves, else the publication date.
  const first = analyses.get(mention.doc)!.timexes.find((t) => t.interval && t.start >= span.start && t.end <= span.end && (t.type === 'DATE' || t.type === 'TIME'));
  const baseline = first?.interval ?? { start: article.dct, end: article.dct };
  if (baseline.start === want.start && baseline.end === want.end) baselineRight++;
  if (events.length === 0) {
    kinds.set('missing', (kinds.get('missing') ?? 0) + 1);
    errors.push(`MISSING ${mention.doc}-${mention.sentence} gold ${mention.date} | ${text}`);
    continue;
  }
  covered++;
  const dates = [...new Set(events.map((e) => `${e.start}..${e.end}`))];
  if (dates.length <= MAX_DATES && dates.includes(`${want.start}..${want.end}`)) right++;
  else {
    const kind = errorKind(events, dates, want, span);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    errors.push(`WRONG ${kind} ${mention.doc}-${mention.sentence} gold ${mention.date} got ${events.map((e) => `${e.value}[${e.timex.text}]`).join(', ')} | ${text}`);
  }
}

const fmt = (x: number) => x.toFixed(3);
console.log(`SemEval-2015 Task 4 trial (Apple, ${articles.size} articles): ${gold.length} dated gold event mentions (${dated.length - gold.length} set aside: document not in the corpus)`);
console.log(`coverage ${fmt(covered / gold.length)} (${covered}/${gold.length})`);
console.log(`accuracy ${fmt(right / covered)} of covered (${right}/${covered}); ${fmt(right / gold.length)} of all mentions`);
console.log(`baseline (first date in the sentence, else publication): accuracy ${fmt(baselineRight / gold.length)} (${baselineRight}/${gold.length}), coverage 1.000`);
console.log(`errors by kind: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
for (const e of errors.slice(0, showErrors)) console.log(e);
