import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { articleTopics, findCues, matchesStem, rankTopics, scoreCues, scoreText, singulars } from './classify';
import { IPTC_TOPICS } from './iptc';

const topics = (text: string, title?: string) => articleTopics(text, splitSentences(text), title);

describe('topic classification', () => {
  it('names a primary topic from the words of the story', () => {
    expect(topics('The striker scored twice as the team won the league match.')[0]).toBe('sport');
    expect(topics('Voters went to the polls in the presidential election; the opposition candidate conceded.')[0]).toBe('politics');
    expect(topics('Quarterly profits rose 5% as sales and revenue beat forecasts; shares gained.')[0]).toBe('economy, business and finance');
    expect(topics('Troops and tanks massed on the border after missile strikes; a ceasefire collapsed.')[0]).toBe('conflict, war and peace');
    expect(topics('The earthquake flattened homes; rescuers searched the rubble as the death toll rose.')[0]).toBe(
      'disaster, accident and emergency incident',
    );
  });

  it('gives several topics where deserved', () => {
    const both = topics('The chipmaker said profits rose as demand for its semiconductors and AI chips lifted sales and revenue.');
    expect(both).toEqual(expect.arrayContaining(['economy, business and finance', 'science and technology']));
  });

  it('lets the longest phrase win: "Labour Party" is politics, not labour', () => {
    const scores = scoreText('The Labour Party said');
    expect(scores.get('politics')).toBeGreaterThan(0);
    expect(scores.has('labour')).toBe(false);
  });

  it('files an issue under its arena unless the issue clearly dominates', () => {
    // Crime cues outscore business cues here (22 to 16); the company setting makes it business news.
    const corporate = topics('The former chief executive of the telecoms company was convicted of fraud by a jury. Shareholders of the firm watched the verdict.');
    expect(corporate[0]).toBe('economy, business and finance');
    expect(corporate).toContain('crime, law and justice');
    const street = topics('Police arrested two suspects after the murder; the court charged them and the trial begins next week.');
    expect(street[0]).toBe('crime, law and justice');
  });

  it('weighs the title', () => {
    const text = 'The match was played on Saturday.';
    expect(rankTopics(text, splitSentences(text), 'Election called')[0].topic).toBe('politics');
  });

  it('matches short stems only with common endings', () => {
    expect(matchesStem('genes', 'gene')).toBe(true);
    expect(matchesStem('generally', 'gene')).toBe(false);
    expect(matchesStem('elections', 'elect')).toBe(true);
    expect(matchesStem('technologies', 'technolog')).toBe(true);
  });

  it('lets the most specific reading of a word win: "strikers" is sport, not labour', () => {
    const scores = scoreText('Both strikers were on target.');
    expect(scores.get('sport')).toBeGreaterThan(0);
    expect(scores.has('labour')).toBe(false);
    expect(scoreText('Workers went on strike.').get('labour')).toBeGreaterThan(0);
  });

  it('matches whole-word terms in the plural as well', () => {
    expect(singulars('rates')).toContain('rate');
    expect(singulars('batteries')).toContain('battery');
    expect(singulars('its')).toEqual([]);
    expect(findCues('Interest rates rose.').map((c) => c.cue)).toContain('interest rates');
  });

  it('counts a repeated cue less each time it comes back', () => {
    const once = scoreText('The union met.').get('labour') ?? 0;
    const thrice = scoreText('The union met. The union met. The union met.').get('labour') ?? 0;
    expect(thrice).toBeGreaterThan(once);
    expect(thrice).toBeLessThan(3 * once);
    // Different cues of one topic add up in full.
    expect(scoreCues([{ topic: 'sport', cue: 'goal', weight: 2 }, { topic: 'sport', cue: 'striker', weight: 3 }]).get('sport')).toBe(5);
  });

  it('knows the vocabulary of IPTC concepts below the top level', () => {
    expect(topics('The rover photographed a crater on Mars; the telescope also spotted an asteroid.')[0]).toBe('science and technology');
    expect(topics('The pitcher threw a shutout and the shortstop homered in the ninth inning.')[0]).toBe('sport');
    expect(topics('The archbishop led prayers at the cathedral for the pilgrims.')[0]).toBe('religion');
    expect(topics('Forecasters warned of heavy snowfall and gale-force winds.')[0]).toBe('weather');
  });

  it('uses only IPTC top-level names and returns nothing for text without cues', () => {
    const names = new Set(IPTC_TOPICS.map((t) => t.name));
    for (const t of topics('The striker scored as the government fell and the earthquake struck.')) expect(names.has(t)).toBe(true);
    expect(topics('Blue green yellow.')).toEqual([]);
  });
});
