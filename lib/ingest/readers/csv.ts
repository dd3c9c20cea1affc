// CSV with a header row (RFC 4180: quoted fields may hold commas, quotes and line breaks), parsed by
// csv-parse. Columns are picked by name (see FIELD_ALIASES). csv-parse loses its footing after a broken
// record, so on an error we report it and parse afresh from the next line, keeping the header.
import { CsvError, parse } from 'csv-parse/sync';
import { FIELD_ALIASES, addRecord, mapFields } from '../fields';
import type { ReadOptions, ReadResult } from '../types';

interface ParsedRow {
  record: Record<string, string>;
  info: { lines: number };
  raw: string;
}

export function readCsv(content: string, file: string, options: ReadOptions = {}): ReadResult {
  const result: ReadResult = { articles: [], rejected: [] };
  const lines = content.replace(/^\uFEFF/, '').split('\n');
  let header: string[] | null = null;
  let record = 0;
  // Parse from `first` (0-based line index) to the end; on an error, note it and go on after its line.
  for (let first = 0; first < lines.length; ) {
    const offset = first;
    try {
      parse(lines.slice(first).join('\n'), {
        columns: header ?? ((names: string[]) => (header = names)),
        skip_empty_lines: true,
        info: true,
        raw: true,
        on_record: (row: ParsedRow) => {
          // csv-parse counts lines up to a record's end; a quoted field may span several.
          const line = offset + row.info.lines - (row.raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
          record += 1;
          addRecord(result, row.record, { file, record, line }, options);
          return null;
        },
      });
      break;
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      const line = offset + Number(error.lines);
      if (!header) {
        result.rejected.push({ file, record: 0, line, message: `unreadable header row: ${error.message}` });
        return result;
      }
      record += 1;
      result.rejected.push({ file, record, line, message: error.message });
      first = line;
    }
  }
  if (header && mapFields(header).text === undefined) {
    return { articles: [], rejected: [{ file, record: 0, line: 1, message: `no text column (expected a column named ${FIELD_ALIASES.text.join(', ')})` }] };
  }
  return result;
}
