import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleAnalysis, ArticleInput } from '../nlp/types';
import { SqliteStore } from '../store/sqlite/store';
import { ingestPaths } from './pipeline';

let dir: string;
let store: SqliteStore;
let analysed: ArticleInput[];

const analyze = (input: ArticleInput): ArticleAnalysis => {
  if (input.text.includes('CRASH')) throw new Error('analyzer failed');
  analysed.push(input);
  return { countries: [], topics: [], events: [], timexes: [] };
};

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-ingest-'));
  store = SqliteStore.open(path.join(dir, 'db', 'test.db'));
  analysed = [];
});

afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ingestPaths', () => {
  it('reads a folder of mixed files, stores each article once and reports what it refused', async () => {
    write('in/a.jsonl', '{"id": "s1", "text": "First story.\\nSecond line.", "published": "2017-05-07"}\n{"text": 1}x\n');
    write('in/b.txt', 'First story.\n\nSecond line.\nSPORT: Another story.');
    write('in/c.csv', 'title,text\nT,"A CSV story."\n');
    write('in/notes.md', 'ignored: not an article format');
    const summary = await ingestPaths(store, [path.join(dir, 'in'), path.join(dir, 'missing.json')], { analyze, published: '2020-01-01' });
    expect(summary.stored).toBe(3);
    expect(summary.duplicates).toBe(1);
    expect(summary.rejected.map((r) => [path.basename(r.file), r.line])).toEqual([['a.jsonl', 2], ['missing.json', null]]);
    expect(await store.countArticles()).toBe(3);
    // The file's own date wins; the option only fills gaps.
    expect((await store.getArticle('s1'))?.published).toBe('2017-05-07');
    expect(analysed.map((a) => a.published)).toEqual(['2017-05-07', '2020-01-01', '2020-01-01']);
  });

  it('analyses and stores each article with its language, the option filling in for files that give none', async () => {
    write('in/a.jsonl', '{"id": "uk", "text": "Signed on 5/7/2017.", "lang": "en-GB"}\n{"id": "plain", "text": "Signed on 6/7/2017."}\n');
    write('in/b.txt', 'Signed on 7/7/2017.');
    const summary = await ingestPaths(store, [path.join(dir, 'in')], { analyze, language: 'en-US' });
    expect(summary).toEqual({ stored: 3, duplicates: 0, rejected: [] });
    expect(analysed.map((a) => [a.text, a.language])).toEqual([
      ['Signed on 5/7/2017.', 'en-GB'], ['Signed on 6/7/2017.', 'en-US'], ['Signed on 7/7/2017.', 'en-US'],
    ]);
    expect((await store.getArticle('uk'))?.language).toBe('en-GB');
  });

  it('skips analysis of articles already stored and reports progress', async () => {
    const file = write('a.json', '[{"text": "One."}, {"text": "Two."}]');
    await ingestPaths(store, [file], { analyze });
    const progress: number[] = [];
    const again = await ingestPaths(store, [file], { analyze, onProgress: (p) => progress.push(p.done / p.total) });
    expect(again).toEqual({ stored: 0, duplicates: 2, rejected: [] });
    expect(analysed).toHaveLength(2);
    expect(progress).toEqual([0.5, 1]);
  });

  it('stores every article once with several analyses at once and batched commits, counting progress to the end', async () => {
    const lines = Array.from({ length: 23 }, (_, i) => JSON.stringify({ text: `Story number ${i % 20}.` }));
    const file = write('many.jsonl', lines.join('\n'));
    const slow = async (input: ArticleInput) => {
      await new Promise((resolve) => setTimeout(resolve, input.text.length % 3));
      return analyze(input);
    };
    const progress: number[] = [];
    const summary = await ingestPaths(store, [file], { analyze: slow, concurrency: 4, batchSize: 5, onProgress: (p) => progress.push(p.done) });
    expect(summary).toEqual({ stored: 20, duplicates: 3, rejected: [] });
    expect(await store.countArticles()).toBe(20);
    expect(progress).toHaveLength(23);
    expect(progress.at(-1)).toBe(23);
  });

  it('rejects an article the analyzer fails on and stores the others', async () => {
    const file = write('a.jsonl', '{"text": "CRASH here."}\n{"text": "Fine."}\n');
    const summary = await ingestPaths(store, [file], { analyze });
    expect(summary.stored).toBe(1);
    expect(summary.rejected).toEqual([{ file, record: 1, line: 1, message: expect.stringMatching(/could not be analysed: analyzer failed/) }]);
  });

  it('refuses the records of a file holding bytes that are not UTF-8, naming the line, and keeps the others', async () => {
    const latin1 = write('old.jsonl', '');
    fs.writeFileSync(latin1, Buffer.concat([Buffer.from('{"text": "Fine story."}\n{"text": "Caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
    const pdf = write('paper.pdf', '%PDF');
    const summary = await ingestPaths(store, [latin1, pdf], { analyze });
    expect(summary.stored).toBe(1);
    expect(summary.rejected.map((r) => [r.file, r.record, r.message])).toEqual([
      [latin1, 2, 'not UTF-8 text: line 2 holds bytes that are not UTF-8 (the first in the file is 0xE9); save the file as UTF-8'],
      [pdf, 0, expect.stringMatching(/unsupported file type/)],
    ]);
  });

  it('reads UTF-16 files that carry a byte order mark', async () => {
    const file = write('wide.txt', '');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich story.', 'utf16le')]));
    await ingestPaths(store, [file], { analyze });
    expect(analysed.map((a) => a.text)).toEqual(['Zürich story.']);
  });
});
