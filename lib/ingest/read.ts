// Files and folders in, articles out: picks the reader by file extension, walks folders, and turns
// unreadable inputs into rejections rather than failures.
import fs from 'node:fs/promises';
import path from 'node:path';
import { readCsv } from './readers/csv';
import { readJson, readJsonLines } from './readers/json';
import { readText } from './readers/text';
import type { ReadOptions, ReadResult } from './types';

type Reader = (content: string, file: string, options: ReadOptions) => ReadResult;

export const READERS: Readonly<Record<string, Reader>> = {
  '.txt': readText,
  '.json': readJson,
  '.jsonl': readJsonLines,
  '.ndjson': readJsonLines,
  '.csv': readCsv,
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads every article in `paths` (files, or folders walked for files of a known type, in name order). */
export async function readInputs(paths: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  const result: ReadResult = { articles: [], rejected: [] };
  for (const input of paths) {
    for (const file of await expand(input, result)) {
      const { articles, rejected } = await readInputFile(file, options);
      result.articles.push(...articles);
      result.rejected.push(...rejected);
    }
  }
  return result;
}

export async function readInputFile(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const reader = READERS[path.extname(file).toLowerCase()];
  if (!reader) {
    return failed(file, `unsupported file type (expected ${Object.keys(READERS).join(', ')})`);
  }
  let content: string;
  try {
    content = utf8.decode(await fs.readFile(file));
  } catch (error) {
    return failed(file, error instanceof TypeError ? 'not UTF-8 text' : (error as Error).message);
  }
  return reader(content, file, options);
}

async function expand(input: string, result: ReadResult): Promise<string[]> {
  try {
    const stat = await fs.stat(input);
    if (!stat.isDirectory()) return [input];
    const entries = await fs.readdir(input, { withFileTypes: true });
    const files: string[] = [];
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const child = path.join(input, entry.name);
      if (entry.isDirectory()) files.push(...(await expand(child, result)));
      else if (READERS[path.extname(entry.name).toLowerCase()]) files.push(child);
    }
    return files;
  } catch (error) {
    result.rejected.push(...failed(input, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message).rejected);
    return [];
  }
}

function failed(file: string, message: string): ReadResult {
  return { articles: [], rejected: [{ file, record: 0, line: null, message }] };
}
