import { describe, expect, it } from 'vitest';
import { IPTC_CONCEPT_CUES } from '../resources/topics/iptc-concepts';
import { YIELD_RULES } from '../resources/topics/scoring';
import { IPTC_TOPICS, resolveTopic } from './iptc';

describe('IPTC top-level Media Topics', () => {
  it('has 17 topics with unique codes, lower-case names and slugs', () => {
    expect(IPTC_TOPICS).toHaveLength(17);
    expect(new Set(IPTC_TOPICS.map((t) => t.code)).size).toBe(17);
    for (const t of IPTC_TOPICS) {
      expect(t.code).toMatch(/^medtop:\d{8}$/);
      expect(t.name).toBe(t.name.toLowerCase());
      expect(t.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('resolves by name, slug and code', () => {
    expect(resolveTopic('Politics')?.code).toBe('medtop:11000000');
    expect(resolveTopic('medtop:11000000')?.name).toBe('politics');
    expect(resolveTopic('11000000')?.name).toBe('politics');
    expect(resolveTopic('economy-business-and-finance')?.name).toBe('economy, business and finance');
    expect(resolveTopic('Economy, Business and Finance')?.slug).toBe('economy-business-and-finance');
    expect(resolveTopic('conflict war and peace')?.code).toBe('medtop:16000000');
    expect(resolveTopic('medtop:99000000')).toBeNull();
    expect(resolveTopic('gardening')).toBeNull();
  });

  it('files every lower-level concept and every yield rule under top-level topic names, each rule with an example', () => {
    for (const topic of Object.keys(IPTC_CONCEPT_CUES)) expect(resolveTopic(topic)?.name).toBe(topic);
    for (const rule of YIELD_RULES) {
      for (const topic of [rule.topic, ...rule.yieldsTo]) expect(resolveTopic(topic)?.name).toBe(topic);
      expect(rule.example.length).toBeGreaterThan(10);
      expect(rule.share).toBeLessThan(1);
    }
  });
});
