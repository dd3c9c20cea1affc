// Benchmark data for bench:ui: databases of N events made from the demo corpus, re-dated and re-placed. The demo
// is ingested once into a template (the real pipeline); its articles are then copied with every date shifted by a
// seeded random number of days across ten years and their countries swapped for others, straight through the store.
import fs from 'node:fs';
import path from 'node:path';
import { isoDayFromNumber, isoDayNumber } from '@/lib/filters/dates';
import { EMPTY_FILTER } from '@/lib/filters/types';
import { prepareDatabase } from '@/lib/cli/prepare-database';
import type { ExtractedEvent } from '@/lib/nlp/types';
import { SqliteStore } from '@/lib/store/sqlite/store';
import type { AnalysedArticle, ArticleDetail } from '@/lib/store/types';

const SPREAD_DAYS = 3650;
const BATCH = 400;

/** A small seeded generator (mulberry32), so every run builds the same database. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const shift = (date: string | null, days: number) => {
  const day = date ? isoDayNumber(date) : null;
  return day === null ? date : isoDayFromNumber(day + days);
};

async function templateArticles(dir: string, demoDir: string): Promise<ArticleDetail[]> {
  const file = path.join(dir, 'template.db');
  await prepareDatabase(file, demoDir, () => {});
  const store = SqliteStore.open(file);
  try {
    const { events } = await store.listEvents({ filter: EMPTY_FILTER, salientOnly: false, limit: 10_000 });
    const ids = [...new Set(events.map((e) => e.article.id))];
    const articles = await Promise.all(ids.map((id) => store.getArticle(id)));
    return articles.filter((a): a is ArticleDetail => a !== null && a.events.some((e) => e.start !== null));
  } finally {
    await store.close();
  }
}

function copyOf(article: ArticleDetail, copy: number, next: () => number, countries: string[], room: number): AnalysedArticle {
  const days = Math.round((next() - 0.5) * SPREAD_DAYS);
  const swap = new Map(article.countries.map((cc) => [cc, countries[Math.floor(next() * countries.length)]]));
  const place = (list: string[]) => [...new Set(list.map((cc) => swap.get(cc) ?? cc))];
  const events: ExtractedEvent[] = article.events.slice(0, room).map((event) => ({
    summary: event.summary, evidence: event.evidence, evidenceStart: event.evidenceStart, evidenceEnd: event.evidenceEnd,
    timex: event.timex, value: shift(event.start, days) ?? event.value, start: shift(event.start, days), end: shift(event.end, days),
    precision: event.precision, salient: true, unresolved: event.unresolved, countries: place(event.countries), topics: event.topics,
  }));
  return {
    article: {
      id: `${article.id}~${copy}`, title: article.title, published: shift(article.published, days), source: article.source,
      url: null, language: null, text: `${article.text}\n\n(benchmark copy ${copy})`,
    },
    analysis: { countries: place(article.countries), topics: article.topics, events, timexes: [] },
  };
}

/** The path of a database with `size` dated events, building it (and the template) when missing. */
export async function benchDatabase(size: number, dir: string, demoDir: string, log: (line: string) => void): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `events-${size}.db`);
  if (fs.existsSync(file) && !fs.existsSync(`${file}.partial`)) return file;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  fs.writeFileSync(`${file}.partial`, '');
  const templates = await templateArticles(dir, demoDir);
  const countries = [...new Set(templates.flatMap((a) => a.countries))];
  const next = random(size);
  const store = SqliteStore.open(file);
  const started = performance.now();
  try {
    let written = 0;
    for (let copy = 0; written < size; copy++) {
      const batch: AnalysedArticle[] = [];
      for (const template of templates) {
        if (written >= size) break;
        const item = copyOf(template, copy, next, countries, size - written);
        written += item.analysis.events.length;
        batch.push(item);
        if (batch.length === BATCH) await store.putArticles(batch.splice(0));
      }
      if (batch.length > 0) await store.putArticles(batch);
    }
  } finally {
    await store.close();
  }
  fs.rmSync(`${file}.partial`);
  log(`built ${file}: ${size} events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return file;
}
