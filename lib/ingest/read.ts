// Files and folders in, articles out: picks the reader by file extension, walks folders, and turns
// unreadable inputs into rejections rather than failures.
import fs from 'node:fs/promises';
import path from 'node:path';
import { type Decoded, decodeText } from './decode';
import { readCsv } from './readers/csv';
import { readFeed } from './readers/feed';
import { readHtml } from './readers/html';
import { readJson, readJsonLines } from './readers/json';
import { readReutersSgml } from './readers/reuters-sgml';
import { readText } from './readers/text';
import type { ReadOptions, ReadResult } from './types';

export type Reader = (content: string, file: string, options: ReadOptions) => ReadResult;

export const READERS: Readonly<Record<string, Reader>> = {
  '.txt': readText,
  '.json': readJson,
  '.jsonl': readJsonLines,
  '.ndjson': readJsonLines,
  '.csv': readCsv,
  '.html': readHtml,
  '.htm': readHtml,
  '.xml': readFeed,
  '.rss': readFeed,
  '.atom': readFeed,
  '.sgm': readReutersSgml,
};

/** The reader for a file name, by its extension, or null. */
export function readerFor(file: string): Reader | null {
  return READERS[path.extname(file).toLowerCase()] ?? null;
}

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
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    return failed(file, (error as Error).message);
  }
  return readBytes(bytes, file, options);
}

/** Reads the articles in one file's bytes (a file on disk or an upload) with the reader its name calls for. */
export function readBytes(bytes: Uint8Array, file: string, options: ReadOptions = {}): ReadResult {
  const reader = readerFor(file);
  if (!reader) return failed(file, `unsupported file type (expected ${Object.keys(READERS).join(', ')})`);
  const decoded = decodeText(bytes);
  const result = reader(decoded.text, file, options);
  return decoded.badLines.length === 0 ? result : refuseUndecodable(result, decoded);
}

/** Moves the articles holding undecodable bytes (now U+FFFD) to the rejections, naming the first bad line. */
function refuseUndecodable(result: ReadResult, decoded: Decoded): ReadResult {
  const refused: ReadResult = { articles: [], rejected: [...result.rejected] };
  for (const sourced of result.articles) {
    const { article, ...location } = sourced;
    if (!Object.values(article).some((value) => typeof value === 'string' && value.includes('\uFFFD'))) {
      refused.articles.push(sourced);
      continue;
    }
    const line = decoded.badLines.find((bad) => bad >= (location.line ?? 0)) ?? decoded.badLines[0];
    refused.rejected.push({ ...location, message: `not UTF-8 text: line ${line} holds bytes that are not UTF-8 (the first in the file is ${decoded.firstBadByte}); save the file as UTF-8` });
  }
  return refused;
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
      else if (readerFor(entry.name)) files.push(child);
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
