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
    expect(without('The crisis claimed 15,393 lives in Canada between January 2016 and June 2019.', 'January 2016 and June 2019')).toBe(
      'The crisis claimed 15,393 lives in Canada',
    );
    const curfew = 'Thailand planned to implement a curfew between 10 p.m. and 4 a.m.';
    expect(without(curfew, '10 p.m.', '4 a.m.')).toBe('Thailand planned to implement a curfew');
    expect(without('((WN)) Could you tell us about the theme of the celebration last year?', 'last year')).toBe('Could you tell us about the theme of the celebration');
    expect(without('He served as the mayor of London from 2008 to 2016, before rejoining Parliament.', '2008 to 2016')).toBe(
      'He served as the mayor of London, before rejoining Parliament',
    );
    expect(without('Mugabe ruled Zimbabwe, serving as prime minister, 1980–1987; then as president.', '1980–1987')).toBe(
      'Mugabe ruled Zimbabwe, serving as prime minister; then as president',
    );
    expect(without('On Thursday, the mayor of Moscow extended the city lockdown to May 1.', 'Thursday', 'May 1')).toBe(
      'The mayor of Moscow extended the city lockdown to May 1',
    );
    expect(without('Johnson was impeached over violations of the Tenure of Office Act of 1867.', '1867')).toBe(
      'Johnson was impeached over violations of the Tenure of Office Act of 1867',
    );
    expect(without('Nickey Iyambo, former vice-president of Namibia, died on Sunday, early in the morning.', 'Sunday', 'early in the morning')).toBe(
      'Nickey Iyambo, former vice-president of Namibia, died',
    );
    expect(without('He announced de Graaf as his running mate this April.', 'April')).toBe('He announced de Graaf as his running mate');
    const place = 'On Thursday at the headquarters of the Paris Police Prefecture in Paris, France, an IT worker went on a stabbing spree, killing four.';
    expect(without(place, 'Thursday')).toBe('An IT worker went on a stabbing spree, killing four');
    const person = 'In response, Nancy Pelosi, the Speaker of the House of Representatives, ordered the Capitol\'s flags be lowered to half-staff.';
    expect(without(person)).toMatch(/^Nancy Pelosi, the Speaker of the House/);
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

  it('keeps a date that is the subject, and mends what leaving a date out breaks', () => {
    expect(without('2007 was a good year for Apple.', '2007')).toBe('2007 was a good year for Apple');
    expect(without('A memo cited in an April 2nd report showed the company passed Wal-Mart.', 'April 2nd')).toBe(
      'A memo cited in a report showed the company passed Wal-Mart',
    );
    expect(without('Their projections showed that as of January 2008, iTunes held 19 percent.', 'January 2008')).toBe(
      'Their projections showed that iTunes held 19 percent',
    );
    expect(without('iPhone 4 went on sale on Tuesday.', 'Tuesday')).toBe('iPhone 4 went on sale');
    expect(without('It was a twist ahead of today’s decisive runoff.', 'today')).toBe('It was a twist ahead of the decisive runoff');
    expect(without('At this year\'s conference, Jobs unveiled iPhone 4.', 'this year')).toBe('At the conference, Jobs unveiled iPhone 4');
  });

  it('drops a fronted phrase before cutting the main clause, but not a list or an aside that holds one', () => {
    const fronted = 'In a rare press conference at its headquarters in Cupertino, Apple Inc. announced that it will give owners a free case.';
    expect(without(fronted)).toBe('Apple Inc. announced that it will give owners a free case');
    const list = 'In addition to the iPod Classic, Nano and Shuffle, they have announced the brand new iPod touch, a media player with a touch screen.';
    expect(without(list).startsWith('In addition to the iPod Classic, Nano and Shuffle')).toBe(true);
    expect(without('Jobs announced the suite, which includes the iPhoto, iMovie, and GarageBand programs.')).not.toContain('suite iMovie');
    expect(without('The update adds support for ActiveSync, which Apple has licensed from Microsoft, WPA2 and VPN support.')).toBe(
      'The update adds support for ActiveSync WPA2 and VPN support',
    );
  });
});
