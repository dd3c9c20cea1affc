// Cross-article merging on the SemEval-2015 Task 4 trial corpus (Apple). Gold: the mentions on one row of a gold
// timeline are coreferent (one event); rows that share a position are events at the same time, not one event.
// A pair of sentences from different articles holding coreferent mentions should be merged.
// Two measures:
// - end to end: Dateline's own events, dated by Dateline, merged by mergeEvents;
// - the rules alone: each sentence with a dated gold mention, given the gold date, merged by mergeEvents (so a
//   wrong date upstream does not hide what the rules do).
// Precision is judged on merged pairs whose two sentences both hold gold timeline mentions (other pairs are
// counted apart, unjudged); a judged pair that is not coreferent is wrong, also when the gold puts both at the
// same time (shown apart). Recall is over all gold cross-article sentence pairs.
// usage: npx tsx bench/eval-merge.ts [--show N] [--gold [--text]]
//   (--show: the first N groups; --gold: each gold pair's fate and dates; --text: with both sentences)
import { analyzeArticle } from '@/lib/nlp/analyze';
import { mergeEvents, type MergeCandidate, type MergeGroup } from '@/lib/nlp/merge/index';
import type { Precision } from '@/lib/nlp/types';
import { goldInterval, readTrialArticles, readTrialTimelines, semevalAvailable, SEMEVAL_DIR, type SemevalArticle } from './eval-semeval-data';

const args = process.argv.slice(2);
const show = args.includes('--show') ? Number(args[args.indexOf('--show') + 1]) : 0;

if (!semevalAvailable()) {
  console.log(`eval-merge: ${SEMEVAL_DIR} not found; skipping.`);
  process.exit(0);
}

const articles = readTrialArticles();
const byId = new Map(articles.map((a) => [a.id, a]));
const analyses = new Map(articles.map((a) => [a.id, analyzeArticle({ text: a.text, title: a.title, published: a.dct })]));

/** The CAT sentence an event's evidence mostly covers. */
function sentenceOf(article: SemevalArticle, start: number, end: number): number | null {
  for (const [n, span] of article.sentences) {
    if (Math.min(end, span.end) - Math.max(start, span.start) >= (span.end - span.start) / 2) return n;
  }
  return null;
}

// Gold: sentence pairs across articles with coreferent mentions (one row), and with mentions at one position.
const mentions = readTrialTimelines().filter((m) => byId.get(m.doc)?.sentences.has(m.sentence));
const judged = new Set(mentions.map((m) => `${m.doc}-${m.sentence}`));
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const docOf = (sentence: string) => sentence.split('-')[0];
function crossPairs(groupBy: (m: (typeof mentions)[number]) => string): Set<string> {
  const groups = new Map<string, Set<string>>();
  for (const m of mentions) groups.set(groupBy(m), (groups.get(groupBy(m)) ?? new Set()).add(`${m.doc}-${m.sentence}`));
  const pairs = new Set<string>();
  for (const sentences of groups.values()) {
    const list = [...sentences];
    for (const [i, a] of list.entries()) for (const b of list.slice(i + 1)) if (docOf(a) !== docOf(b)) pairs.add(pairKey(a, b));
  }
  return pairs;
}
const goldPairs = crossPairs((m) => `${m.timeline}#${m.row}`);
// Dated positions only: position 0 collects every undated event of a timeline.
const sameTimePairs = crossPairs((m) => (m.date.startsWith('XXX') ? `${m.timeline}#${m.row}` : `${m.timeline}#${m.line}`));

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

function score(label: string, candidates: MergeCandidate[], sentenceOfEvent: Map<string, string>): Set<string> {
  const groups = mergeEvents(candidates);
  const predicted = new Set<string>();
  for (const g of groups) {
    const sentences = [...new Set(g.ids.map((id) => sentenceOfEvent.get(id)).filter((s): s is string => Boolean(s)))];
    for (const [i, a] of sentences.entries()) for (const b of sentences.slice(i + 1)) if (docOf(a) !== docOf(b)) predicted.add(pairKey(a, b));
  }
  const judgedPredicted = [...predicted].filter((p) => p.split('|').every((s) => judged.has(s)));
  const right = judgedPredicted.filter((p) => goldPairs.has(p)).length;
  const sameTime = judgedPredicted.filter((p) => !goldPairs.has(p) && sameTimePairs.has(p)).length;
  const found = [...goldPairs].filter((p) => predicted.has(p)).length;
  console.log(`\n${label}: ${candidates.length} events, ${groups.length} merged groups`);
  console.log(`  precision ${fmt(right / judgedPredicted.length)} (${right}/${judgedPredicted.length} judged merged pairs coreferent; of the others ${sameTime} at the same time in the gold; ${predicted.size - judgedPredicted.length} pairs outside the gold timelines, unjudged)`);
  console.log(`  recall    ${fmt(found / goldPairs.size)} (${found}/${goldPairs.size})`);
  printGroups(groups, candidates, sentenceOfEvent);
  return predicted;
}

function printGroups(groups: MergeGroup[], candidates: MergeCandidate[], sentenceOfEvent: Map<string, string>) {
  const text = (id: string) => candidates.find((c) => c.id === id)!.summary;
  for (const g of groups.slice(0, show)) {
    console.log(`  - ${g.sharedDate.start}/${g.sharedDate.precision} wording ${g.wording} countries [${g.sharedCountries}] participants [${g.sharedParticipants}]`);
    for (const id of g.ids) console.log(`      ${id} ${sentenceOfEvent.get(id) ?? ''} ${text(id)}`);
  }
}

console.log(`SemEval-2015 Task 4 trial (Apple, ${articles.length} articles)`);
console.log(`gold cross-article coreferent sentence pairs: ${goldPairs.size} (mentions on one timeline row); ${sameTimePairs.size} pairs at one dated timeline position`);

// End to end: Dateline's events and dates.
const events: MergeCandidate[] = [];
const sentenceOfEvent = new Map<string, string>();
for (const article of articles) {
  analyses.get(article.id)!.events.forEach((e, i) => {
    const id = `${article.id}#${i}`;
    events.push({ id, articleId: article.id, ...e });
    const n = sentenceOf(article, e.evidenceStart, e.evidenceEnd);
    if (n !== null) sentenceOfEvent.set(id, `${article.id}-${n}`);
  });
}
const predicted = score('end to end (Dateline events and dates)', events, sentenceOfEvent);

// The rules alone: every sentence with a dated gold mention, at each gold date it holds.
const GOLD_PRECISION: Record<number, Precision> = { 4: 'year', 7: 'month', 10: 'day' };
const units: MergeCandidate[] = [];
const sentenceOfUnit = new Map<string, string>();
for (const m of mentions) {
  const id = `${m.doc}-${m.sentence}@${m.date}`;
  const interval = goldInterval(m.date.replace(/-XX/g, ''));
  if (sentenceOfUnit.has(id) || !interval || m.date.startsWith('XXX')) continue;
  const article = byId.get(m.doc)!;
  const span = article.sentences.get(m.sentence)!;
  const analysis = analyses.get(m.doc)!;
  const inSentence = analysis.events.filter((e) => sentenceOf(article, e.evidenceStart, e.evidenceEnd) === m.sentence);
  const countries = inSentence.length ? [...new Set(inSentence.flatMap((e) => e.countries))] : analysis.countries;
  const evidence = article.text.slice(span.start, span.end);
  units.push({ id, articleId: m.doc, summary: evidence, evidence, ...interval, precision: GOLD_PRECISION[m.date.replace(/-XX/g, '').length], countries });
  sentenceOfUnit.set(id, `${m.doc}-${m.sentence}`);
}
score('the rules alone (sentences with dated gold mentions, at their gold dates)', units, sentenceOfUnit);

if (args.includes('--gold')) {
  // Each gold pair: merged end to end or not, Dateline's dates, the gold dates and (with --text) both sentences.
  const eventsOf = (s: string) => events.filter((c) => sentenceOfEvent.get(c.id) === s);
  const goldDates = (s: string) => [...new Set(mentions.filter((m) => `${m.doc}-${m.sentence}` === s).map((m) => m.date))].join(',');
  const sentenceText = (s: string) => {
    const [doc, n] = s.split('-');
    const article = byId.get(doc)!;
    const span = article.sentences.get(Number(n))!;
    return article.text.slice(span.start, span.end);
  };
  for (const p of goldPairs) {
    const [a, b] = p.split('|');
    const ea = eventsOf(a), eb = eventsOf(b);
    const dates = (list: MergeCandidate[]) => list.map((e) => `${e.start}/${e.precision}`).join(',');
    console.log(`${predicted.has(p) ? 'MERGED' : 'apart'} ${a} ${dates(ea)} (gold ${goldDates(a)}) | ${b} ${dates(eb)} (gold ${goldDates(b)})`);
    if (args.includes('--text')) console.log(`    ${a}: ${sentenceText(a)}\n    ${b}: ${sentenceText(b)}`);
  }
}
