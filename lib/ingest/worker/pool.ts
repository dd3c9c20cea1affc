// The language pipeline on worker threads, so a large ingest uses every core: each article goes to the
// worker with the fewest articles waiting. A worker that dies fails its waiting articles (the pipeline
// rejects them by name) and the others carry on.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleAnalysis, ArticleInput } from '../../nlp/types';

const WORKER_FILE = new URL('./analyze-worker.mjs', import.meta.url);

interface Pending {
  resolve: (analysis: ArticleAnalysis) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  alive: boolean;
}

type Reply = { id: number; analysis: ArticleAnalysis } | { id: number; error: string };

/** Worker threads for this machine: one per core. */
export function defaultWorkerCount(): number {
  return Math.max(1, os.availableParallelism());
}

export class WorkerAnalyzer {
  private readonly slots: Slot[];
  private nextId = 0;

  constructor(size = defaultWorkerCount()) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => this.start());
  }

  /** Analyses on the least busy live worker. */
  analyze = (input: ArticleInput): Promise<ArticleAnalysis> => {
    const live = this.slots.filter((slot) => slot.alive);
    if (live.length === 0) return Promise.reject(new Error('no analysis worker is running'));
    const slot = live.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage({ id, input: { text: input.text, title: input.title ?? null, published: input.published ?? null, language: input.language ?? null } });
    });
  };

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => {
      slot.alive = false;
      return slot.worker.terminate();
    }));
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_FILE), pending: new Map(), alive: true };
    slot.worker.on('message', (reply: Reply) => {
      const waiting = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.analysis);
      if (slot.pending.size === 0) slot.worker.unref();
    });
    const fail = (error: Error) => {
      slot.alive = false;
      for (const waiting of slot.pending.values()) waiting.reject(new Error(`analysis worker stopped: ${error.message}`));
      slot.pending.clear();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
    // An idle worker must not keep the process alive; one with articles waiting does (ref in analyze).
    slot.worker.unref();
    return slot;
  }
}
