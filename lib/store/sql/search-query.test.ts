import { describe, expect, it } from 'vitest';
import { MAX_TERMS, toFtsQuery } from './fts-query';

describe('toFtsQuery', () => {
  it('quotes every word and keeps quoted phrases together', () => {
    expect(toFtsQuery('straits forum')).toBe('"straits" "forum"');
    expect(toFtsQuery('"united front" Wang')).toBe('"united front" "Wang"');
  });

  it('drops FTS5 syntax so user input can never be an operator or column filter', () => {
    expect(toFtsQuery('title:Macron OR NEAR(a*)')).toBe('"title" "Macron" "OR" "NEAR" "a"');
    expect(toFtsQuery('"unclosed phrase')).toBe('"unclosed phrase"');
  });

  it('returns null when nothing searchable is left', () => {
    expect(toFtsQuery('  -- * ^ ')).toBeNull();
    expect(toFtsQuery('')).toBeNull();
  });

  it('keeps at most MAX_TERMS terms', () => {
    expect(toFtsQuery('word '.repeat(1000))?.split(' ')).toHaveLength(MAX_TERMS);
  });

  it('keeps letters and digits of any script', () => {
    expect(toFtsQuery('王滬寧 2025')).toBe('"王滬寧" "2025"');
  });
});
