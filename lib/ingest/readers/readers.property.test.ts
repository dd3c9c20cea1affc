// Hostile and random input: no reader throws, every article has text, every refusal says where.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../types';
import { readCsv } from './csv';
import { readFeed } from './feed';
import { readHtml } from './html';
import { readJson, readJsonLines } from './json';
import { readReutersSgml } from './reuters-sgml';
import { readText } from './text';

const READERS = { readText, readJson, readJsonLines, readCsv, readHtml, readFeed, readReutersSgml };

// Strings built from the characters that matter to these formats, so structure shows up often.
const structured = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', ':', ',', '"', '\n', '\r', '\f', '{', '}', '[', ']', '-', '=', 'text', 'TEXT: ', '\uFEFF', 'é',
    '<rss>', '<item>', '</item>', '<entry>', '<title>', '</title>', '<![CDATA[', ']]>', '&amp;', '&#3;', '<p>', '<script>',
    '<REUTERS NEWID="1">', '</REUTERS>', '<BODY>', '</BODY>', '<DATE>', '26-FEB-1987', 'Reuter',
    '<html lang="', '<language>', '</language>', ' xml:lang="', 'en-GB', 'en_GB'),
  maxLength: 80,
});

function wellFormed(result: ReadResult, file: string): void {
  for (const { article, record } of result.articles) {
    expect(article.text.trim()).not.toBe('');
    expect(record).toBeGreaterThan(0);
  }
  for (const rejection of result.rejected) {
    expect(rejection.file).toBe(file);
    expect(rejection.message).not.toBe('');
  }
}

describe.each(Object.entries(READERS))('%s on arbitrary input', (_name, read) => {
  it('never throws and returns only articles with text', () => {
    fc.assert(fc.property(fc.oneof(structured, fc.string()), (content) => wellFormed(read(content, 'in.x', {}), 'in.x')), { numRuns: 300 });
  });
});

describe('readJsonLines on arbitrary records', () => {
  it('stores every record whose text is a non-blank string and refuses the others', () => {
    fc.assert(fc.property(fc.array(fc.dictionary(fc.constantFrom('text', 'title', 'id', 'url', 'date', 'lang'), fc.jsonValue()), { maxLength: 6 }), (records) => {
      const result = readJsonLines(records.map((r) => JSON.stringify(r)).join('\n'), 'in.jsonl');
      expect(result.articles.length + result.rejected.length).toBe(records.length);
      wellFormed(result, 'in.jsonl');
    }));
  });
});
