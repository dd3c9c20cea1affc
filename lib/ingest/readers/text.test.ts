import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from './text';

const texts = (content: string) => readText(content, 'in.txt').articles.map((a) => a.article.text);

describe('readText', () => {
  it('starts a new article at each upper-case kicker line, with no blank line between articles', () => {
    const content = [
      'Paris officials said on Friday that the vote would go ahead.',
      'The count begins tonight.',
      'CHIP WAR: New controls cut access to chips Taiwan has blacklisted Huawei.',
      'CROSS-STRAIT: The MAC barred officials.',
      'A second paragraph of the same story.',
    ].join('\n');
    expect(texts(content)).toEqual([
      'Paris officials said on Friday that the vote would go ahead.\nThe count begins tonight.',
      'CHIP WAR: New controls cut access to chips Taiwan has blacklisted Huawei.',
      'CROSS-STRAIT: The MAC barred officials.\nA second paragraph of the same story.',
    ]);
  });

  it('keeps blank-line paragraphs in one article and splits at separator lines and form feeds', () => {
    const content = 'First story.\n\nIts second paragraph.\n---\nSecond story.\r\n\r\n===\n\nThird story.\fFourth story.\n';
    expect(texts(content)).toEqual(['First story.\n\nIts second paragraph.', 'Second story.', 'Third story.', 'Fourth story.']);
  });

  it('does not take a sentence with a colon or a short label for a kicker', () => {
    expect(texts('Note: this is one story.\nQ: and this line continues it.\nTimes: 9 am')).toHaveLength(1);
  });

  it('gives each article its first line, no date or language unless one is given, and no title', () => {
    const { articles } = readText('\n\nOne.\nTWO: Two.', 'in.txt', { published: '2020-02-29', language: 'en-GB' });
    expect(articles.map(({ line, record }) => ({ line, record }))).toEqual([{ line: 3, record: 1 }, { line: 4, record: 2 }]);
    expect(articles[0].article).toMatchObject({ published: '2020-02-29', language: 'en-GB', title: null, id: null });
    expect(readText('One.', 'in.txt').articles[0].article).toMatchObject({ published: null, language: null });
  });

  it('splits the seed articles run together as plain text into exactly the five stories', () => {
    const seed = fs.readFileSync(new URL('../../../demo/seed-articles.jsonl', import.meta.url), 'utf8')
      .trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text);
    expect(texts(seed.join('\n'))).toEqual(seed);
  });
});
