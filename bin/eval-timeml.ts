// `npm run eval:timeml -- GOLD_DIR [SYSTEM_DIR] [--errors]`: TempEval-3 TIMEX3 scores of SYSTEM_DIR against
// GOLD_DIR; without SYSTEM_DIR, Dateline tags GOLD_DIR's texts (annotations removed) in memory.
import { existsSync } from 'node:fs';
import { readCorpus } from '../lib/timeml/corpus';
import { formatError, formatScores, scoreTimexes, type DocumentPair } from '../lib/timeml/score';
import { tagDocument } from '../lib/timeml/tag';

function run(args: string[]): number {
  const showErrors = args.includes('--errors');
  const [goldDir, systemDir] = args.filter((a) => !a.startsWith('--'));
  if (!goldDir) {
    process.stderr.write('usage: npm run eval:timeml -- GOLD_DIR [SYSTEM_DIR] [--errors]\n');
    return 2;
  }
  if (!existsSync(goldDir)) {
    process.stderr.write(`eval:timeml: ${goldDir} not found (the TempEval-3 data is read from ../shared at run time)\n`);
    return 1;
  }
  const systemDocs = new Map(systemDir ? readCorpus(systemDir).map((d) => [d.name, d.doc]) : []);
  const pairs: DocumentPair[] = readCorpus(goldDir).map(({ name, doc }) => {
    const system = systemDir ? systemDocs.get(name) : null;
    if (systemDir && !system) throw new Error(`${name}: missing in ${systemDir}`);
    if (system && system.text !== doc.text) throw new Error(`${name}: system text differs from the gold text`);
    return { name, text: doc.text, gold: doc.timexes, system: system ? system.timexes : tagDocument(doc) };
  });
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
