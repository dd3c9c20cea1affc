// SQLite schema, one numbered step per change. A PostgreSQL list (migrations/postgres.ts) will sit beside
// it with the same versions and names, so both databases describe the same model.
import type { Migration } from './types';

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, events, timexes, places and topics with full-text search',
    sql: `
      CREATE TABLE articles (
        id            TEXT PRIMARY KEY,
        content_hash  TEXT NOT NULL UNIQUE,
        title         TEXT,
        published     TEXT,
        source        TEXT,
        url           TEXT,
        text          TEXT NOT NULL,
        ingested_at   TEXT NOT NULL
      );
      CREATE INDEX articles_published ON articles (published);

      CREATE TABLE timexes (
        article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        ordinal        INTEGER NOT NULL,
        text           TEXT NOT NULL,
        start_offset   INTEGER NOT NULL,
        end_offset     INTEGER NOT NULL,
        type           TEXT NOT NULL,
        value          TEXT NOT NULL,
        mod            TEXT,
        interval_start TEXT,
        interval_end   TEXT,
        precision      TEXT,
        unresolved     INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (article_id, ordinal)
      ) WITHOUT ROWID;

      CREATE TABLE events (
        id             INTEGER PRIMARY KEY,
        article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        ordinal        INTEGER NOT NULL,
        summary        TEXT NOT NULL,
        evidence       TEXT NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end   INTEGER NOT NULL,
        timex_text     TEXT NOT NULL,
        timex_start    INTEGER NOT NULL,
        timex_end      INTEGER NOT NULL,
        value          TEXT NOT NULL,
        start_date     TEXT,
        end_date       TEXT,
        precision      TEXT,
        salient        INTEGER NOT NULL,
        unresolved     INTEGER NOT NULL,
        UNIQUE (article_id, ordinal)
      );
      CREATE INDEX events_interval ON events (start_date, end_date);

      CREATE TABLE event_countries (
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        country  TEXT NOT NULL,
        ordinal  INTEGER NOT NULL,
        PRIMARY KEY (event_id, country)
      ) WITHOUT ROWID;
      CREATE INDEX event_countries_country ON event_countries (country, event_id);

      CREATE TABLE event_topics (
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        topic    TEXT NOT NULL,
        ordinal  INTEGER NOT NULL,
        PRIMARY KEY (event_id, topic)
      ) WITHOUT ROWID;
      CREATE INDEX event_topics_topic ON event_topics (topic, event_id);

      CREATE TABLE article_countries (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        country    TEXT NOT NULL,
        ordinal    INTEGER NOT NULL,
        PRIMARY KEY (article_id, country)
      ) WITHOUT ROWID;
      CREATE INDEX article_countries_country ON article_countries (country);

      CREATE TABLE article_topics (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        topic      TEXT NOT NULL,
        ordinal    INTEGER NOT NULL,
        PRIMARY KEY (article_id, topic)
      ) WITHOUT ROWID;
      CREATE INDEX article_topics_topic ON article_topics (topic);

      -- Search: an event's rowid is its id; its article's title is copied in so one MATCH finds both.
      CREATE VIRTUAL TABLE events_fts USING fts5 (
        summary, evidence, title, tokenize = 'porter unicode61 remove_diacritics 2'
      );
      -- Articles by title and body; rowid is the articles table's rowid.
      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, text, tokenize = 'porter unicode61 remove_diacritics 2'
      );
    `,
  },
  {
    version: 2,
    name: 'index for listing salient events in timeline order',
    // The ORDER BY of listEvents, for the default (salient) view: a page is read off the index in order.
    sql: 'CREATE INDEX events_salient_order ON events ((start_date IS NULL), start_date, end_date, id) WHERE salient = 1;',
  },
  {
    version: 3,
    name: 'one event per happening: events merged into a representative, with the reasons',
    // A merged event stays stored (its article shows it); merged_into points at the event that stands for the
    // happening on the timeline, merge_reasons (JSON) says why. Lists read representatives only. merge_keys
    // files each event under its date and pairs of its words (store/merge-on-write.ts), to find candidates.
    sql: `ALTER TABLE events ADD COLUMN merged_into INTEGER REFERENCES events (id) ON DELETE SET NULL;
      ALTER TABLE events ADD COLUMN merge_reasons TEXT;
      CREATE INDEX events_merged_into ON events (merged_into) WHERE merged_into IS NOT NULL;
      CREATE TABLE merge_keys (
        key      TEXT NOT NULL,
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        PRIMARY KEY (key, event_id)
      ) WITHOUT ROWID;
      DROP INDEX events_salient_order;
      CREATE INDEX events_salient_order ON events ((start_date IS NULL), start_date, end_date, id) WHERE salient = 1 AND merged_into IS NULL;`,
  },
  {
    version: 4,
    name: 'timeline order of dates before year 1',
    // ISO text puts -0044 before -0500; start_order and end_order sort as time runs (sqlite/date-key.ts mirrors
    // them): before year 1 'A' and 1000000 minus the year, then 'B' and years 0000-9999, then 'C' and later years.
    sql: `ALTER TABLE events ADD COLUMN start_order TEXT GENERATED ALWAYS AS (
        CASE WHEN substr(start_date, 1, 1) = '-' THEN 'A' || printf('%06d', 1000000 - CAST(substr(start_date, 2, length(start_date) - 7) AS INTEGER)) || substr(start_date, -6)
        WHEN substr(start_date, 1, 1) = '+' THEN 'C' || substr(start_date, 2) ELSE 'B' || start_date END) VIRTUAL;
      ALTER TABLE events ADD COLUMN end_order TEXT GENERATED ALWAYS AS (
        CASE WHEN substr(end_date, 1, 1) = '-' THEN 'A' || printf('%06d', 1000000 - CAST(substr(end_date, 2, length(end_date) - 7) AS INTEGER)) || substr(end_date, -6)
        WHEN substr(end_date, 1, 1) = '+' THEN 'C' || substr(end_date, 2) ELSE 'B' || end_date END) VIRTUAL;
      DROP INDEX events_salient_order;
      CREATE INDEX events_salient_order ON events ((start_date IS NULL), start_order, end_order, id) WHERE salient = 1 AND merged_into IS NULL;`,
  },
  {
    version: 5,
    name: 'each happening drawn at its most precise report',
    // The representative of a happening is its most precisely dated report (store/merge-on-write.ts); groups stored
    // before were represented by their first report: the finest (a day before a week before a month) takes its
    // place, with the group's places, topics and salience, and the former representative says why it is the same.
    sql: `CREATE TEMP TABLE finer_reports AS SELECT rep, id FROM (
        SELECT COALESCE(merged_into, id) AS rep, id, ROW_NUMBER() OVER (PARTITION BY COALESCE(merged_into, id)
          ORDER BY CASE precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 ELSE 3 END, id <> COALESCE(merged_into, id), id) AS n
        FROM events WHERE merged_into IS NOT NULL OR id IN (SELECT merged_into FROM events)
      ) AS ranked WHERE n = 1 AND rep <> id;
      INSERT OR IGNORE INTO event_countries (event_id, country, ordinal)
        SELECT f.id, c.country, (SELECT COALESCE(MAX(ordinal), -1) FROM event_countries WHERE event_id = f.id) + 1 + c.ordinal
        FROM finer_reports f JOIN event_countries c ON c.event_id = f.rep;
      INSERT OR IGNORE INTO event_topics (event_id, topic, ordinal)
        SELECT f.id, t.topic, (SELECT COALESCE(MAX(ordinal), -1) FROM event_topics WHERE event_id = f.id) + 1 + t.ordinal
        FROM finer_reports f JOIN event_topics t ON t.event_id = f.rep;
      UPDATE events SET salient = 1 WHERE id IN (SELECT f.id FROM finer_reports f JOIN events r ON r.id = f.rep WHERE r.salient = 1);
      UPDATE events SET merge_reasons = (SELECT m.merge_reasons FROM finer_reports f JOIN events m ON m.id = f.id WHERE f.rep = events.id)
        WHERE id IN (SELECT rep FROM finer_reports);
      UPDATE events SET merged_into = (SELECT f.id FROM finer_reports f WHERE f.rep = events.merged_into)
        WHERE merged_into IN (SELECT rep FROM finer_reports) AND id NOT IN (SELECT id FROM finer_reports);
      UPDATE events SET merged_into = (SELECT f.id FROM finer_reports f WHERE f.rep = events.id) WHERE id IN (SELECT rep FROM finer_reports);
      UPDATE events SET merged_into = NULL, merge_reasons = NULL WHERE id IN (SELECT id FROM finer_reports);
      DROP TABLE finer_reports;`,
  },
  {
    version: 6,
    name: 'time filter in timeline order',
    // The From/To filter compares start_order / end_order (sql/filter.ts), so the interval index follows them.
    sql: `DROP INDEX events_interval;
      CREATE INDEX events_interval ON events (start_order, end_order);`,
  },
  // Version 7 (events waiting to be merged) is PostgreSQL's alone: SQLite merges in the article's own transaction.
  {
    version: 8,
    name: 'the language of each article',
    // A BCP 47 tag from the input (nlp/language.ts), or NULL: articles stored before were read month-first.
    sql: 'ALTER TABLE articles ADD COLUMN language TEXT;',
  },
];
