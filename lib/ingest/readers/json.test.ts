import { describe, expect, it } from 'vitest';
import { readJson, readJsonLines } from './json';

describe('readJsonLines', () => {
  it('reads each line as an article and refuses bad lines by number, keeping the rest', () => {
    const content = [
      '{"id": "a", "text": "Alpha.", "title": "A", "published": "2017-05-07", "source": "Wire", "url": "https://x.test/a"}',
      '',
      '{"text": "Beta.", "published": "2017-05-07T23:30:00+08:00"}',
      '{"text": ',
      '{"title": "no text"}',
      '{"text": "Gamma.", "published": "2017-02-30"}',
      '["a list"]',
      '{"text": "Delta.", "url": "javascript:alert(1)"}',
    ].join('\n');
    const { articles, rejected } = readJsonLines(content, 'f.jsonl');
    expect(articles.map((a) => a.article)).toEqual([
      { id: 'a', text: 'Alpha.', title: 'A', published: '2017-05-07', source: 'Wire', url: 'https://x.test/a', language: null },
      { id: null, text: 'Beta.', title: null, published: '2017-05-07', source: null, url: null, language: null },
    ]);
    expect(rejected.map(({ line, record }) => `${line}/${record}`)).toEqual(['4/3', '5/4', '6/5', '7/6', '8/7']);
    expect(rejected[0].message).toMatch(/not valid JSON/);
    expect(rejected[1].message).toMatch(/no article text/);
    expect(rejected[2].message).toMatch(/published: "2017-02-30" is not a date/);
    expect(rejected[4].message).toMatch(/not an http\(s\) URL/);
  });

  it('fills a missing date from the option but never overrides a given one', () => {
    const content = '{"text": "A."}\n{"text": "B.", "date": "2001-09-11"}';
    const { articles } = readJsonLines(content, 'f.jsonl', { published: '2020-01-01' });
    expect(articles.map((a) => a.article.published)).toEqual(['2020-01-01', '2001-09-11']);
  });

  it('reads the language under any of its names, canonical, the option filling a missing one', () => {
    const content = '{"text": "A.", "language": "en-GB"}\n{"text": "B.", "LANG": "FR-ca"}\n{"text": "C.", "locale": "de"}\n{"text": "D."}';
    const { articles } = readJsonLines(content, 'f.jsonl', { language: 'en-AU' });
    expect(articles.map((a) => a.article.language)).toEqual(['en-GB', 'fr-CA', 'de', 'en-AU']);
  });

  it('refuses a language that is not a BCP 47 tag, or not text, naming the field', () => {
    const { articles, rejected } = readJsonLines('{"text": "A.", "lang": "English (UK)"}\n{"text": "B.", "language": ["en"]}', 'f.jsonl');
    expect(articles).toEqual([]);
    expect(rejected.map((r) => r.message)).toEqual([
      'lang: "English (UK)" is not a BCP 47 language tag (expected e.g. en-GB)',
      'language: expected text, got a list',
    ]);
  });
});

describe('readJson', () => {
  it('reads an array of articles or one object, with field names in any case', () => {
    expect(readJson('[{"Body": "One."}, {"TEXT": "Two.", "Headline": "T"}]', 'f.json').articles.map((a) => a.article.text)).toEqual(['One.', 'Two.']);
    expect(readJson('{"content": "Solo.", "id": 7}', 'f.json').articles[0].article).toMatchObject({ id: '7', text: 'Solo.' });
  });

  it('names the line of a syntax error and the record of a bad element', () => {
    const broken = readJson('[\n{"text": "a"},\n{"text" "b"}\n]', 'f.json');
    expect(broken.articles).toEqual([]);
    expect(broken.rejected[0]).toMatchObject({ file: 'f.json', line: 3 });
    expect(readJson('[{"text": "ok"}, 5, {"text": ["x"]}]', 'f.json').rejected.map((r) => [r.record, r.message])).toEqual([
      [2, 'expected an article object, got number'],
      [3, 'text: expected text, got a list'],
    ]);
  });
});
