// Places marks in rows so that none overlaps another. Narrow marks are placed first: a day's event keeps its
// place and long, vague spans yield when room runs out. What finds no row within `maxRows` is counted per column,
// so the view can show "+N" instead of a pile.

export interface Span {
  /** Pixel extent of a mark, including the room it needs around it. */
  x0: number;
  x1: number;
}

export interface Stacking {
  /** Row of each span (same order as input), or -1 when it overflowed. */
  rows: Int32Array;
  /** Overflowed marks grouped by the column (bin of `binWidth` px) of their start. */
  overflow: Array<{ x: number; count: number }>;
  /** Rows actually used. */
  used: number;
}

/** A row's occupied spans, kept sorted and disjoint, so one binary search tells whether a span fits. */
class Row {
  private readonly spans: Span[] = [];

  fits(span: Span): boolean {
    const i = this.firstEndingAfter(span.x0);
    return i === this.spans.length || this.spans[i].x0 >= span.x1;
  }

  add(span: Span) {
    this.spans.splice(this.firstEndingAfter(span.x0), 0, span);
  }

  private firstEndingAfter(x: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].x1 <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export function stackSpans(spans: readonly Span[], maxRows: number, binWidth = 32): Stacking {
  const rows = new Int32Array(spans.length);
  const occupied: Row[] = [];
  const overflowBins = new Map<number, number>();
  const order = spans.map((_, i) => i).sort((a, b) => {
    const [p, q] = [spans[a], spans[b]];
    return p.x1 - p.x0 - (q.x1 - q.x0) || p.x0 - q.x0 || a - b;
  });
  for (const i of order) {
    const span = spans[i];
    let row = occupied.findIndex((r) => r.fits(span));
    if (row === -1 && occupied.length < maxRows) row = occupied.push(new Row()) - 1;
    rows[i] = row;
    if (row >= 0) {
      occupied[row].add(span);
      continue;
    }
    const bin = Math.floor(span.x0 / binWidth);
    overflowBins.set(bin, (overflowBins.get(bin) ?? 0) + 1);
  }
  const overflow = [...overflowBins]
    .sort((a, b) => a[0] - b[0])
    .map(([bin, count]) => ({ x: (bin + 0.5) * binWidth, count }));
  return { rows, overflow, used: occupied.length };
}
