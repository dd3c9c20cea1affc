// `dateline timeml IN_DIR OUT_DIR`: tags every .tml file of IN_DIR with Dateline's TIMEX3 and writes it to
// OUT_DIR under the same relative name.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readCorpus } from '../timeml/corpus';
import { tagDocument, writeTimeml } from '../timeml/tag';

const USAGE = 'usage: dateline timeml IN_DIR OUT_DIR';

export async function main(args: string[]): Promise<number> {
  const [inDir, outDir, ...rest] = args;
  if (!inDir || !outDir || rest.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const corpus = readCorpus(inDir);
    if (corpus.length === 0) {
      process.stderr.write(`timeml: no .tml files in ${inDir}\n`);
      return 1;
    }
    let timexes = 0;
    for (const { name, doc } of corpus) {
      const tagged = tagDocument(doc);
      timexes += tagged.length;
      const target = join(outDir, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, writeTimeml(doc, tagged));
    }
    process.stderr.write(`timeml: ${corpus.length} documents, ${timexes} TIMEX3 written to ${outDir}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`timeml: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
