// A filter change that only narrows the selection needs no server round trip when every event of the wider
// selection is already loaded: the narrower one is those events that also match the new filter. The matching
// follows the store's SQL conditions (lib/store/sql/filter.ts) dimension by dimension. Two dimensions are not matched
// here, so a change to them always goes to the server: full-text search, and sources (a happening is found by the source
// of any of its reports, and the browser knows only the source of the report it shows).
import { selectedCountries } from './countries';
import { isoDayNumber } from './dates';
import type { EventFilter } from './types';

/** What of an event the filter looks at (a StoredEvent has all of it). */
export interface FilterableEvent {
  start: string | null;
  end: string | null;
  precision: string | null;
  countries: readonly string[];
  topics: readonly string[];
}

const lowered = (values: readonly string[]) => values.map((value) => value.toLowerCase());

/** Whether every value a list selection of `next` allows is allowed by `prev` (an empty list allows everything). */
function subset(prev: readonly string[] | null, next: readonly string[] | null): boolean {
  if (!prev || prev.length === 0) return true;
  if (!next || next.length === 0) return false;
  return next.every((value) => prev.includes(value));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v) => b.includes(v));

/** The later of two lower bounds (or the earlier of two upper bounds) is at least as narrow. */
function within(prev: string | null, next: string | null, side: 'from' | 'to'): boolean {
  if (prev === null) return true;
  if (next === null) return false;
  const [a, b] = [isoDayNumber(prev)!, isoDayNumber(next)!];
  return side === 'from' ? b >= a : b <= a;
}

/** True when every event matching `next` also matches `prev`, and `next` differs only in dimensions matched here. */
export function narrows(prev: EventFilter, next: EventFilter): boolean {
  return (
    prev.q === next.q &&
    subset(selectedCountries(prev), selectedCountries(next)) &&
    subset(lowered(prev.topics), lowered(next.topics)) &&
    sameList(prev.sources ?? [], next.sources ?? []) &&
    subset(prev.precisions ?? [], next.precisions ?? []) &&
    within(prev.from, next.from, 'from') &&
    within(prev.to, next.to, 'to')
  );
}

/** Whether the event passes the filter's place, topic, time and precision conditions (not its search or sources). */
export function matchesFilter(event: FilterableEvent, filter: EventFilter): boolean {
  const countries = selectedCountries(filter);
  if (countries && !event.countries.some((cc) => countries.includes(cc.toUpperCase()))) return false;
  if (filter.topics.length > 0) {
    const topics = lowered(filter.topics);
    if (!event.topics.some((topic) => topics.includes(topic.toLowerCase()))) return false;
  }
  if (filter.from || filter.to) {
    // Overlap of the event's interval with [from, to]; an undated event has no place in a window.
    const start = event.start === null ? null : isoDayNumber(event.start);
    const end = event.end === null ? null : isoDayNumber(event.end);
    if (start === null || end === null) return false;
    if (filter.from && end < isoDayNumber(filter.from)!) return false;
    if (filter.to && start > isoDayNumber(filter.to)!) return false;
  }
  if (filter.precisions?.length && !(event.precision !== null && (filter.precisions as string[]).includes(event.precision))) return false;
  return true;
}
