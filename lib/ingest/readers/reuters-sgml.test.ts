import { describe, expect, it } from 'vitest';
import { readReutersSgml } from './reuters-sgml';

const story = (newId: number, date: string, inner: string) => `<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5${newId}" NEWID="${newId}">
<DATE>${date}</DATE>
<TOPICS><D>grain</D></TOPICS>
<UNKNOWN>&#5;&#5;&#5;C T
&#22;&#22;&#1;f0704&#31;reute</UNKNOWN>
<TEXT>&#2;
${inner}</TEXT>
</REUTERS>
`;

const file = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
${story(1, '26-FEB-1987 15:01:01.79', `<TITLE>BAHIA COCOA REVIEW</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week
in the Bahia cocoa zone &lt;CCZ&gt; &amp; nearby.
 Reuter
&#3;</BODY>`)}${story(2, '26-FEB-1987 15:02:20.00', `<TITLE>U.S. GRAIN BRIEF</TITLE>
&#3;`)}${story(3, '31-FEB-1987 15:03:00.00', '<TITLE>X</TITLE><BODY>Body.</BODY>')}${story(4, '27-FEB-1987', '<BODY></BODY>').replace('<TEXT>&#2;\n', '<TEXT>')}<REUTERS NEWID="5">
<DATE>27-FEB-1987 10:00:00.00</DATE><TEXT><BODY>Cut off`;

describe('readReutersSgml', () => {
  it('reads id, title, date and the dateline plus body, without sign-off or control characters', () => {
    const { articles } = readReutersSgml(file, 'reut2-000.sgm');
    expect(articles.map((a) => ({ ...a.article, record: a.record, line: a.line }))).toEqual([
      { id: 'reuters-1', title: 'BAHIA COCOA REVIEW', published: '1987-02-26', source: 'Reuters', url: null, language: null, record: 1, line: 2,
        text: 'SALVADOR, Feb 26 - Showers continued throughout the week\nin the Bahia cocoa zone <CCZ> & nearby.' },
      { id: 'reuters-2', title: 'U.S. GRAIN BRIEF', published: '1987-02-26', source: 'Reuters', url: null, language: null, record: 2, line: 14, text: 'U.S. GRAIN BRIEF' },
    ]);
  });

  it('refuses an impossible date, a record without text and a truncated record, each with its line', () => {
    const { rejected } = readReutersSgml(file, 'reut2-000.sgm');
    expect(rejected.map((r) => [r.record, r.line, r.message])).toEqual([
      [3, 23, 'DATE: "31-FEB-1987 15:03:00.00" is not a date (expected DD-MON-YYYY)'],
      [4, 31, 'no article text (no <BODY>, <TITLE> or <TEXT>)'],
      [5, 38, 'truncated: <REUTERS> is not closed'],
    ]);
  });

  it('says so when a file holds no Reuters records', () => {
    expect(readReutersSgml('<html></html>', 'x.sgm').rejected[0].message).toMatch(/no <REUTERS> records/);
  });
});
