// The strings a pattern requires: sound (every match holds one), so skipping a window without them loses nothing.
import { describe, expect, it } from 'vitest';
import { compileRules } from './recognize';
import { requiredStrings } from './required';

describe('requiredStrings', () => {
  it('reads plain runs and alternatives in lower case', () => {
    expect(requiredStrings('(?<unit>Day|Week)s\\s+(?:ago|back)')).toEqual(['day', 'week']);
    expect(requiredStrings('a\\.m\\.?')).toEqual(['a.m']);
  });

  it('requires nothing of optional parts, lookarounds and classes other than digits', () => {
    expect(requiredStrings('(?:the\\s+)?(?=year)\\w+')).toBeNull();
    expect(requiredStrings('(?<=\\bin\\s)[a-z]+')).toBeNull();
    expect(requiredStrings('ago|\\s+')).toBeNull();
    expect(requiredStrings('x{0,2}')).toBeNull();
  });

  it('takes digits from digit classes', () => {
    expect(requiredStrings('[12]\\d')).toEqual(['1', '2']);
  });

  it('holds for the match of every rule on its example', () => {
    for (const { rule, regex, required } of compileRules()) {
      regex.lastIndex = 0;
      const match = regex.exec(rule.example)![0].toLowerCase();
      if (required) expect(required.strings.some((s) => match.includes(s)), rule.id).toBe(true);
    }
  });
});
