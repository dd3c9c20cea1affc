import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateKey } from './date-key';

const isoLike = fc.stringMatching(/^[+-]?\d{4,6}(-\d{2}(-\d{2})?)?$/);

describe('dateKey', () => {
  it('orders date strings exactly as string comparison does', () => {
    fc.assert(fc.property(isoLike, isoLike, (a, b) => {
      expect(Math.sign(dateKey(a) - dateKey(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
    }));
  });

  it('is NaN for a missing date', () => {
    expect(dateKey(null)).toBeNaN();
  });
});
