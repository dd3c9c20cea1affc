import type { ExportFormat } from './types';

/** The events as the API gives them, with a title and the time of export. */
export const jsonFormat: ExportFormat = {
  extension: 'json',
  contentType: 'application/json; charset=utf-8',
  write(events, meta) {
    return JSON.stringify({ title: meta.title, generated: meta.generated.toISOString(), events }, null, 2);
  },
};
