// The strings a pattern requires: sound (every match holds one), so skipping a window without them loses nothing.
import { describe, expect, it } from 'vitest';
import { compileRules } from './recognize';
import { requiredStrings } from './required';

describe('requiredStrings', () => {
  it('reads plain runs and alternatives in lower case', () => {
    expect(requiredStrings('(?<unit>Day|Week)\\s+(?:ago|back)')).toEqual([['day', 'week'], ['ago', 'back']]);
    expect(requiredStrings('a\\.m\\.?')).toEqual([['a.m']]);
  });

  it('requires nothing of optional parts, lookarounds and classes other than digits', () => {
    expect(requiredStrings('(?:the\\s+)?(?=year)\\w+')).toEqual([]);
    expect(requiredStrings('(?<=\\bin\\s)[a-z]+')).toEqual([]);
    expect(requiredStrings('ago|\\s+')).toEqual([]);
    expect(requiredStrings('x{0,2}')).toEqual([]);
  });

  it('takes digits from digit classes', () => {
    expect(requiredStrings('[12]\\d')).toEqual([['1', '2'], ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']]);
  });

  it('takes the best set of each alternative', () => {
    expect(requiredStrings('(?:ago|in\\s+(?:two|three)\\s+years)')).toEqual([['ago', 'years']]);
  });

  it('holds for the match of every rule on its example', () => {
    for (const { rule, regex, required } of compileRules()) {
      regex.lastIndex = 0;
      const match = regex.exec(rule.example)![0].toLowerCase();
      for (const set of required) expect(set.strings.some((s) => match.includes(s)), rule.id).toBe(true);
    }
  });
});
