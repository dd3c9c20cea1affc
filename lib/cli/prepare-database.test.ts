import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../nlp/types';
import { prepareDatabase } from './prepare-database';

let dir: string;
let calls: number;
const analyze = (): ArticleAnalysis => {
  calls += 1;
  return { countries: [], topics: [], events: [], timexes: [] };
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-prepare-'));
  fs.mkdirSync(path.join(dir, 'demo'));
  fs.writeFileSync(path.join(dir, 'demo', 'a.jsonl'), '{"text": "One."}\n{"text": "Two."}\n{"text": "Three."}\n');
  fs.writeFileSync(path.join(dir, 'demo', 'README.md'), '# not an article');
  calls = 0;
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('prepareDatabase', () => {
  it('creates the database and ingests the demo corpus only while it is empty', async () => {
    const file = path.join(dir, 'data', 'dateline.db');
    const log: string[] = [];
    expect(await prepareDatabase(file, path.join(dir, 'demo'), (line) => log.push(line), analyze)).toMatchObject({ articles: 3 });
    expect(log.at(-1)).toMatch(/stored 3, duplicates 0, rejected 0/);
    expect(await prepareDatabase(file, path.join(dir, 'demo'), () => {}, analyze)).toEqual({ articles: 3, ingestMs: null });
    expect(calls).toBe(3);
  });

  it('finishes a demo ingest that was stopped midway', async () => {
    const file = path.join(dir, 'dateline.db');
    fs.writeFileSync(path.join(dir, 'demo', 'b.jsonl'), '{"text": "Four."}\n');
    await prepareDatabase(file, path.join(dir, 'demo'), () => {}, analyze);
    // As if the first run had stopped after the first file: its marker is still there.
    fs.writeFileSync(path.join(dir, 'demo', 'c.jsonl'), '{"text": "Five."}\n');
    fs.writeFileSync(`${file}.demo-pending`, '');
    const resumed = await prepareDatabase(file, path.join(dir, 'demo'), () => {}, analyze);
    expect(resumed.articles).toBe(5);
    expect(fs.existsSync(`${file}.demo-pending`)).toBe(false);
  });
});
