// RFC 4180 CSV, one row per event. Cells that a spreadsheet would run as a formula are prefixed with a quote.
import type { ExportFormat } from './types';

export const CSV_COLUMNS = [
  'id', 'start', 'end', 'precision', 'date', 'summary', 'evidence', 'temporal_expression', 'countries', 'topics',
  'article_id', 'article_title', 'source', 'published', 'url',
] as const;

function cell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvFormat: ExportFormat = {
  extension: 'csv',
  contentType: 'text/csv; charset=utf-8',
  write(events) {
    const rows = events.map((e) => [
      e.id, e.start, e.end, e.precision, e.value, e.summary, e.evidence, e.timex.text, e.countries.join(' '),
      e.topics.join('; '), e.article.id, e.article.title, e.article.source, e.article.published, e.article.url,
    ]);
    return [CSV_COLUMNS, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
  },
};
