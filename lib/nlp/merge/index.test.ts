import { describe, expect, it } from 'vitest';
import { joinGroup, mergeEvents, prepareEvent, sameHappening, type MergeCandidate } from './index';

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

  it('does not merge on another date, within one article, across unrelated countries or coarser than a month', () => {
    expect(mergeEvents([forumA, { ...forumB, ...day('2025-06-14') }])).toEqual([]);
    expect(mergeEvents([forumA, { ...forumB, articleId: 'A' }])).toEqual([]);
    expect(mergeEvents([forumA, { ...forumB, countries: ['FR'] }])).toEqual([]);
    const year = { start: '2025-01-01', end: '2025-12-31', precision: 'year' as const };
    expect(mergeEvents([{ ...forumA, ...year }, { ...forumB, ...year }])).toEqual([]);
    expect(mergeEvents([{ ...forumA, ...year }, forumB])).toEqual([]);
  });

  it('merges a day with the month that holds it, at the month, and not with another month', () => {
    const june = { start: '2025-06-01', end: '2025-06-30', precision: 'month' as const };
    const [group] = mergeEvents([forumA, { ...forumB, ...june }]);
    expect(group.sharedDate).toEqual(june);
    const may = { start: '2025-05-01', end: '2025-05-31', precision: 'month' as const };
    expect(mergeEvents([forumA, { ...forumB, ...may }])).toEqual([]);
  });

  it('merges the same participants doing the same thing on one day, with little wording in common', () => {
    const a = event('a', 'A', 'When Apple CEO Steve Jobs first introduced iPhone 4, he praised the antenna design.', '2010-06-07', ['US']);
    const b = event('b', 'B', 'The newest iPhone, iPhone 4, was introduced by Steve Jobs at the developers conference.', '2010-06-07', ['US']);
    const reasons = sameHappening(prepareEvent(a), prepareEvent(b));
    expect(reasons).toMatchObject({ date: day('2010-06-07'), countries: ['US'] });
    expect(reasons?.participants).toEqual(expect.arrayContaining(['Jobs', 'iPhone']));
    // Another verb, or only a reporting verb, in common is another happening.
    const shown = event('c', 'C', 'The newest iPhone, iPhone 4, was demonstrated by Steve Jobs at the developers conference.', '2010-06-07', ['US']);
    expect(sameHappening(prepareEvent(a), prepareEvent(shown))).toBeNull();
    const said = event('d', 'D', 'Steve Jobs said the newest iPhone, iPhone 4, was selling.', '2010-06-07', ['US']);
    expect(sameHappening(prepareEvent({ ...said, id: 'e', articleId: 'E' }), prepareEvent(said))).not.toBeNull();
    expect(sameHappening(prepareEvent(a), prepareEvent(said))).toBeNull();
  });

  it('does not merge reports that name only different numbers', () => {
    const a = event('a', 'A', 'Ministers in Lisbon said on Friday that bridge 3 would reopen next week after repairs.', '2020-02-14', ['PT']);
    const b = event('b', 'B', 'Ministers in Lisbon said on Friday that bridge 13 would reopen next week after repairs.', '2020-02-14', ['PT']);
    expect(mergeEvents([a, b])).toEqual([]);
    expect(mergeEvents([a, { ...b, evidence: a.evidence.replace('bridge 3', 'the third bridge') }])).toHaveLength(1);
  });

  it('compares reports without their wire datelines and does not merge fragments too short to tell apart', () => {
    const a = event('a', 'A', 'MELBOURNE, March 3 - Net profit rose to 138.20 mln dlrs from 87.80 mln, the company said.', '1987-03-03', ['AU']);
    const b = event('b', 'B', 'MELBOURNE, March 3 - Net profit fell to 57.1 mln dlrs from 69.1 mln, the company said.', '1987-03-03', ['AU']);
    expect(mergeEvents([a, b])).toEqual([]);
    const c = event('c', 'C', 'MELBOURNE, March 3 - Net profit 138.20 mln dlrs.', '1987-03-03', ['AU']);
    expect(mergeEvents([c, { ...c, id: 'd', articleId: 'D' }])).toEqual([]);
  });

  it('does not merge short sentences on a chance overlap, nor on shared titles or date words', () => {
    const month = { start: '2020-08-01', end: '2020-08-31', precision: 'month' as const };
    const a = { ...event('a', 'A', 'Bodenstab spoke to Wikinews last August.'), ...month };
    const b = { ...event('b', 'B', 'Patel spoke to Wikinews in August.'), ...month };
    expect(mergeEvents([a, b])).toEqual([]);
    const meeting = event('m', 'A', 'The meeting was attended by Greek prime minister Kyriakos Mitsotakis and the energy minister.', '2020-01-07', ['GR']);
    const speech = event('s', 'B', 'On Tuesday, Greek prime minister Kyriakos Mitsotakis called the border agreement void.', '2020-01-07', ['GR']);
    expect(mergeEvents([meeting, speech])).toEqual([]);
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

  it('lets a new event join the group it matches entirely, never one holding its own article', () => {
    const groups = [[prepareEvent(forumA)], [prepareEvent(event('x', 'X', 'Lai visited the naval base in Kaohsiung.'))]];
    expect(joinGroup(prepareEvent(forumB), groups)).toMatchObject({ group: 0, reasons: { date: day('2025-06-15') } });
    expect(joinGroup(prepareEvent({ ...forumB, articleId: 'A' }), groups)).toBeNull();
    const other = event('c1', 'C', 'Ma Ying-jeou met business leaders in Xiamen yesterday to discuss investment.');
    expect(joinGroup(prepareEvent(forumB), [[prepareEvent(forumA), prepareEvent(other)]])).toBeNull();
  });

  it('never merges questions: the same question in two interviews is two happenings', () => {
    const asked = event('q', 'A', 'Why are you running to be the local member of parliament for this district?');
    expect(mergeEvents([asked, { ...asked, id: 'r', articleId: 'B' }])).toEqual([]);
  });

  it('merges two statements only when the same speaker says the same thing', () => {
    const sign = event('a', 'A', 'Mayor Lena Ortiz said on Monday she will not sign a budget that cuts funding for the harbour bridge repairs.', '2025-06-16', ['PT']);
    const veto = event('b', 'B', 'Mayor Lena Ortiz said she may veto the city budget, which cuts funding for the harbour bridge repairs.', '2025-06-16', ['PT']);
    const signs = event('c', 'C', 'Mayor Lena Ortiz said she would not sign the city budget because it cuts funding for the harbour bridge repairs.', '2025-06-16', ['PT']);
    const council = event('d', 'D', 'Councillor Tomas Reyes said the budget cuts funding for the harbour bridge repairs, and Mayor Ortiz agreed.', '2025-06-16', ['PT']);
    expect(sameHappening(prepareEvent(sign), prepareEvent(veto))).toBeNull();
    expect(sameHappening(prepareEvent(sign), prepareEvent(signs))).not.toBeNull();
    expect(sameHappening(prepareEvent(signs), prepareEvent(council))).toBeNull();
    // Without the statements, what is left in common would be enough.
    expect(sameHappening(prepareEvent({ ...sign, evidence: sign.evidence.replace('said on Monday she will not sign', 'refused to sign') }),
      prepareEvent({ ...veto, evidence: veto.evidence.replace('said she may veto', 'vetoed') }))).not.toBeNull();
  });

  it('does not take a state since a day for the happening of that day, unless the other report says it began', () => {
    const august = { start: '2020-08-01', end: '2020-08-31', precision: 'month' as const };
    const ill = { ...event('a', 'A', 'Senator Hale has been in hospital with a serious lung infection since Thursday.', '2020-08-20', ['US']), timex: { text: 'Thursday' } };
    const flown = { ...event('b', 'B', 'Senator Hale was flown to Boston in August while in hospital with a serious lung infection.', '2020-08-20', ['US']), ...august };
    const began = { ...flown, evidence: 'Senator Hale began treatment in hospital for a serious lung infection in August.' };
    expect(sameHappening(prepareEvent(ill), prepareEvent(flown))).toBeNull();
    expect(sameHappening(prepareEvent({ ...ill, timex: { text: 'last week' } }), prepareEvent(flown))).not.toBeNull();
    expect(sameHappening(prepareEvent(ill), prepareEvent(began))).not.toBeNull();
  });

  it('finds the verb of the happening in a name-free form of the other report, never in a name', () => {
    const week = { start: '2020-01-01', end: '2020-01-07', precision: 'week' as const };
    const killed = event('a', 'A', 'On Thursday, United States forces killed General Qasim Rahmani in an airstrike near Baghdad airport.', '2020-01-02', ['IQ']);
    const killing = { ...event('b', 'B', 'The move follows the killing by United States forces of General Qasim Rahmani in an airstrike last week.', '2020-01-02', ['IQ']), ...week };
    expect(sameHappening(prepareEvent(killed), prepareEvent(killing))).not.toBeNull();
    expect(prepareEvent(killing).verbs).toEqual(new Set());
  });

  describe('a named happening: the same participant doing the same thing to the same named thing', () => {
    const year = { start: '2003-01-01', end: '2003-12-31', precision: 'year' as const };
    const launched = event('a', 'A', 'Apple is the maker of the iPod and launched the iTunes Music Store, an online music store, on April 28, 2003.', '2003-04-28', ['US']);
    const inYear = { ...event('b', 'B', 'Apple Computer was started by Steve Jobs and Steve Wozniak in 1976, and launched the iTunes Music Store in 2003.', '2003-04-28', ['US']), ...year, timex: { text: '2003' } };

    it('merges at the year, with the day report, when the year dates that happening', () => {
      const reasons = sameHappening(prepareEvent(launched), prepareEvent(inYear));
      expect(reasons).toMatchObject({ date: year });
      expect(reasons?.participants).toContain('iTunes Music Store');
      const [group] = mergeEvents([launched, inYear]);
      expect(group).toMatchObject({ ids: ['a', 'b'], sharedDate: year });
      // Without the named happening the two share too little to merge, even on one day.
      const opened = { ...launched, evidence: launched.evidence.replace('launched the iTunes Music Store', 'opened an online music shop') };
      expect(sameHappening(prepareEvent(opened), prepareEvent({ ...inYear, ...day('2003-04-28') }))).toBeNull();
    });

    it('does not merge at a year another actor, verb or name, an indefinite name, or a year that dates something else', () => {
      const other = (evidence: string, timex = '2003') => ({ ...inYear, evidence, timex: { text: timex } });
      const pairs = [
        other('Microsoft was started by Bill Gates and Paul Allen in 1975, and launched the iTunes Music Store in 2003.'),
        other('Apple Computer was started by Steve Jobs and Steve Wozniak in 1976, and closed the iTunes Music Store in 2003.'),
        other('Apple Computer was started by Steve Jobs and Steve Wozniak in 1976, and launched the Apple Music Store in 2003.'),
        other('Apple Computer was started by Steve Jobs and Steve Wozniak in 1976, and launched an iTunes Music Store in 2003.'),
        // "2003" dates the lawsuit, not the launch (the date must follow the named thing in its clause).
        other('In 2003 Apple Computer was sued by Apple Corps; it had launched the iTunes Music Store after months of talks with labels.'),
      ];
      for (const b of pairs) expect(sameHappening(prepareEvent(launched), prepareEvent(b))).toBeNull();
      const dated = other('Apple Computer was sued by Apple Corps; it had launched the iTunes Music Store in 2003 after months of talks with labels.');
      expect(sameHappening(prepareEvent(launched), prepareEvent(dated))).not.toBeNull();
      // Two reports at the year merge; at another year they do not.
      expect(sameHappening(prepareEvent({ ...launched, ...year, timex: { text: 'April 28, 2003' } }), prepareEvent(inYear))).not.toBeNull();
      const y2004 = { start: '2004-01-01', end: '2004-12-31', precision: 'year' as const };
      expect(sameHappening(prepareEvent(launched), prepareEvent({ ...inYear, ...y2004, evidence: inYear.evidence.replace('2003', '2004'), timex: { text: '2004' } }))).toBeNull();
    });

    it('reads no named happening in a name-giving verb or a one-word name', () => {
      expect(prepareEvent(event('c', 'C', 'The inn, a house called Bryn Tirion, was sold in 1873.')).named).toEqual([]);
      expect(prepareEvent(event('d', 'D', 'The United States invaded Iraq in 2003.')).named).toEqual([]);
      expect(prepareEvent({ ...inYear }).named.map((n) => [n.key, n.dated, [...n.actors].includes('Apple')])).toEqual([['launch|iTunes Music Store', true, true]]);
    });
  });

  it('rejects duplicate ids', () => {
    expect(() => mergeEvents([forumA, forumA])).toThrow(/duplicate event id "a1"/);
  });
});
