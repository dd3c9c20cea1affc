import { describe, expect, it } from 'vitest';
import { matchesFilter, narrows, type FilterableEvent } from './narrow';
import { EMPTY_FILTER, type EventFilter } from './types';

const filter = (patch: Partial<EventFilter>): EventFilter => ({ ...EMPTY_FILTER, ...patch });
const event = (patch: Partial<FilterableEvent>): FilterableEvent => ({
  start: '2020-03-10', end: '2020-03-12', precision: 'day', countries: ['FR'], topics: ['politics'], ...patch,
});

describe('narrows', () => {
  it('accepts a filter that adds or tightens conditions', () => {
    expect(narrows(EMPTY_FILTER, filter({ topics: ['politics'] }))).toBe(true);
    expect(narrows(filter({ topics: ['politics', 'sport'] }), filter({ topics: ['sport'] }))).toBe(true);
    // A country inside a selected region is narrower than the region.
    expect(narrows(filter({ regions: ['150'] }), filter({ countries: ['FR'] }))).toBe(true);
    expect(narrows(filter({ from: '2020-01-01' }), filter({ from: '2020-02-01', to: '2020-03-01' }))).toBe(true);
  });

  it('refuses a filter that widens, changes the search, or moves outside the selection', () => {
    expect(narrows(filter({ topics: ['sport'] }), EMPTY_FILTER)).toBe(false);
    expect(narrows(filter({ topics: ['sport'] }), filter({ topics: ['politics'] }))).toBe(false);
    expect(narrows(filter({ countries: ['FR'] }), filter({ regions: ['150'] }))).toBe(false);
    expect(narrows(filter({ from: '2020-02-01' }), filter({ from: '2020-01-01' }))).toBe(false);
    expect(narrows(EMPTY_FILTER, filter({ q: 'vote' }))).toBe(false);
    // A happening reported by AFP and Reuters is shown through one report: only the server knows all its sources.
    expect(narrows(filter({ sources: ['AFP', 'Reuters'] }), filter({ sources: ['Reuters'] }))).toBe(false);
    expect(narrows(filter({ sources: ['AFP'] }), filter({ sources: ['AFP'], topics: ['sport'] }))).toBe(true);
  });
});

describe('matchesFilter', () => {
  it('keeps an event matching every dimension it checks and drops one failing any', () => {
    const all = filter({ regions: ['150'], topics: ['Politics'], from: '2020-03-12', to: '2020-04-01', sources: ['AFP'], precisions: ['day'] });
    expect(matchesFilter(event({}), all)).toBe(true);
    expect(matchesFilter(event({ countries: ['JP'] }), all)).toBe(false);
    expect(matchesFilter(event({ topics: ['sport'] }), all)).toBe(false);
    expect(matchesFilter(event({ end: '2020-03-11' }), all)).toBe(false);
    expect(matchesFilter(event({ precision: 'month' }), all)).toBe(false);
  });

  it('keeps undated events only while no time window is set', () => {
    const undated = event({ start: null, end: null, precision: null });
    expect(matchesFilter(undated, filter({ topics: ['politics'] }))).toBe(true);
    expect(matchesFilter(undated, filter({ from: '2020-01-01' }))).toBe(false);
  });
});
