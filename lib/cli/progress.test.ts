import { describe, expect, it } from 'vitest';
import { progressLine, progressPrinter } from './progress';

const at = (done: number, total: number) => ({ done, total, stored: done, duplicates: 0 });

describe('progress', () => {
  it('draws the bar, the count, the rate and the time left', () => {
    expect(progressLine(at(50, 200), 10_000)).toBe(`[${'#'.repeat(8)}${'.'.repeat(22)}] 50/200 5 articles/s ~30s left`);
    expect(progressLine(at(200, 200), 20_000)).toBe(`[${'#'.repeat(30)}] 200/200 10 articles/s`);
  });

  it('writes to a terminal at most every 100 ms and always the last line, and nothing to a pipe', () => {
    const written: string[] = [];
    let clock = 0;
    const tty = { isTTY: true, write: (s: string) => written.push(s) > 0 } as unknown as NodeJS.WriteStream;
    const print = progressPrinter(tty, () => clock);
    for (let done = 1; done <= 10; done += 1) {
      clock += 30;
      print?.(at(done, 10));
    }
    expect(written).toHaveLength(4);
    expect(written.at(-1)).toMatch(/10\/10 .*\n$/);
    expect(progressPrinter({ isTTY: false } as NodeJS.WriteStream)).toBeUndefined();
  });
});
