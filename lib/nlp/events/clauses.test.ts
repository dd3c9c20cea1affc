import { describe, expect, it } from 'vitest';
import { coordinatedClauses } from './clauses';

const parts = (s: string) => coordinatedClauses(s).map((c) => s.slice(c.start, c.end));

describe('coordinatedClauses', () => {
  it('splits at a semicolon or a comma with a conjunction where a clause with its own subject follows', () => {
    expect(parts('He started Apple in 1976, and in 1984 the first Macintosh was released.')).toEqual([
      'He started Apple in 1976',
      'in 1984 the first Macintosh was released.',
    ]);
    expect(parts('Sales rose in May; Apple cut prices in June.')).toEqual(['Sales rose in May', 'Apple cut prices in June.']);
  });

  it('keeps a shared subject and a list in one clause', () => {
    expect(parts('He fought cancer in 2004, and took six months off in 2009.')).toHaveLength(1);
    expect(parts('The suite includes iPhoto, iMovie, and GarageBand.')).toHaveLength(1);
  });
});
