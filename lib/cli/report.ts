// What ingest and extract tell the user about refused input: one line per rejection on stderr.
import { describeRejection, type Rejection } from '../ingest/types';

export function reportRejections(rejected: readonly Rejection[]): void {
  for (const rejection of rejected) process.stderr.write(`rejected ${describeRejection(rejection)}\n`);
}
