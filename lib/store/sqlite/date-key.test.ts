import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDayFromNumber, isoDayNumber } from '../../filters/dates';
import { timelineKey } from './date-key';


describe('timelineKey', () => {
  it('is NaN for a missing date', () => {
    expect(timelineKey(null)).toBeNaN();
  });

  it('orders dates as time runs in timelineKey, years before 1 and after 9999 included', () => {
    const day = fc.integer({ min: isoDayNumber('-270000-01-01')!, max: isoDayNumber('+270000-12-31')! }).map(isoDayFromNumber);
    fc.assert(fc.property(day, day, (a, b) => {
      expect(Math.sign(timelineKey(a) - timelineKey(b))).toBe(Math.sign(isoDayNumber(a)! - isoDayNumber(b)!));
    }));
    expect(['-0044-03-15', '-0500-01-01', '0001-01-01', '-000044-03-16'].sort((a, b) => timelineKey(a) - timelineKey(b)))
      .toEqual(['-0500-01-01', '-0044-03-15', '-000044-03-16', '0001-01-01']);
  });
});
