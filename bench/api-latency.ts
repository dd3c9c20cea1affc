// Latency measurement shared by the API benchmarks: a fixed number of requests spread over N concurrent
// clients, each request timed from call to the last byte of its body.

export interface LatencyFigures {
  requests: number;
  p50: number;
  p95: number;
  max: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Runs `request` up to `total` times over `clients` concurrent loops, starting none after `budgetMs`
 * (so a slow backend cannot make a run endless); milliseconds, rounded to 0.1.
 */
export async function measure(request: () => Promise<void>, clients: number, total: number, budgetMs = Infinity): Promise<LatencyFigures> {
  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  let started = 0;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (started < total && performance.now() < deadline) {
      started += 1;
      const t = performance.now();
      await request();
      times.push(performance.now() - t);
    }
  }));
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { requests: times.length, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(times.at(-1) ?? NaN) };
}
