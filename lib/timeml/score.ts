// TempEval-3 TIMEX3 scoring: extents matched one-to-one by overlap (relaxed) or by identical span (strict);
// type and value accuracy over the relaxed matches; value F1 = relaxed F1 x value accuracy.

export interface ScoredTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface DocumentPair {
  name: string;
  text: string;
  gold: ScoredTimex[];
  system: ScoredTimex[];
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface TimexScores {
  documents: number;
  gold: number;
  system: number;
  strict: PRF;
  relaxed: PRF;
  typeAccuracy: number;
  valueAccuracy: number;
  valueF1: number;
}

export type ErrorKind = 'missed' | 'extra' | 'value' | 'type' | 'extent';

export interface TimexError {
  kind: ErrorKind;
  document: string;
  gold?: ScoredTimex;
  system?: ScoredTimex;
  context: string;
}

interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  type: number;
  value: number;
}

function prf(hits: number, system: number, gold: number): PRF {
  const precision = system ? hits / system : 0;
  const recall = gold ? hits / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const overlap = (a: ScoredTimex, b: ScoredTimex): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Pairs gold with system expressions one-to-one, largest overlap first. */
export function alignTimexes(gold: ScoredTimex[], system: ScoredTimex[]): Array<[number, number]> {
  const options: Array<[number, number, number]> = [];
  gold.forEach((g, gi) => system.forEach((s, si) => {
    const o = overlap(g, s);
    if (o > 0) options.push([o, gi, si]);
  }));
  options.sort((a, b) => b[0] - a[0]);
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, gi, si] of options) {
    if (usedGold.has(gi) || usedSystem.has(si)) continue;
    usedGold.add(gi);
    usedSystem.add(si);
    pairs.push([gi, si]);
  }
  return pairs;
}

export function scoreTimexes(documents: DocumentPair[]): { scores: TimexScores; errors: TimexError[] } {
  const c: Counts = { gold: 0, system: 0, strict: 0, relaxed: 0, type: 0, value: 0 };
  const errors: TimexError[] = [];
  for (const doc of documents) {
    c.gold += doc.gold.length;
    c.system += doc.system.length;
    const pairs = alignTimexes(doc.gold, doc.system);
    const context = (t: ScoredTimex) => doc.text.slice(Math.max(0, t.start - 50), t.end + 30).replace(/\s+/g, ' ');
    for (const [gi, si] of pairs) {
      const [g, s] = [doc.gold[gi], doc.system[si]];
      c.relaxed++;
      if (g.start === s.start && g.end === s.end) c.strict++;
      else errors.push({ kind: 'extent', document: doc.name, gold: g, system: s, context: context(g) });
      if (g.type === s.type) c.type++;
      else errors.push({ kind: 'type', document: doc.name, gold: g, system: s, context: context(g) });
      if (g.value === s.value) c.value++;
      else errors.push({ kind: 'value', document: doc.name, gold: g, system: s, context: context(g) });
    }
    const matchedGold = new Set(pairs.map(([gi]) => gi));
    const matchedSystem = new Set(pairs.map(([, si]) => si));
    doc.gold.forEach((g, gi) => {
      if (!matchedGold.has(gi)) errors.push({ kind: 'missed', document: doc.name, gold: g, context: context(g) });
    });
    doc.system.forEach((s, si) => {
      if (!matchedSystem.has(si)) errors.push({ kind: 'extra', document: doc.name, system: s, context: context(s) });
    });
  }
  const relaxed = prf(c.relaxed, c.system, c.gold);
  const valueAccuracy = c.relaxed ? c.value / c.relaxed : 0;
  return {
    scores: {
      documents: documents.length,
      gold: c.gold,
      system: c.system,
      strict: prf(c.strict, c.system, c.gold),
      relaxed,
      typeAccuracy: c.relaxed ? c.type / c.relaxed : 0,
      valueAccuracy,
      valueF1: relaxed.f1 * valueAccuracy,
    },
    errors,
  };
}

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);

export function formatScores(s: TimexScores): string {
  return [
    `documents ${s.documents}, gold TIMEX3 ${s.gold}, system TIMEX3 ${s.system}`,
    `            precision  recall      F1`,
    `strict         ${pct(s.strict.precision)}  ${pct(s.strict.recall)}  ${pct(s.strict.f1)}`,
    `relaxed        ${pct(s.relaxed.precision)}  ${pct(s.relaxed.recall)}  ${pct(s.relaxed.f1)}`,
    `type accuracy  ${pct(s.typeAccuracy)}`,
    `value accuracy ${pct(s.valueAccuracy)}`,
    `value F1       ${pct(s.valueF1)}`,
  ].join('\n');
}

export function formatError(e: TimexError): string {
  const show = (t?: ScoredTimex) => (t ? `"${t.text}" ${t.type} ${t.value}` : '-');
  return `${e.kind.padEnd(7)} ${e.document}  gold ${show(e.gold)}  system ${show(e.system)}  | ${e.context}`;
}
