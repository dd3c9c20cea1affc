import type { StoredEvent } from '@/lib/store/types';

/** One export format: how the current selection is written for another tool. */
export interface ExportFormat {
  extension: string;
  contentType: string;
  write(events: readonly StoredEvent[], meta: { title: string; generated: Date }): string;
}
