// The in-memory index must answer exactly as the SQL queries do (the PostgreSQL path still uses them):
// random events, random filters, both answers compared.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type EventFilter } from '../../filters/types';
import type { ExtractedEvent, Precision } from '../../nlp/types';
import { SQLITE_DIALECT } from '../sql/dialect';
import { EventReader } from '../sql/read';
import { loadCountryAreas } from './areas';
import { SqliteExecutor } from './executor';
import { SqliteStore } from './store';

const COUNTRIES = ['FR', 'DE', 'TW', 'CN', 'BR', 'US', 'XK'];
const TOPICS = ['politics', 'sport', 'economy, business and finance', 'health'];
const DATES = [null, '1987-02-26', '1987-03-01', '1999-12-31', '2001-03-15', '2001-03-31', '-0044-03-15', '2017-05'];
const SOURCES = [null, 'Reuters', 'Taipei Times'];
const PRECISIONS: Array<Precision | null> = [null, 'day', 'month', 'year'];
const WORDS = ['oil', 'vote', 'prices', 'summit', 'rain'];

let dir: string;
let store: SqliteStore;
let sql: EventReader;
let other: Database.Database;

const pick = <T>(list: readonly T[], n: number) => list[n % list.length];

function randomEvent(seed: number[]): ExtractedEvent {
  const [a, b, c, d, e, f, g] = seed;
  const start = pick(DATES, a);
  const end = start === null ? null : [start, pick(DATES, b)].filter((x): x is string => x !== null).sort().at(-1) ?? null;
  return {
    summary: `${pick(WORDS, c)} ${pick(WORDS, d)}`, evidence: `${pick(WORDS, e)} happened.`, evidenceStart: 0, evidenceEnd: 5,
    timex: { text: 'x', start: 0, end: 1 }, value: start ?? 'XXXX', start, end, precision: pick(PRECISIONS, f),
    salient: g % 3 !== 0, unresolved: start === null,
    countries: COUNTRIES.filter((_, i) => (a + i * b) % 4 === 0), topics: TOPICS.filter((_, i) => (c + i * g) % 3 === 0),
  };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-index-'));
  const file = path.join(dir, 'index.db');
  store = SqliteStore.open(file);
  other = new Database(file);
  loadCountryAreas(other);
  sql = new EventReader(new SqliteExecutor(other), SQLITE_DIALECT);
  const seeds = fc.sample(fc.array(fc.nat(50), { minLength: 7, maxLength: 7 }), { numRuns: 240, seed: 7 });
  for (let i = 0; i < 40; i += 1) {
    await store.putArticle(
      { id: `a${i}`, title: `Story ${pick(WORDS, i)}`, published: null, source: pick(SOURCES, i), url: null, language: null, text: `Story ${i}.` },
      { countries: i % 5 === 0 ? ['JP'] : [], topics: [], timexes: [], events: seeds.slice(i * 6, i * 6 + 6).map(randomEvent) },
    );
  }
});

afterAll(async () => {
  await store.close();
  other.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const filters = fc.record({
  regions: fc.subarray(['150', '030', '019', '142']),
  countries: fc.subarray([...COUNTRIES, 'JP']),
  topics: fc.subarray(TOPICS),
  from: fc.constantFrom(null, '1987-03-01', '2000-01-01', '-0100-01-01'),
  to: fc.constantFrom(null, '1987-02-28', '2001-03-20', '2017-05'),
  q: fc.constantFrom('', 'oil', 'oil prices', '"vote summit"', 'story'),
  sources: fc.subarray(['Reuters', 'Taipei Times', 'Nobody']),
  precisions: fc.subarray(['day', 'month', 'year'] as Precision[]),
}).map((f): EventFilter => ({ ...EMPTY_FILTER, ...f }));

describe('EventIndex', () => {
  it('lists and counts facets exactly as the SQL queries do', async () => {
    await fc.assert(fc.asyncProperty(filters, fc.boolean(), fc.nat(30), async (filter, salientOnly, offset) => {
      const query = { filter, salientOnly, limit: 7, offset };
      const [indexed, queried] = [await store.listEvents(query), await sql.listEvents(query)];
      expect(indexed.total).toBe(queried.total);
      expect(indexed.events.map((e) => e.id)).toEqual(queried.events.map((e) => e.id));
      expect(await store.facets(filter, salientOnly)).toEqual(await sql.facets(filter, salientOnly));
    }), { numRuns: 150 });
  });

  it('leaves out merged events and refreshes their representative, written here or by another connection', async () => {
    const forum = (evidence: string, countries: string[], topics: string[], salient: boolean): ExtractedEvent => ({
      summary: evidence, evidence, evidenceStart: 0, evidenceEnd: evidence.length, timex: { text: 'x', start: 0, end: 1 },
      value: '2001-03-15', start: '2001-03-15', end: '2001-03-15', precision: 'day', salient, unresolved: false, countries, topics,
    });
    const put = (target: SqliteStore, id: string, event: ExtractedEvent) => target.putArticle(
      { id, title: null, published: '2001-03-16', source: 'Merge Wire', url: null, language: null, text: `${id} story.` },
      { countries: [], topics: [], timexes: [], events: [event] });
    const compare = async (filter: EventFilter, salientOnly: boolean) => {
      const query = { filter, salientOnly, limit: 500 };
      expect((await store.listEvents(query)).events.map((e) => e.id)).toEqual((await sql.listEvents(query)).events.map((e) => e.id));
      expect(await store.facets(filter, salientOnly)).toEqual(await sql.facets(filter, salientOnly));
    };
    await put(store, 'm1', forum('The Mekong summit opened in Vientiane with leaders of five riverside nations attending.', ['LA'], ['politics'], false));
    await compare(EMPTY_FILTER, true);
    await put(store, 'm2', forum('The Mekong summit opened in Vientiane, and leaders of five riverside nations attended the opening.', ['TH', 'LA'], ['environment'], true));
    const elsewhere = SqliteStore.open(path.join(dir, 'index.db'));
    await put(elsewhere, 'm3', forum('Leaders of five riverside nations attended the opening of the Mekong summit in Vientiane.', ['VN', 'LA'], ['health'], false));
    await elsewhere.close();
    for (const f of [EMPTY_FILTER, { ...EMPTY_FILTER, countries: ['VN'] }, { ...EMPTY_FILTER, topics: ['environment'] }, { ...EMPTY_FILTER, q: 'Mekong' }]) {
      await compare(f, true);
      await compare(f, false);
    }
    const found = await store.listEvents({ filter: { ...EMPTY_FILTER, countries: ['VN'], topics: ['environment'] } });
    expect(found.events.map((e) => [e.article.id, e.sourceCount])).toEqual([['m1', 3]]);
  });

  it('sees events written by another connection', async () => {
    const before = (await store.listEvents({ filter: EMPTY_FILTER, salientOnly: false })).total;
    other.prepare(`INSERT INTO events (article_id, ordinal, summary, evidence, evidence_start, evidence_end, timex_text, timex_start,
      timex_end, value, start_date, end_date, precision, salient, unresolved) VALUES ('a0', 99, 's', 'e', 0, 1, 't', 0, 1, 'v', NULL, NULL, NULL, 0, 1)`).run();
    expect((await store.listEvents({ filter: EMPTY_FILTER, salientOnly: false })).total).toBe(before + 1);
  });
});
