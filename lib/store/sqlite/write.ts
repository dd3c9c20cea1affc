// Writing articles with their analysis: every row of an article in one IMMEDIATE transaction (or savepoint
// of a batch's transaction), so a crash leaves either the whole article or nothing, and two writers never
// race on the duplicate check.
import type Database from 'better-sqlite3';
import type { ArticleAnalysis, ExtractedEvent } from '../../nlp/types';
import { contentHash, derivedArticleId } from '../content-hash';
import type { AnalysedArticle, ArticleRecord, BatchPutResult, PutResult } from '../types';
import type { WrittenEvent } from '../merge-on-write';
import { EventMerger } from './merge';

export class ArticleWriter {
  private readonly findByIdOrHash: Database.Statement;
  private readonly insertArticle: Database.Statement;
  private readonly insertArticleFts: Database.Statement;
  private readonly insertArticleCountry: Database.Statement;
  private readonly insertArticleTopic: Database.Statement;
  private readonly insertTimex: Database.Statement;
  private readonly insertEvent: Database.Statement;
  private readonly insertEventFts: Database.Statement;
  private readonly insertEventCountry: Database.Statement;
  private readonly insertEventTopic: Database.Statement;
  private readonly merger: EventMerger;
  private readonly put: Database.Transaction<(article: ArticleRecord, analysis: ArticleAnalysis) => PutResult>;
  private readonly putMany: Database.Transaction<(items: readonly AnalysedArticle[]) => PutResult[]>;

  constructor(private readonly db: Database.Database) {
    this.findByIdOrHash = db.prepare('SELECT id FROM articles WHERE id = ? OR content_hash = ? LIMIT 1').pluck();
    this.insertArticle = db.prepare(`INSERT INTO articles (id, content_hash, title, published, source, url, language, text, ingested_at)
      VALUES (@id, @hash, @title, @published, @source, @url, @language, @text, @ingestedAt)`);
    this.insertArticleFts = db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
    this.insertArticleCountry = db.prepare('INSERT OR IGNORE INTO article_countries (article_id, country, ordinal) VALUES (?, ?, ?)');
    this.insertArticleTopic = db.prepare('INSERT OR IGNORE INTO article_topics (article_id, topic, ordinal) VALUES (?, ?, ?)');
    this.insertTimex = db.prepare(`INSERT INTO timexes (article_id, ordinal, text, start_offset, end_offset, type, value, mod,
      interval_start, interval_end, precision, unresolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertEvent = db.prepare(`INSERT INTO events (article_id, ordinal, summary, evidence, evidence_start, evidence_end,
      timex_text, timex_start, timex_end, value, start_date, end_date, precision, salient, unresolved)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertEventFts = db.prepare('INSERT INTO events_fts (rowid, summary, evidence, title) VALUES (?, ?, ?, ?)');
    this.insertEventCountry = db.prepare('INSERT OR IGNORE INTO event_countries (event_id, country, ordinal) VALUES (?, ?, ?)');
    this.insertEventTopic = db.prepare('INSERT OR IGNORE INTO event_topics (event_id, topic, ordinal) VALUES (?, ?, ?)');
    this.merger = new EventMerger(db);
    this.put = db.transaction((article, analysis) => this.write(article, analysis));
    this.putMany = db.transaction((items) => items.map(({ article, analysis }) => this.write(article, analysis)));
  }

  /** The id of a stored copy of this article (same id, or same normalized text), or null. */
  findStored(article: ArticleRecord): string | null {
    const id = article.id ?? derivedArticleId(article.text);
    return (this.findByIdOrHash.get(id, contentHash(article.text)) as string | undefined) ?? null;
  }

  putArticle(article: ArticleRecord, analysis: ArticleAnalysis): PutResult {
    try {
      return this.put.immediate(article, analysis);
    } catch (error) {
      this.merger.forget();
      throw error;
    }
  }

  /**
   * One commit for the whole batch: most of the speed of a large ingest. Should an article fail (which the
   * schema makes rare), the batch is rolled back and written article by article, so only that one is lost.
   */
  putArticles(items: readonly AnalysedArticle[]): BatchPutResult[] {
    try {
      return this.putMany.immediate(items);
    } catch {
      this.merger.forget();
      return items.map(({ article, analysis }) => {
        try {
          return this.putArticle(article, analysis);
        } catch (error) {
          return { status: 'failed', message: (error as Error).message };
        }
      });
    }
  }

  private write(article: ArticleRecord, analysis: ArticleAnalysis): PutResult {
    const existing = this.findStored(article);
    if (existing) return { status: 'duplicate', id: existing };
    const id = article.id ?? derivedArticleId(article.text);
    const { lastInsertRowid } = this.insertArticle.run({
      id,
      hash: contentHash(article.text),
      title: article.title,
      published: article.published,
      source: article.source,
      url: article.url,
      language: article.language,
      text: article.text,
      ingestedAt: new Date().toISOString(),
    });
    this.insertArticleFts.run(lastInsertRowid, article.title ?? '', article.text);
    analysis.countries.forEach((cc, i) => this.insertArticleCountry.run(id, cc, i));
    analysis.topics.forEach((topic, i) => this.insertArticleTopic.run(id, topic, i));
    analysis.timexes.forEach((t, i) => {
      this.insertTimex.run(id, i, t.text, t.start, t.end, t.type, t.value, t.mod ?? null,
        t.interval?.start ?? null, t.interval?.end ?? null, t.interval?.precision ?? null, t.unresolved ? 1 : 0);
    });
    const written = analysis.events.map((event, i) => this.writeEvent(id, i, event, article.title, analysis));
    this.merger.mergeAll(written);
    return { status: 'stored', id };
  }

  private writeEvent(articleId: string, ordinal: number, e: ExtractedEvent, title: string | null, analysis: ArticleAnalysis): WrittenEvent {
    const { lastInsertRowid: eventId } = this.insertEvent.run(articleId, ordinal, e.summary, e.evidence,
      e.evidenceStart, e.evidenceEnd, e.timex.text, e.timex.start, e.timex.end, e.value, e.start, e.end, e.precision,
      e.salient ? 1 : 0, e.unresolved ? 1 : 0);
    this.insertEventFts.run(eventId, e.summary, e.evidence, title ?? '');
    // An event that names no place or topic of its own takes its article's, so filters still find it.
    const countries = e.countries.length > 0 ? e.countries : analysis.countries;
    const topics = e.topics.length > 0 ? e.topics : analysis.topics;
    countries.forEach((cc, i) => this.insertEventCountry.run(eventId, cc, i));
    topics.forEach((topic, i) => this.insertEventTopic.run(eventId, topic, i));
    return { id: Number(eventId), articleId, event: e, countries, topics };
  }
}
