import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';

describe('readCsv', () => {
  it('reads quoted multi-line fields and picks columns by name', () => {
    const content = 'URL,Date,Headline,Body\n"https://x.test/1",2019-01-04,"Title, with comma","Line one\n\nLine ""two"""\nhttps://www.x.test/2,2019-01-05,Plain,Second\n';
    const { articles, rejected } = readCsv(content, 'f.csv');
    expect(rejected).toEqual([]);
    expect(articles.map((a) => ({ ...a.article, line: a.line, record: a.record }))).toEqual([
      { id: null, url: 'https://x.test/1', published: '2019-01-04', title: 'Title, with comma', source: 'x.test', language: null, text: 'Line one\n\nLine "two"', line: 2, record: 1 },
      { id: null, url: 'https://www.x.test/2', published: '2019-01-05', title: 'Plain', source: 'x.test', language: null, text: 'Second', line: 5, record: 2 },
    ]);
  });

  it('reads a language column as a canonical BCP 47 tag and refuses a value that is none, naming the column', () => {
    const { articles, rejected } = readCsv('text,Locale\nOne.,en-gb\nTwo.,\nThree.,en_GB\n', 'f.csv', { language: 'fr' });
    expect(articles.map((a) => [a.article.text, a.article.language])).toEqual([['One.', 'en-GB'], ['Two.', 'fr']]);
    expect(rejected).toEqual([{ file: 'f.csv', record: 3, line: 4, message: 'Locale: "en_GB" is not a BCP 47 language tag (expected e.g. en-GB)' }]);
  });

  it('refuses broken and invalid records with their line and keeps the good ones', () => {
    const content = 'id,text,date\n1,"ok one",2020-01-01\n2,"bad"x,2020-01-01\n3,,2020-01-01\n4,"ok four",someday\n';
    const { articles, rejected } = readCsv(content, 'f.csv');
    expect(articles.map((a) => a.article.id)).toEqual(['1']);
    expect(rejected.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(rejected.map((r) => r.message)).toEqual([
      expect.stringMatching(/Invalid Closing Quote/),
      expect.stringMatching(/no article text/),
      expect.stringMatching(/date: "someday" is not a date/),
    ]);
  });

  it('rejects a file without a text column once, naming the columns it looked for', () => {
    const { articles, rejected } = readCsv('title,date\nA,2020-01-01\n', 'f.csv');
    expect(articles).toEqual([]);
    expect(rejected).toEqual([{ file: 'f.csv', record: 0, line: 1, message: expect.stringMatching(/no text column.*text, body, content/) }]);
  });

  it('reports a quote left open at the end of the file', () => {
    const { articles, rejected } = readCsv('text\n"fine"\n"never closed\n', 'f.csv');
    expect(articles.map((a) => a.article.text)).toEqual(['fine']);
    expect(rejected[0].message).toMatch(/Quote Not Closed/);
  });
});
