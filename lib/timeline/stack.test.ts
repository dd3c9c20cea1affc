import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stackSpans, type Span } from './stack';

describe('stackSpans', () => {
  it('puts marks of the same day in different rows and reuses a row once it is free', () => {
    const spans: Span[] = [{ x0: 0, x1: 10 }, { x0: 0, x1: 10 }, { x0: 5, x1: 15 }, { x0: 12, x1: 20 }];
    expect(Array.from(stackSpans(spans, 5).rows)).toEqual([0, 1, 2, 0]);
  });

  it('counts marks beyond the row limit per column instead of piling them', () => {
    const spans: Span[] = Array.from({ length: 5 }, () => ({ x0: 30, x1: 40 }));
    const stacking = stackSpans(spans, 3, 24);
    expect(Array.from(stacking.rows)).toEqual([0, 1, 2, -1, -1]);
    expect(stacking.overflow).toEqual([{ x: 36, count: 2 }]);
  });

  it('gives narrow marks their place before wide ones when rows run out', () => {
    const spans: Span[] = [{ x0: 0, x1: 300 }, { x0: 100, x1: 110 }];
    expect(Array.from(stackSpans(spans, 1).rows)).toEqual([-1, 0]);
  });

  it('never lets two marks of one row overlap', () => {
    const spanArb = fc.record({ x0: fc.integer({ min: 0, max: 500 }), w: fc.integer({ min: 1, max: 60 }) });
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 80 }), fc.integer({ min: 1, max: 8 }), (raw, maxRows) => {
        const spans = raw.map(({ x0, w }) => ({ x0, x1: x0 + w }));
        const { rows, overflow } = stackSpans(spans, maxRows);
        const placed = spans.filter((_, i) => rows[i] >= 0);
        expect(placed.length + overflow.reduce((n, o) => n + o.count, 0)).toBe(spans.length);
        for (let i = 0; i < spans.length; i++)
          for (let j = i + 1; j < spans.length; j++)
            if (rows[i] >= 0 && rows[i] === rows[j]) expect(spans[j].x0 >= spans[i].x1 || spans[i].x0 >= spans[j].x1).toBe(true);
      }),
    );
  });
});
