// What migration 8 (articles.language) must keep true on either database, checked by both stores' migration tests:
// an article stored before it (id 'old', text OLD_TEXT) has no language and its text is still a duplicate; a new
// article keeps the language it is given.
import { expect } from 'vitest';
import { derivedArticleId } from './content-hash';
import type { Store } from './types';

export const OLD_TEXT = 'Signed on 5/7/2017.';

const empty = { countries: [], topics: [], events: [], timexes: [] };
const record = (text: string, language: string | null) => ({ title: null, published: '2017-08-01', source: null, url: null, language, text });

export async function expectLanguageMigrated(store: Store): Promise<void> {
  expect(await store.putArticle(record(OLD_TEXT, 'en-GB'), empty)).toEqual({ status: 'duplicate', id: 'old' });
  expect((await store.putArticle(record('Signed on 6/7/2017.', 'en-GB'), empty)).status).toBe('stored');
  expect((await store.getArticle('old'))?.language).toBeNull();
  expect((await store.getArticle(derivedArticleId('Signed on 6/7/2017.')))?.language).toBe('en-GB');
}
