// JSON (one article object or an array of them) and JSON Lines (one object per line). A bad record is
// refused with its number and line; the others are read.
import { addRecord } from '../fields';
import type { ReadOptions, ReadResult } from '../types';

export function readJson(content: string, file: string, options: ReadOptions = {}): ReadResult {
  const result: ReadResult = { articles: [], rejected: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    result.rejected.push({ file, record: 0, line: errorLine(content, error), message: `not valid JSON: ${(error as Error).message}` });
    return result;
  }
  const records = Array.isArray(parsed) ? parsed : [parsed];
  records.forEach((value, i) => addRecord(result, value, { file, record: i + 1, line: null }, options));
  return result;
}

export function readJsonLines(content: string, file: string, options: ReadOptions = {}): ReadResult {
  const result: ReadResult = { articles: [], rejected: [] };
  let record = 0;
  content.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    record += 1;
    const location = { file, record, line: i + 1 };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      result.rejected.push({ ...location, message: `not valid JSON: ${(error as Error).message}` });
      return;
    }
    addRecord(result, value, location, options);
  });
  return result;
}

/** The line of a JSON.parse error, from the character position Node puts in its message. */
function errorLine(content: string, error: unknown): number | null {
  const position = /position (\d+)/.exec((error as Error).message);
  return position ? content.slice(0, Number(position[1])).split('\n').length : null;
}
