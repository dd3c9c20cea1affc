// The installed command end to end: the launcher, argument handling, output format and exit codes.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const launcher = path.resolve('bin/dateline.mjs');
let dir: string;

async function dateline(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [launcher, ...args], { cwd: dir, env: { ...process.env, DATELINE_DB: 'db/dateline.db' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-cli-'));
  fs.writeFileSync(path.join(dir, 'news.jsonl'), [
    JSON.stringify({ id: 'n1', title: 'Vote', published: '2017-05-07', text: 'Voters in France went to the polls yesterday in a runoff election.' }),
    '{"text": broken',
    JSON.stringify({ text: 'The summit will open in Tokyo on June 15.' }),
  ].join('\n'));
  fs.writeFileSync(path.join(dir, 'numeric.jsonl'), [
    JSON.stringify({ id: 'uk', published: '2017-08-01', text: 'The treaty was signed in London on 5/7/2017.' }),
    JSON.stringify({ id: 'us', published: '2017-08-01', language: 'en-US', text: 'The treaty was signed in Washington on 5/7/2017.' }),
  ].join('\n'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('dateline', { timeout: 60_000 }, () => {
  it('extract prints one JSON object per article and names the bad record on stderr', async () => {
    const { code, stdout, stderr } = await dateline('extract', '--published', '2025-06-01', 'news.jsonl');
    expect(code).toBe(1);
    expect(stderr).toMatch(/news\.jsonl:2 \(record 2\): not valid JSON/);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.id, l.published])).toEqual([['n1', '2017-05-07'], [expect.stringMatching(/^[0-9a-f]{16}$/), '2025-06-01']]);
    expect(Object.keys(lines[0])).toEqual(['id', 'title', 'published', 'source', 'url', 'language', 'countries', 'topics', 'events', 'timexes']);
    const start = 'Voters in France went to the polls '.length;
    expect(lines[0].timexes).toContainEqual({ text: 'yesterday', start, end: start + 9, type: 'DATE', value: '2017-05-06' });
  });

  it('extract --language reads numeric dates for articles that give no language, never over one they give', async () => {
    const { code, stdout } = await dateline('extract', '--language', 'en-gb', 'numeric.jsonl');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.id, l.language, l.timexes.find((t: { text: string }) => t.text === '5/7/2017')?.value])).toEqual([
      ['uk', 'en-GB', '2017-07-05'],
      ['us', 'en-US', '2017-05-07'],
    ]);
    const bad = await dateline('extract', '--language', 'en_GB', 'numeric.jsonl');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--language: "en_GB" is not a BCP 47 language tag/);
    expect(bad.stdout).toBe('');
  });

  it('ingest stores into DATELINE_DB once and reports duplicates on the second run', async () => {
    const first = await dateline('ingest', 'news.jsonl');
    expect(first.stdout).toBe('stored 2, duplicates 0, rejected 1\n');
    expect(fs.existsSync(path.join(dir, 'db', 'dateline.db'))).toBe(true);
    const second = await dateline('ingest', 'news.jsonl');
    expect(second.stdout).toBe('stored 0, duplicates 2, rejected 1\n');
  });

  it('fails with a message and no output for a missing file', async () => {
    const { code, stdout, stderr } = await dateline('extract', 'nowhere.csv');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/nowhere\.csv: no such file or folder/);
  });
});
