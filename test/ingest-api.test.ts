// The ingest endpoints as the "Add articles" page uses them: preview, store with streamed progress,
// limits (413), the write token (401), and cancelling.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { POST as preview } from '@/app/api/ingest/preview/route';
import { POST as storeRoute } from '@/app/api/ingest/route';
import { MAX_ARTICLE_CHARS, MAX_UPLOAD_BYTES } from '@/lib/ingest/limits';
import { closeStore, getStore } from '@/lib/store';

let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-api-'));
  process.env.DATELINE_DB = path.join(dir, 'api.db');
  delete process.env.DATABASE_URL;
  await closeStore();
});

afterEach(() => {
  delete process.env.DATELINE_WRITE_TOKEN;
});

afterAll(async () => {
  await closeStore();
  fs.rmSync(dir, { recursive: true, force: true });
});

function form(parts: { files?: Array<[string, string | Uint8Array<ArrayBuffer>]>; text?: string; published?: string; language?: string }): FormData {
  const data = new FormData();
  for (const [name, content] of parts.files ?? []) data.append('files', new File([content], name));
  if (parts.text !== undefined) data.set('text', parts.text);
  if (parts.published !== undefined) data.set('published', parts.published);
  if (parts.language !== undefined) data.set('language', parts.language);
  return data;
}

const post = (url: string, body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${url}`, { method: 'POST', body, headers });

async function lines(response: Response): Promise<Array<Record<string, unknown>>> {
  return (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('POST /api/ingest/preview', () => {
  it('lists the articles of files and pasted text with their dates, and refusals by file and record', async () => {
    const rss = '<rss><channel><title>Wire</title><item><title>A</title><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate><description>Ferries stopped.</description></item></channel></rss>';
    const csv = 'title,date\nNo text column,2020-01-01\n';
    const response = await preview(post('/api/ingest/preview', form({
      files: [['feed.xml', rss], ['bad.csv', csv], ['notes.pdf', '%PDF']],
      text: 'Voters went to the polls yesterday.\n---\nSPORT: The final was played on <b>Sunday</b> <script>alert(1)</script>.',
    })));
    expect(response.status).toBe(200);
    const body = await response.json() as { articles: Array<{ file: string; title: string | null; published: string | null; text: string }>; rejected: Array<{ file: string; message: string }> };
    expect(body.articles.map((a) => [a.file, a.published])).toEqual([['feed.xml', '2003-06-10'], ['pasted text', null], ['pasted text', null]]);
    // Pasted text stays text: markup is kept as the characters typed, to be shown as such.
    expect(body.articles[2].text).toContain('<script>alert(1)</script>');
    expect(body.rejected.map((r) => [r.file, r.message.slice(0, 25)])).toEqual([
      ['bad.csv', 'no text column (expected '],
      ['notes.pdf', 'unsupported file type (ex'],
    ]);
  });

  it('answers 413 for an upload over the limit and for an over-long article names it', async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 10).fill(65);
    const tooBig = await preview(post('/api/ingest/preview', form({ files: [['big.txt', big]] })));
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json() as { error: { message: string } }).error.message).toMatch(/10\.1 MiB; at most 10\.0 MiB/);
    const long = await preview(post('/api/ingest/preview', form({ text: 'x'.repeat(MAX_ARTICLE_CHARS + 1) })));
    expect((await long.json() as { rejected: Array<{ message: string }> }).rejected[0].message).toMatch(/at most 100000 are accepted/);
  });

  it('refuses a bad published date or language and an empty upload with 400', async () => {
    expect((await preview(post('/api/ingest/preview', form({ text: 'A story.', published: '2023-02-30' })))).status).toBe(400);
    const badLanguage = await preview(post('/api/ingest/preview', form({ text: 'A story.', language: 'en_GB' })));
    expect(badLanguage.status).toBe(400);
    expect(await badLanguage.json()).toEqual({ error: { param: 'language', message: '"en_GB" is not a BCP 47 language tag (expected e.g. en-GB)' } });
    expect((await preview(post('/api/ingest/preview', form({ text: '  ' })))).status).toBe(400);
  });
});

describe('POST /api/ingest', () => {
  const articles = (n: number, extra = '') => ({
    articles: Array.from({ length: n }, (_, i) => ({
      title: `Story ${i}${extra}`, published: '2019-03-0' + (1 + (i % 9)), source: 'Test', url: null,
      text: `Officials in Paris said on Monday that plan ${i}${extra} would start next month.`,
    })),
  });

  it('streams progress, stores each article once, and reports duplicates on a second run', async () => {
    const first = await lines(await storeRoute(post('/api/ingest', JSON.stringify(articles(3)), { 'content-type': 'application/json' })));
    expect(first.filter((l) => l.type === 'progress').map((l) => l.done)).toEqual([1, 2, 3]);
    expect(first.at(-1)).toMatchObject({ type: 'done', stored: 3, duplicates: 0, rejected: [] });
    const again = await lines(await storeRoute(post('/api/ingest', JSON.stringify(articles(3)))));
    expect(again.at(-1)).toMatchObject({ type: 'done', stored: 0, duplicates: 3 });
  });

  it('stores the language each previewed article has, its own or the form default', async () => {
    const jsonl = '{"id": "lang-own", "lang": "fr", "text": "Le traité a été signé le 5/7/2017."}\n{"id": "lang-default", "text": "Signed on 5/7/2017."}';
    const found = await (await preview(post('/api/ingest/preview', form({ files: [['a.jsonl', jsonl]], language: 'en-gb' })))).json() as { articles: unknown[] };
    const done = await lines(await storeRoute(post('/api/ingest', JSON.stringify({ articles: found.articles }))));
    expect(done.at(-1)).toMatchObject({ type: 'done', stored: 2 });
    expect((await getStore().getArticle('lang-own'))?.language).toBe('fr');
    expect((await getStore().getArticle('lang-default'))?.language).toBe('en-GB');
    const bad = articles(1);
    const response = await storeRoute(post('/api/ingest', JSON.stringify({ articles: [{ ...bad.articles[0], language: 'en_GB' }] })));
    expect(await response.json()).toEqual({ error: { param: 'articles.0.language', message: 'not a BCP 47 language tag (expected e.g. en-GB)' } });
  });

  it('validates every field and the limits before storing anything', async () => {
    const before = await getStore().countArticles();
    const bad = articles(2);
    bad.articles[1].published = 'yesterday';
    const response = await storeRoute(post('/api/ingest', JSON.stringify(bad)));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { param: 'articles.1.published', message: 'not a date (expected YYYY-MM-DD)' } });
    const long = articles(1);
    long.articles[0].text = 'y'.repeat(MAX_ARTICLE_CHARS + 1);
    expect((await storeRoute(post('/api/ingest', JSON.stringify(long)))).status).toBe(413);
    expect((await storeRoute(post('/api/ingest', '{"articles": ['))).status).toBe(400);
    expect(await getStore().countArticles()).toBe(before);
  });

  it('stops when cancelled, keeping only whole articles', async () => {
    const cancel = new AbortController();
    const request = new Request('http://localhost/api/ingest', { method: 'POST', body: JSON.stringify(articles(40, ' (cancelled run)')), signal: cancel.signal });
    const response = await storeRoute(request);
    const reader = response.body!.getReader();
    await reader.read();
    cancel.abort();
    await reader.cancel();
    const stored = (await getStore().listEvents({ filter: { regions: [], countries: [], topics: [], from: null, to: null, q: 'cancelled' }, salientOnly: false })).events;
    const storedArticles = new Set(stored.map((e) => e.article.id));
    expect(storedArticles.size).toBeLessThan(40);
    for (const id of storedArticles) expect((await getStore().getArticle(id))?.events.length).toBeGreaterThan(0);
  });
});

describe('DATELINE_WRITE_TOKEN', () => {
  it('makes the ingest endpoints answer 401 without the token and accept it as a bearer token', async () => {
    process.env.DATELINE_WRITE_TOKEN = 's3cret';
    const body = () => form({ text: 'A story for the token test.' });
    expect((await preview(post('/api/ingest/preview', body()))).status).toBe(401);
    expect((await preview(post('/api/ingest/preview', body(), { authorization: 'Bearer wrong' }))).status).toBe(401);
    expect((await storeRoute(post('/api/ingest', '{}'))).status).toBe(401);
    expect((await preview(post('/api/ingest/preview', body(), { authorization: 'Bearer s3cret' }))).status).toBe(200);
    expect((await preview(post('/api/ingest/preview', body(), { 'x-dateline-token': 's3cret' }))).status).toBe(200);
  });
});
