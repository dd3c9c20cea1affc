import { describe, expect, it } from 'vitest';
import { easterSunday, isoDay } from './calendar';

describe('easterSunday', () => {
  // Published Western Easter dates, including the earliest (March 22, 1818) and latest (April 25) possible days.
  it.each([
    [1818, '1818-03-22'], [1943, '1943-04-25'], [1998, '1998-04-12'], [2000, '2000-04-23'], [2008, '2008-03-23'],
    [2017, '2017-04-16'], [2019, '2019-04-21'], [2024, '2024-03-31'], [2038, '2038-04-25'],
  ])('%i -> %s', (year, expected) => {
    expect(isoDay(easterSunday(year))).toBe(expected);
  });
});
