// Every rule's example is recognized by that rule's own pattern, and the table is well formed.
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../temporal/recognize';
import { TEMPORAL_RULES } from './rules';

describe('temporal rule table', () => {
  const compiled = compileRules();

  it.each(compiled.map((c) => [c.rule.id, c] as const))('%s matches its example', (_id, { rule, regex }) => {
    regex.lastIndex = 0;
    expect(regex.test(rule.example), `${rule.id}: /${rule.pattern}/ on "${rule.example}"`).toBe(true);
  });

  it('has unique rule ids', () => {
    const ids = TEMPORAL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
