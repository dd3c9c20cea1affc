import { describe, expect, it } from 'vitest';
import { SUMMARY_LIMIT, summarize } from './summary';

const without = (clause: string, ...dates: string[]) =>
  summarize(clause, dates.map((d) => ({ start: clause.indexOf(d), end: clause.indexOf(d) + d.length })));

describe('summarize', () => {
  it('leaves out the date with its preposition, asides and openers', () => {
    expect(without('WikiLeaks on Friday posted a link to the documents on Twitter.', 'Friday')).toBe(
      'WikiLeaks posted a link to the documents on Twitter',
    );
    expect(without('Last month, the group said hackers struck.', 'Last month')).toBe('The group said hackers struck');
    expect(without('Corinne Erhel, 50, was the last to speak at the rally on Friday.', 'Friday')).toBe(
      'Corinne Erhel was the last to speak at the rally',
    );
    expect(without('Separately, a socialist lawmaker died after collapsing on stage')).toBe('A socialist lawmaker died after collapsing on stage');
    expect(without('The forum (海峽論壇) opened in Xiamen yesterday.', 'yesterday')).toBe('The forum opened in Xiamen');
    expect(without('On the night of June 3, another explosion hit the port.', 'June 3')).toBe('Another explosion hit the port');
    expect(without('CHIP WAR: The new restrictions cut off access.')).toBe('The new restrictions cut off access');
  });

  it('keeps summaries short, cutting at a clause boundary or a word with an ellipsis', () => {
    const long = 'The 17th annual Straits Forum yesterday opened in Xiamen, China, and while the Chinese Nationalist Party’s local government heads were absent for the first time, Ma attended.';
    const summary = without(long, 'yesterday');
    expect(summary).toBe('The 17th annual Straits Forum opened in Xiamen, China');
    const list = 'The Ministry of Economic Affairs’ International Trade Administration has included Huawei, SMIC and several of their subsidiaries in an update of its list.';
    expect(without(list)).toMatch(/has included Huawei.*…$/);
    const items = 'Apps, books, documents, photos, and more purchased or created on one device will be shared with others.';
    expect(without(items)).toMatch(/^Apps, books, documents, photos, and more .*…$/);
    const words = 'word '.repeat(40);
    const cut = without(words);
    expect(cut.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(cut.endsWith('…')).toBe(true);
  });
});
