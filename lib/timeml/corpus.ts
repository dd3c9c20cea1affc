// Reading a folder (recursively) of TimeML .tml files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseTimeml, type TimemlDocument } from './document';

export interface NamedDocument {
  /** Path relative to the folder ("TimeBank/ABC19980108.1830.0711.tml"). */
  name: string;
  doc: TimemlDocument;
}

/** Files under `dir` (recursively, in name order) whose names end with `extension`. */
export function listFiles(dir: string, extension: string): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith(extension)) files.push(path);
    }
  };
  walk(dir);
  return files;
}

export function readCorpus(dir: string): NamedDocument[] {
  return listFiles(dir, '.tml').map((path) => {
    const name = relative(dir, path);
    return { name, doc: parseTimeml(readFileSync(path, 'utf8'), name) };
  });
}
