// `npm run bench:timex [-- --json]`: Dateline's temporal tagger, chrono-node and
// @microsoft/recognizers-text-date-time on the same TBAQ-cleaned documents (read from ../shared at run time),
// each peer's output mapped to TIMEX3 as well as it allows, scored with TempEval-3 rules, timed.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as MsDateTime from '@microsoft/recognizers-text-date-time';
import * as chrono from 'chrono-node';
import { tagTimexes } from '../lib/nlp/temporal';
import { dctDay } from '../lib/timeml/document';
import { readCorpus, type NamedDocument } from '../lib/timeml/corpus';
import { scoreTimexes, type ScoredTimex } from '../lib/timeml/score';

const CORPUS = '../shared/data/tempeval3/train';
/** The Microsoft recognizer runs about 12 documents a second: it tags documents in order until this budget is spent. */
const SLOW_PEER_BUDGET_MS = 100_000;
/** The fast taggers run a warm-up pass and then this many timed passes, of which the fastest counts. */
const FAST_PASSES = 8;

type Tagger = (text: string, dct: Date) => ScoredTimex[];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

const dateline: Tagger = (text, dct) =>
  tagTimexes(text, { dct: isoDay(dct) }).map(({ start, end, text: t, type, value }) => ({ start, end, text: t, type, value }));

/** chrono-node: one result per expression; the finest *known* component sets the TIMEX3 granularity. */
const chronoTagger: Tagger = (text, dct) =>
  chrono.parse(text, dct).map((r) => {
    const known = (field: Parameters<typeof r.start.isCertain>[0]) => r.start.isCertain(field);
    const y = pad(r.start.get('year') ?? 0, 4);
    const m = pad(r.start.get('month') ?? 1);
    const d = pad(r.start.get('day') ?? 1);
    let value = y;
    let type = 'DATE';
    if (known('hour')) [value, type] = [`${y}-${m}-${d}T${pad(r.start.get('hour') ?? 0)}:${pad(r.start.get('minute') ?? 0)}`, 'TIME'];
    else if (known('day') || known('weekday')) value = `${y}-${m}-${d}`;
    else if (known('month')) value = `${y}-${m}`;
    const trimmed = r.text.replace(/[\s,.;:]+$/, '');
    return { start: r.index, end: r.index + trimmed.length, text: trimmed, type, value };
  });

interface MsValue { timex?: string; type?: string; value?: string; start?: string }

/**
 * Microsoft: its own TIMEX values. Where it offers several resolutions (a past and a future Friday), the one
 * nearest the publication date; X fields are filled from that resolution, ranges named by their start.
 */
const microsoftTagger: Tagger = (text, dct) =>
  MsDateTime.recognizeDateTime(text, MsDateTime.Culture.English, undefined, dct).flatMap((r) => {
    const values = (r.resolution as { values?: MsValue[] } | undefined)?.values ?? [];
    if (values.length === 0) return [];
    const nearest = values.reduce((best, v) => (distance(v, dct) < distance(best, dct) ? v : best));
    const kind = r.typeName.replace('datetimeV2.', '');
    const type = kind === 'duration' ? 'DURATION' : kind === 'set' ? 'SET' : /time/.test(kind) ? 'TIME' : 'DATE';
    return [{ start: r.start, end: r.end + 1, text: text.slice(r.start, r.end + 1), type, value: msValue(nearest, type, dct) }];
  });

function distance(v: MsValue, dct: Date): number {
  const at = Date.parse((v.value ?? v.start ?? '').slice(0, 10));
  return Number.isNaN(at) ? Infinity : Math.abs(at - dct.getTime());
}

function msValue(v: MsValue, type: string, dct: Date): string {
  const timex = v.timex ?? '';
  if (type === 'DURATION' || type === 'SET') return timex;
  if (timex.startsWith('T')) return `${isoDay(dct)}${timex}`;
  const resolved = v.value ?? v.start ?? '';
  const range = timex.match(/^\((.*?),(.*?),(P\w+)\)$/);
  if (range) {
    const start = /X/.test(range[1]) ? resolved.slice(0, 10) : range[1].slice(0, 10);
    if (range[3] === 'P1Y' && start.endsWith('-01-01')) return start.slice(0, 4);
    if (range[3] === 'P3M' && /-(01|04|07|10)-01$/.test(start)) return `${start.slice(0, 4)}-Q${(Number(start.slice(5, 7)) + 2) / 3}`;
    if (range[3] === 'P1M' && start.endsWith('-01')) return start.slice(0, 7);
    return start;
  }
  if (!/X/.test(timex)) return timex;
  if (/^XXXX-WXX-\d/.test(timex) || /^XXXX-XX-XX/.test(timex)) return resolved.slice(0, 10) + (timex.match(/T.*$/)?.[0] ?? '');
  return timex.replace(/^XXXX/, resolved.slice(0, 4));
}

interface Row {
  system: string;
  documents: number;
  strictF1: number;
  relaxedF1: number;
  valueF1: number;
  docsPerSecond: number;
  charsPerSecond: number;
}

interface Pass {
  outputs: ScoredTimex[][];
  chars: number;
  seconds: number;
}

/** One timed pass over the corpus, in order, stopping when the budget is spent. */
function tagPass(tagger: Tagger, corpus: NamedDocument[], budgetMs = Infinity): Pass {
  const dcts = corpus.map(({ doc }) => new Date(`${dctDay(doc.dct)}T12:00:00`));
  const outputs: ScoredTimex[][] = [];
  let chars = 0;
  const started = performance.now();
  for (let i = 0; i < corpus.length && performance.now() - started < budgetMs; i++) {
    outputs.push(tagger(corpus[i].doc.text, dcts[i]));
    chars += corpus[i].doc.text.length;
  }
  return { outputs, chars, seconds: (performance.now() - started) / 1000 };
}

/**
 * The fastest of several passes per tagger after a warm-up pass, the taggers taking turns pass by pass so that
 * a busy machine slows them alike.
 */
function fastestPasses(taggers: Tagger[], corpus: NamedDocument[]): Pass[] {
  const best: Pass[] = [];
  for (let pass = 0; pass <= FAST_PASSES; pass++) {
    taggers.forEach((tagger, i) => {
      const measured = tagPass(tagger, corpus);
      if (pass > 0 && (!best[i] || measured.seconds < best[i].seconds)) best[i] = measured;
    });
  }
  return best;
}

function rowOf(system: string, corpus: NamedDocument[], { outputs, chars, seconds }: Pass): Row {
  const { scores } = scoreTimexes(outputs.map((output, i) => ({
    name: corpus[i].name, text: corpus[i].doc.text, gold: corpus[i].doc.timexes, system: output,
  })));
  return {
    system,
    documents: outputs.length,
    strictF1: 100 * scores.strict.f1,
    relaxedF1: 100 * scores.relaxed.f1,
    valueF1: 100 * scores.valueF1,
    docsPerSecond: outputs.length / seconds,
    charsPerSecond: chars / seconds,
  };
}

function main(): number {
  const json = process.argv.includes('--json');
  if (!existsSync(CORPUS)) {
    process.stderr.write(`bench:timex: ${CORPUS} not found; the TBAQ-cleaned corpus is read from ../shared at run time\n`);
    return 1;
  }
  const corpus = readCorpus(CORPUS);
  const [ours, chronos] = fastestPasses([dateline, chronoTagger], corpus);
  const rows = [
    rowOf('dateline', corpus, ours),
    rowOf('chrono-node', corpus, chronos),
    rowOf('@microsoft/recognizers-text-date-time', corpus, tagPass(microsoftTagger, corpus, SLOW_PEER_BUDGET_MS)),
  ];
  const partial = rows.find((r) => r.documents < corpus.length);
  if (partial) {
    const subset = corpus.slice(0, partial.documents);
    rows.push(rowOf(`dateline (same ${partial.documents} docs)`, subset, fastestPasses([dateline], subset)[0]));
  }
  if (json) {
    process.stdout.write(`${JSON.stringify({ corpus: 'TBAQ-cleaned', documents: corpus.length, rows }, null, 2)}\n`);
    return 0;
  }
  const f = (x: number, w: number, d = 2) => x.toFixed(d).padStart(w);
  process.stdout.write(`TBAQ-cleaned, ${corpus.length} documents, TempEval-3 scoring\n`);
  process.stdout.write(`${'system'.padEnd(40)}  docs  strict F1  relaxed F1  value F1     docs/s       chars/s\n`);
  for (const r of rows) {
    process.stdout.write(`${r.system.padEnd(40)}${f(r.documents, 6, 0)}${f(r.strictF1, 11)}${f(r.relaxedF1, 12)}${f(r.valueF1, 10)}${f(r.docsPerSecond, 11, 1)}${f(r.charsPerSecond, 14, 0)}\n`);
  }
  if (partial) process.stdout.write(`${partial.system} ran out of its ${SLOW_PEER_BUDGET_MS / 1000} s budget after ${partial.documents} documents (scored on those).\n`);
  return 0;
}

process.exitCode = main();
