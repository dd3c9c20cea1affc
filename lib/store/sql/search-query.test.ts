import { describe, expect, it } from 'vitest';
import { MAX_TERMS, toSearchQuery } from './search-query';

describe('toSearchQuery', () => {
  it('quotes every word and keeps quoted phrases together', () => {
    expect(toSearchQuery('straits forum')).toBe('"straits" "forum"');
    expect(toSearchQuery('"united front" Wang')).toBe('"united front" "Wang"');
  });

  it('drops FTS5 syntax so user input can never be an operator or column filter', () => {
    expect(toSearchQuery('title:Macron OR NEAR(a*)')).toBe('"title" "Macron" "OR" "NEAR" "a"');
    expect(toSearchQuery('"unclosed phrase')).toBe('"unclosed phrase"');
  });

  it('returns null when nothing searchable is left', () => {
    expect(toSearchQuery('  -- * ^ ')).toBeNull();
    expect(toSearchQuery('')).toBeNull();
  });

  it('keeps at most MAX_TERMS terms', () => {
    expect(toSearchQuery('word '.repeat(1000))?.split(' ')).toHaveLength(MAX_TERMS);
  });

  it('keeps letters and digits of any script', () => {
    expect(toSearchQuery('王滬寧 2025')).toBe('"王滬寧" "2025"');
  });
});
