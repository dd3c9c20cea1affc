// Stores analysed articles in batches: one commit per batch instead of one per article is what makes a
// large SQLite ingest fast. Each article is still all-or-nothing (see Store.putArticles), so a crash
// loses at most the batch in progress, and running the ingest again stores it.
import type { AnalysedArticle, BatchPutResult, Store } from '../store/types';
import type { RecordLocation } from './types';

export interface Written extends RecordLocation {
  result: BatchPutResult;
}

export class BatchWriter {
  private queue: Array<AnalysedArticle & { location: RecordLocation }> = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly size: number,
    private readonly onWritten: (written: Written) => void,
  ) {}

  /** Queues an article; when the batch is full, waits for the previous batch so memory stays bounded. */
  async add(item: AnalysedArticle, location: RecordLocation): Promise<void> {
    this.queue.push({ ...item, location });
    if (this.queue.length >= this.size) await this.flush();
  }

  /** Writes what is queued (after any batch still being written) and waits for it. */
  flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.writing = this.writing.then(async () => {
      if (batch.length === 0) return;
      let results: BatchPutResult[];
      try {
        results = await this.store.putArticles(batch);
      } catch (error) {
        results = batch.map(() => ({ status: 'failed', message: (error as Error).message }));
      }
      results.forEach((result, i) => this.onWritten({ ...batch[i].location, result }));
    });
    return this.writing;
  }
}
