import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3';
import { baseScale, homeWindow, transformForWindow, windowOfTransform } from './scale';
import { DAY_MS, toTimelineItems } from './model';

const extent: [number, number] = [Date.UTC(2017, 0, 1), Date.UTC(2026, 0, 1)];

describe('homeWindow', () => {
  it('opens on the publication period, padded, whatever history the events reach back to', () => {
    const items = toTimelineItems([
      { id: 1, summary: 'a', start: '1949-01-01', end: '1949-12-31', precision: 'year', countries: [], topics: [], article: { published: '2019-03-01' } },
      { id: 2, summary: 'b', start: '2020-06-01', end: '2020-06-01', precision: 'day', countries: [], topics: [], article: { published: '2020-06-02' } },
    ]);
    expect(homeWindow(items)).toEqual({ start: '2018-12-01', end: '2020-08-31' });
  });

  it('falls back to the full extent without publication dates', () => {
    expect(homeWindow(toTimelineItems([
      { id: 1, summary: 'a', start: '1949-01-01', end: '1949-12-31', precision: 'year', countries: [], topics: [], article: { published: null } },
    ]))).toBeNull();
  });
});

describe('window <-> zoom transform', () => {
  it('shows exactly the requested window, whatever the left offset', () => {
    for (const left of [0, 16]) {
      const base = baseScale(extent, 800, left);
      const window = { start: '2017-05-01', end: '2017-06-01' };
      const transform = transformForWindow(base, window);
      const [from, to] = transform.rescaleX(base).domain();
      expect(from.getTime()).toBeCloseTo(Date.UTC(2017, 4, 1), -3);
      expect(to.getTime()).toBeCloseTo(Date.UTC(2017, 5, 1), -3);
      expect(windowOfTransform(base, transform)).toEqual(window);
    }
  });

  it('reports the window in whole days', () => {
    const base = baseScale(extent, 800);
    expect(windowOfTransform(base, zoomIdentity)).toEqual({ start: '2017-01-01', end: '2026-01-01' });
    const shifted = windowOfTransform(base, zoomIdentity.translate(-3.3, 0).scale(2));
    expect(shifted.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(shifted.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('keeps the base scale untouched while zooming (immutable transforms)', () => {
    const base = baseScale(extent, 800);
    transformForWindow(base, { start: '2020-01-01', end: '2020-01-10' }).rescaleX(base);
    expect(base.domain().map((d) => d.getTime())).toEqual(extent);
    expect(extent[1] - extent[0]).toBeGreaterThan(DAY_MS);
  });
});
