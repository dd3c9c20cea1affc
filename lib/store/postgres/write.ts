// Writing one article with its analysis in one transaction, rows sent as arrays (unnest) so an article costs
// a handful of round trips. INSERT ... ON CONFLICT DO NOTHING on the article decides duplicates, so two
// instances storing the same story at once store it once. Its events that can merge are queued, in the same
// transaction, for merging after it commits (merge.ts): the write itself takes no lock but its rows'.
import type pg from 'pg';
import type { ArticleAnalysis } from '../../nlp/types';
import { contentHash, derivedArticleId } from '../content-hash';
import type { ArticleRecord, PutResult } from '../types';
import { mergeableDate } from '../../nlp/merge/dates';
import { NAMED_HAPPENING_PRECISIONS } from '../../nlp/merge/rules';

const FIND = 'SELECT id FROM articles WHERE id = $1 OR content_hash = $2 LIMIT 1';

export async function findStored(client: pg.Pool | pg.ClientBase, article: ArticleRecord): Promise<string | null> {
  const { rows } = await client.query<{ id: string }>(FIND, [article.id ?? derivedArticleId(article.text), contentHash(article.text)]);
  return rows[0]?.id ?? null;
}

/** Stores the article, its events queued for merging; the caller merges them (mergePending) once it has committed. */
export async function putArticle(pool: pg.Pool, article: ArticleRecord, analysis: ArticleAnalysis): Promise<PutResult> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await write(client, article, analysis);
    if (result.status === 'stored') {
      // Last, so the row lock every writer takes here is held only for the commit itself.
      await client.query('UPDATE store_version SET changes = changes + 1');
      await client.query('COMMIT');
    } else {
      await client.query('ROLLBACK');
    }
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function write(client: pg.ClientBase, article: ArticleRecord, analysis: ArticleAnalysis): Promise<PutResult> {
  const id = article.id ?? derivedArticleId(article.text);
  const title = article.title ?? '';
  const inserted = await client.query(`INSERT INTO articles (id, content_hash, title, published, source, url, text, ingested_at, search, language)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, to_tsvector('english', $9 || ' ' || $7), $10)
    ON CONFLICT DO NOTHING RETURNING id`,
  [id, contentHash(article.text), article.title, article.published, article.source, article.url, article.text, new Date().toISOString(), title,
    article.language]);
  if (inserted.rowCount === 0) return { status: 'duplicate', id: (await findStored(client, article)) ?? id };

  await client.query(`INSERT INTO article_countries (article_id, country, ordinal)
    SELECT $1, c, n - 1 FROM unnest($2::text[]) WITH ORDINALITY AS t(c, n) ON CONFLICT DO NOTHING`, [id, analysis.countries]);
  await client.query(`INSERT INTO article_topics (article_id, topic, ordinal)
    SELECT $1, c, n - 1 FROM unnest($2::text[]) WITH ORDINALITY AS t(c, n) ON CONFLICT DO NOTHING`, [id, analysis.topics]);
  const t = analysis.timexes;
  if (t.length > 0) {
    await client.query(`INSERT INTO timexes (article_id, ordinal, text, start_offset, end_offset, type, value, mod,
      interval_start, interval_end, precision, unresolved)
      SELECT $1, n - 1, text, s, e, type, value, mod, i_s, i_e, p, u FROM unnest($2::text[], $3::int[], $4::int[], $5::text[],
        $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::smallint[])
        WITH ORDINALITY AS t(text, s, e, type, value, mod, i_s, i_e, p, u, n)`,
    [id, t.map((x) => x.text), t.map((x) => x.start), t.map((x) => x.end), t.map((x) => x.type), t.map((x) => x.value),
      t.map((x) => x.mod ?? null), t.map((x) => x.interval?.start ?? null), t.map((x) => x.interval?.end ?? null),
      t.map((x) => x.interval?.precision ?? null), t.map((x) => (x.unresolved ? 1 : 0))]);
  }
  const ev = analysis.events;
  if (ev.length === 0) return { status: 'stored', id };
  const { rows } = await client.query<{ id: number; ordinal: number }>(`INSERT INTO events (article_id, ordinal, summary, evidence,
      evidence_start, evidence_end, timex_text, timex_start, timex_end, value, start_date, end_date, precision, salient, unresolved, search)
    SELECT $1, n - 1, sm, ev, es, ee, tt, ts, te, v, sd, ed, p, sa, u, to_tsvector('english', sm || ' ' || ev || ' ' || $15)
    FROM unnest($2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::int[], $8::int[], $9::text[], $10::text[],
      $11::text[], $12::text[], $13::smallint[], $14::smallint[]) WITH ORDINALITY AS t(sm, ev, es, ee, tt, ts, te, v, sd, ed, p, sa, u, n)
    ORDER BY n RETURNING id, ordinal`,
  [id, ev.map((e) => e.summary), ev.map((e) => e.evidence), ev.map((e) => e.evidenceStart), ev.map((e) => e.evidenceEnd),
    ev.map((e) => e.timex.text), ev.map((e) => e.timex.start), ev.map((e) => e.timex.end), ev.map((e) => e.value),
    ev.map((e) => e.start), ev.map((e) => e.end), ev.map((e) => e.precision), ev.map((e) => (e.salient ? 1 : 0)),
    ev.map((e) => (e.unresolved ? 1 : 0)), title]);
  // An event that names no place or topic of its own takes its article's, so filters still find it.
  const eventIds = new Map(rows.map((row) => [row.ordinal, row.id]));
  const links = (pick: (i: number) => string[]) => {
    const ids: number[] = [];
    const values: string[] = [];
    const ordinals: number[] = [];
    ev.forEach((_, i) => pick(i).forEach((value, k) => {
      ids.push(eventIds.get(i) as number);
      values.push(value);
      ordinals.push(k);
    }));
    return [ids, values, ordinals];
  };
  const countriesOf = (i: number) => (ev[i].countries.length > 0 ? ev[i].countries : analysis.countries);
  const topicsOf = (i: number) => (ev[i].topics.length > 0 ? ev[i].topics : analysis.topics);
  const countries = links(countriesOf);
  const topics = links(topicsOf);
  await client.query(`INSERT INTO event_countries (event_id, country, ordinal)
    SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[]) ON CONFLICT DO NOTHING`, countries);
  await client.query(`INSERT INTO event_topics (event_id, topic, ordinal)
    SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[]) ON CONFLICT DO NOTHING`, topics);
  const mergeable = ev.flatMap((event, i) => (mergeableDate(event, NAMED_HAPPENING_PRECISIONS) ? [eventIds.get(i) as number] : []));
  if (mergeable.length > 0) await client.query('INSERT INTO merge_pending (event_id) SELECT unnest($1::bigint[])', [mergeable]);
  return { status: 'stored', id };
}
