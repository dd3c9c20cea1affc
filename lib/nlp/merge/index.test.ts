import { describe, expect, it } from 'vitest';
import { mergeEvents, type MergeCandidate } from './index';

const day = (date: string) => ({ start: date, end: date, precision: 'day' as const });
function event(id: string, articleId: string, evidence: string, date = '2025-06-15', countries = ['CN', 'TW']): MergeCandidate {
  return { id, articleId, summary: evidence.slice(0, 90), evidence, countries, ...day(date) };
}

const forumA = event('a1', 'A', 'The 17th annual Straits Forum yesterday opened in Xiamen, with former president Ma Ying-jeou attending.');
const forumB = event('b1', 'B', 'The Straits Forum opened yesterday in Xiamen, China, and former president Ma Ying-jeou attended the opening.');

describe('mergeEvents', () => {
  it('merges two reports of one happening and says why', () => {
    const [group, ...rest] = mergeEvents([forumA, forumB]);
    expect(rest).toEqual([]);
    expect(group.ids).toEqual(['a1', 'b1']);
    expect(group.sharedDate).toEqual(day('2025-06-15'));
    expect(group.sharedCountries).toEqual(['CN', 'TW']);
    expect(group.sharedParticipants).toEqual(expect.arrayContaining(['Straits Forum', 'Xiamen', 'Ma Ying-jeou']));
    expect(group.wording).toBeGreaterThan(0.3);
  });

  it('does not merge on another date, within one article, across unrelated countries or coarse dates', () => {
    expect(mergeEvents([forumA, { ...forumB, ...day('2025-06-14') }])).toEqual([]);
    expect(mergeEvents([forumA, { ...forumB, articleId: 'A' }])).toEqual([]);
    expect(mergeEvents([forumA, { ...forumB, countries: ['FR'] }])).toEqual([]);
    const month = { start: '2025-06-01', end: '2025-06-30', precision: 'month' as const };
    expect(mergeEvents([{ ...forumA, ...month }, { ...forumB, ...month }])).toEqual([]);
  });

  it('does not merge two happenings that share only their actors and the day', () => {
    const other = event('b2', 'B', 'Ma Ying-jeou met business leaders in Xiamen yesterday to discuss investment.');
    expect(mergeEvents([forumA, other])).toEqual([]);
  });

  it('never chains: an event joins a group only if it matches every member', () => {
    const visit = event('a', 'A', 'Lai visited the naval base in Kaohsiung and inspected new warships.', '2025-06-15', ['TW']);
    const both = event('b', 'B', 'Lai visited the naval base in Kaohsiung, inspected new warships and praised drone makers in Taichung.', '2025-06-15', ['TW']);
    const drones = event('c', 'C', 'Lai praised drone makers in Taichung and visited factories.', '2025-06-15', ['TW']);
    expect(mergeEvents([both, drones]).map((g) => g.ids)).toEqual([['b', 'c']]);
    expect(mergeEvents([visit, drones])).toEqual([]);
    // b matches a (better) and c, but c does not match a: c stays alone.
    expect(mergeEvents([visit, both, drones]).map((g) => g.ids)).toEqual([['a', 'b']]);
  });

  it('rejects duplicate ids', () => {
    expect(() => mergeEvents([forumA, forumA])).toThrow(/duplicate event id "a1"/);
  });
});
