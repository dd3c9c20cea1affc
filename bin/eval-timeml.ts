// `npm run eval:timeml -- GOLD_DIR [SYSTEM_DIR] [--errors]`: TempEval-3 TIMEX3 scores of SYSTEM_DIR against
// GOLD_DIR; without SYSTEM_DIR, Dateline tags GOLD_DIR's texts (annotations removed) in memory.
// `npm run eval:timeml -- --meantime DIR [--errors]`: the same scores of Dateline on MEANTIME's CAT XML articles.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { tagTimexes } from '../lib/nlp/temporal';
import { listFiles, readCorpus } from '../lib/timeml/corpus';
import { dctDay } from '../lib/timeml/document';
import { readMeantime } from '../lib/timeml/meantime';
import { formatError, formatScores, scoreTimexes, type DocumentPair } from '../lib/timeml/score';
import { tagDocument } from '../lib/timeml/tag';

/** MEANTIME articles tagged by Dateline; output past the annotated sentences is not scored. */
function meantimePairs(dir: string): DocumentPair[] {
  return listFiles(dir, '.xml').map((path) => {
    const doc = readMeantime(path);
    const system = tagTimexes(doc.text, { dct: dctDay(doc.dct) }).filter((t) => t.end <= doc.annotatedEnd);
    return { name: relative(dir, path), text: doc.text, gold: doc.timexes, system };
  });
}

function run(args: string[]): number {
  const showErrors = args.includes('--errors');
  const meantime = args.includes('--meantime');
  const [goldDir, systemDir] = args.filter((a) => !a.startsWith('--'));
  if (!goldDir || (meantime && systemDir)) {
    process.stderr.write('usage: npm run eval:timeml -- GOLD_DIR [SYSTEM_DIR] [--errors] | --meantime DIR [--errors]\n');
    return 2;
  }
  if (!existsSync(goldDir)) {
    process.stderr.write(`eval:timeml: ${goldDir} not found (the corpora are read from ../shared at run time)\n`);
    return 1;
  }
  if (meantime) return report(meantimePairs(goldDir), showErrors);
  const systemDocs = new Map(systemDir ? readCorpus(systemDir).map((d) => [d.name, d.doc]) : []);
  const pairs: DocumentPair[] = readCorpus(goldDir).map(({ name, doc }) => {
    const system = systemDir ? systemDocs.get(name) : null;
    if (systemDir && !system) throw new Error(`${name}: missing in ${systemDir}`);
    if (system && system.text !== doc.text) throw new Error(`${name}: system text differs from the gold text`);
    return { name, text: doc.text, gold: doc.timexes, system: system ? system.timexes : tagDocument(doc) };
  });
  return report(pairs, showErrors);
}

function report(pairs: DocumentPair[], showErrors: boolean): number {
  const { scores, errors } = scoreTimexes(pairs);
  if (showErrors) for (const e of errors) process.stdout.write(`${formatError(e)}\n`);
  process.stdout.write(`${formatScores(scores)}\n`);
  return 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`eval:timeml: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
