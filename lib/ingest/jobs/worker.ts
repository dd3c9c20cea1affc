// An ingest worker: claims jobs from the PostgreSQL queue, analyses their articles and stores them a batch
// at a time, and records each job's outcome. Several workers (on several machines) share the queue.
import { type Analyzer, analysisInput } from '../pipeline';
import type { AnalysedArticle, Store } from '../../store/types';
import type { Job, PgJobQueue } from './queue';

export interface WorkerOptions {
  analyze: Analyzer;
  /** Jobs claimed at a time. */
  batch?: number;
  /** Return when the queue has nothing left to claim, instead of waiting for more. */
  once?: boolean;
  /** Pause between looks at an empty queue. */
  idleMs?: number;
  signal?: AbortSignal;
  onBatch?: (done: number) => void;
}

export interface WorkerSummary {
  stored: number;
  duplicates: number;
  failed: number;
}

export async function runWorker(queue: PgJobQueue, store: Store, options: WorkerOptions): Promise<WorkerSummary> {
  const summary: WorkerSummary = { stored: 0, duplicates: 0, failed: 0 };
  while (!options.signal?.aborted) {
    const jobs = await queue.claim(options.batch ?? 16);
    if (jobs.length === 0) {
      if (options.once) break;
      await new Promise((resolve) => setTimeout(resolve, options.idleMs ?? 1000));
      continue;
    }
    const analysed: Array<{ job: Job; item: AnalysedArticle }> = [];
    for (const job of jobs) {
      try {
        analysed.push({ job, item: { article: job.article, analysis: await options.analyze(analysisInput(job.article)) } });
      } catch (error) {
        summary.failed += 1;
        await queue.finish(job.id, 'failed', `could not be analysed: ${(error as Error).message}`);
      }
    }
    const results = await store.putArticles(analysed.map((a) => a.item));
    for (const [i, result] of results.entries()) {
      const { job } = analysed[i];
      if (result.status === 'failed') {
        summary.failed += 1;
        await queue.finish(job.id, 'failed', `could not be stored: ${result.message}`);
      } else {
        summary[result.status === 'stored' ? 'stored' : 'duplicates'] += 1;
        await queue.finish(job.id, 'done', `${result.status} ${result.id}`);
      }
    }
    options.onBatch?.(jobs.length);
  }
  return summary;
}
