import { csvFormat } from './csv';
import { icsFormat } from './ics';
import { jsonFormat } from './json';
import { timelineJsFormat } from './timelinejs';
import type { ExportFormat } from './types';

export const EXPORT_FORMATS = { csv: csvFormat, json: jsonFormat, timelinejs: timelineJsFormat, ics: icsFormat } as const;
export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export function exportFormat(name: string): ExportFormat | null {
  return Object.hasOwn(EXPORT_FORMATS, name) ? EXPORT_FORMATS[name as ExportFormatName] : null;
}
