// Cross-article merging on the SemEval-2015 Task 4 trial corpus (Apple). Gold: mentions on one line of a gold
// timeline are coreferent; a pair of sentences from different articles holding coreferent mentions should be
// merged. Precision is judged on merged pairs whose two sentences both hold gold timeline mentions (pairs
// outside the gold timelines are counted apart, unjudged); recall over all gold cross-article sentence pairs.
// usage: npx tsx bench/eval-merge.ts [--show N] [--gold]   (--show: the first N groups; --gold: each gold pair's fate)
import { analyzeArticle } from '@/lib/nlp/analyze';
import { mergeEvents, type MergeCandidate } from '@/lib/nlp/merge/index';
import { readTrialArticles, readTrialTimelines, semevalAvailable, SEMEVAL_DIR, type SemevalArticle } from './eval-semeval-data';

const args = process.argv.slice(2);
const show = args.includes('--show') ? Number(args[args.indexOf('--show') + 1]) : 0;

if (!semevalAvailable()) {
  console.log(`eval-merge: ${SEMEVAL_DIR} not found; skipping.`);
  process.exit(0);
}

const articles = readTrialArticles();
const byId = new Map(articles.map((a) => [a.id, a]));

/** The CAT sentence an event's evidence mostly covers. */
function sentenceOf(article: SemevalArticle, start: number, end: number): number | null {
  for (const [n, span] of article.sentences) {
    if (Math.min(end, span.end) - Math.max(start, span.start) >= (span.end - span.start) / 2) return n;
  }
  return null;
}

const candidates: MergeCandidate[] = [];
const sentenceOfEvent = new Map<string, string>();
for (const article of articles) {
  analyzeArticle({ text: article.text, title: article.title, published: article.dct }).events.forEach((e, i) => {
    const id = `${article.id}#${i}`;
    candidates.push({ id, articleId: article.id, ...e });
    const n = sentenceOf(article, e.evidenceStart, e.evidenceEnd);
    if (n !== null) sentenceOfEvent.set(id, `${article.id}-${n}`);
  });
}

// Gold: sentence pairs across articles with coreferent mentions; every sentence holding a gold mention is judged.
const mentions = readTrialTimelines().filter((m) => byId.get(m.doc)?.sentences.has(m.sentence));
const judged = new Set(mentions.map((m) => `${m.doc}-${m.sentence}`));
const lines = new Map<string, Set<string>>();
for (const m of mentions) {
  const key = `${m.timeline}#${m.line}#${m.date}`;
  lines.set(key, (lines.get(key) ?? new Set()).add(`${m.doc}-${m.sentence}`));
}
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const docOf = (sentence: string) => sentence.split('-')[0];
const goldPairs = new Set<string>();
for (const sentences of lines.values()) {
  const list = [...sentences];
  for (const [i, a] of list.entries()) for (const b of list.slice(i + 1)) if (docOf(a) !== docOf(b)) goldPairs.add(pairKey(a, b));
}

const groups = mergeEvents(candidates);
const predicted = new Set<string>();
for (const g of groups) {
  const sentences = [...new Set(g.ids.map((id) => sentenceOfEvent.get(id)).filter((s): s is string => Boolean(s)))];
  for (const [i, a] of sentences.entries()) for (const b of sentences.slice(i + 1)) if (docOf(a) !== docOf(b)) predicted.add(pairKey(a, b));
}
const judgedPredicted = [...predicted].filter((p) => p.split('|').every((s) => judged.has(s)));
const right = judgedPredicted.filter((p) => goldPairs.has(p)).length;
const found = [...goldPairs].filter((p) => predicted.has(p)).length;

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
console.log(`SemEval-2015 Task 4 trial (Apple, ${articles.length} articles): ${candidates.length} events, ${groups.length} merged groups`);
console.log(`gold cross-article coreferent sentence pairs: ${goldPairs.size}`);
console.log(`precision ${fmt(right / judgedPredicted.length)} (${right}/${judgedPredicted.length} judged merged pairs; ${predicted.size - judgedPredicted.length} pairs outside the gold timelines, unjudged)`);
console.log(`recall    ${fmt(found / goldPairs.size)} (${found}/${goldPairs.size})`);
const text = (id: string) => candidates.find((c) => c.id === id)!.summary;
for (const g of groups.slice(0, show)) {
  console.log(`- ${g.sharedDate.start} wording ${g.wording} countries [${g.sharedCountries}] participants [${g.sharedParticipants}]`);
  for (const id of g.ids) console.log(`    ${id} ${sentenceOfEvent.get(id) ?? ''} ${text(id)}`);
}
if (args.includes('--gold')) {
  const eventsOf = (s: string) => candidates.filter((c) => sentenceOfEvent.get(c.id) === s);
  for (const p of goldPairs) {
    const [a, b] = p.split('|');
    const ea = eventsOf(a), eb = eventsOf(b);
    const sameDate = ea.some((x) => eb.some((y) => x.start === y.start && x.end === y.end && x.start));
    console.log(`${predicted.has(p) ? 'MERGED' : sameDate ? 'SAMEDATE' : 'apart'} ${a} ${ea.map((e) => e.start).join(',')} | ${b} ${eb.map((e) => e.start).join(',')}`);
    if (sameDate && !predicted.has(p)) console.log(`     ${ea[0]?.summary}\n     ${eb[0]?.summary}`);
  }
}
