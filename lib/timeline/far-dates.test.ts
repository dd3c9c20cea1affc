// Issue 5, point 3: dates before year 1 and far-future dates do not break the axis; date-only values never shift
// by time zone.
import { afterEach, describe, expect, it } from 'vitest';
import { isoDayFromNumber, isoDayNumber } from '@/lib/filters/dates';
import { toDensityBars } from './layers/density';
import { axisTickFormat } from './layers/axis';
import { describeDate } from './format';
import { DAY_MS, toTimelineItems, type DatedEventLike } from './model';
import { baseScale, itemsExtent, transformForWindow, windowOfTransform } from './scale';

const event = (id: number, start: string, end: string, precision: DatedEventLike['precision']): DatedEventLike => ({
  id, summary: `event ${id}`, start, end, precision, countries: [], topics: [], article: { published: null },
});

/** Epoch ms of a UTC midnight in any year (Date.UTC maps years 0-99 to 1900-1999). */
const utcDay = (year: number, month: number, day: number) => new Date(0).setUTCFullYear(year, month - 1, day);

const FAR = [
  event(1, '-0500-01-01', '-0401-12-31', 'century'),
  event(2, '3000-01-01', '3000-12-31', 'year'),
  event(3, '-000043-03-15', '-000043-03-15', 'day'),
  event(4, '+012000-06-01', '+012000-06-30', 'month'),
];

describe('dates far from today', () => {
  it('become items spanning exactly their UTC days, short and expanded years alike', () => {
    const items = toTimelineItems(FAR);
    expect(items.map((item) => item.id)).toEqual([1, 3, 2, 4]);
    const bc = items[0];
    expect([bc.t0, bc.t1]).toEqual([utcDay(-500, 1, 1), utcDay(-400, 1, 1)]);
    expect(isoDayNumber('-0500-01-01')).toBe(isoDayNumber('-000500-01-01'));
    expect(items[1].t1 - items[1].t0).toBe(DAY_MS);
    expect([items[2].t0, items[3].t1]).toEqual([utcDay(3000, 1, 1), utcDay(12000, 7, 1)]);
  });

  it('label the axis with ordered, distinct years, written as people write them', () => {
    const x = baseScale(itemsExtent(toTimelineItems(FAR.slice(0, 2))), 1000);
    const ticks = x.ticks(8);
    const labels = ticks.map(axisTickFormat(x));
    expect(ticks.length).toBeGreaterThan(3);
    expect(new Set(labels).size).toBe(labels.length);
    expect(ticks.every((tick, i) => i === 0 || tick > ticks[i - 1])).toBe(true);
    for (const [i, tick] of ticks.entries()) {
      const year = tick.getUTCFullYear();
      expect(labels[i]).toBe(year > 0 ? String(year) : `${1 - year} BC`);
    }
    expect(axisTickFormat(x)(new Date(utcDay(12000, 1, 1)))).toBe('12000');
  });

  it('keep a window across them through zoom transforms and the URL form', () => {
    const x = baseScale(itemsExtent(toTimelineItems(FAR)), 1000);
    const window = { start: '-000450-01-01', end: '3500-01-01' };
    const shown = windowOfTransform(x, transformForWindow(x, window));
    expect(shown).toEqual(window);
    expect(isoDayFromNumber(isoDayNumber(shown.start)!)).toBe(shown.start);
  });

  it('place density buckets on their days', () => {
    const [bar] = toDensityBars([{ start: '-0500-01-01', end: '-0401-12-31', count: 3 }]);
    expect([bar.t0, bar.t1, bar.count]).toEqual([utcDay(-500, 1, 1), utcDay(-400, 1, 1), 3]);
  });
});

describe('date-only values', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  it.each(['Pacific/Kiritimati', 'America/Adak', 'Asia/Kathmandu'])('never shift by time zone (%s)', (zone) => {
    const dates = [event(5, '2017-05-07', '2017-05-07', 'day'), event(6, '2017-05-01', '2017-05-31', 'month'), ...FAR];
    process.env.TZ = 'UTC';
    const inUtc = toTimelineItems(dates);
    process.env.TZ = zone;
    expect(new Date(2017, 4, 7).getTimezoneOffset()).not.toBe(0); // the zone really applies
    const items = toTimelineItems(dates);
    expect(items).toEqual(inUtc);
    expect(items.map((item) => describeDate(item.start, item.end, item.precision))).toContain('7 May 2017');
    expect(isoDayFromNumber(items.find((item) => item.id === 5)!.t0 / DAY_MS)).toBe('2017-05-07');
    const x = baseScale([utcDay(2017, 1, 1), utcDay(2018, 1, 1)], 1000);
    expect(x.ticks(12).map(axisTickFormat(x))).toContain('May');
  });
});
