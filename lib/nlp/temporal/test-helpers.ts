// Shared by the temporal tagger's tests: the expression found in a text, looked up by its words.
import { expect } from 'vitest';
import type { Timex } from '../types';
import { tagTimexes } from './index';

/** The one timex whose text is `expression` (case-insensitive) in `text`; fails the test when absent. */
export function timexOf(text: string, expression: string, dct: string | null): Timex {
  const found = tagTimexes(text, { dct }).filter((t) => t.text.toLowerCase() === expression.toLowerCase());
  expect(found.map((t) => t.text), `"${expression}" tagged in "${text}"`).toEqual([found[0]?.text ?? expression]);
  return found[0];
}

/** Value and interval of a timex in one line: "2016-11 2016-11-01..2016-11-30 month". */
export function summary(t: Timex): string {
  const interval = t.interval ? ` ${t.interval.start}..${t.interval.end} ${t.interval.precision}` : '';
  return `${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}${interval}`;
}
