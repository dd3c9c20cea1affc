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

  it('skips analysis of articles already stored and reports progress', async () => {
    const file = write('a.json', '[{"text": "One."}, {"text": "Two."}]');
    await ingestPaths(store, [file], { analyze });
    const progress: number[] = [];
    const again = await ingestPaths(store, [file], { analyze, onProgress: (p) => progress.push(p.done / p.total) });
    expect(again).toEqual({ stored: 0, duplicates: 2, rejected: [] });
    expect(analysed).toHaveLength(2);
    expect(progress).toEqual([0.5, 1]);
  });

  it('rejects an article the analyzer fails on and stores the others', async () => {
    const file = write('a.jsonl', '{"text": "CRASH here."}\n{"text": "Fine."}\n');
    const summary = await ingestPaths(store, [file], { analyze });
    expect(summary.stored).toBe(1);
    expect(summary.rejected).toEqual([{ file, record: 1, line: 1, message: expect.stringMatching(/analyzer failed/) }]);
  });

  it('refuses a file that is not UTF-8 or of an unknown type, by name', async () => {
    const latin1 = write('old.txt', '');
    fs.writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    const pdf = write('paper.pdf', '%PDF');
    const summary = await ingestPaths(store, [latin1, pdf], { analyze });
    expect(summary.rejected.map((r) => [r.file, r.message])).toEqual([
      [latin1, 'not UTF-8 text'],
      [pdf, expect.stringMatching(/unsupported file type/)],
    ]);
  });
});
