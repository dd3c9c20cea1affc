// A worker thread running the language pipeline: receives { id, input }, answers { id, analysis } or
// { id, error }. The pipeline is TypeScript, so tsx's loader is registered in this thread first.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { analyzeArticle } = await import('../../nlp/analyze.ts');

parentPort.on('message', ({ id, input }) => {
  try {
    parentPort.postMessage({ id, analysis: analyzeArticle(input) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
