// `dateline help`: the commands and their options.
export const USAGE = `usage: dateline <command> [options]

commands:
  ingest [--published YYYY-MM-DD] [--language TAG] [--db PATH] FILE|DIR...
      read articles (.txt, .json, .jsonl, .csv, saved web pages .html, RSS/Atom feeds .xml, Reuters-21578
      .sgm; folders are walked), find their dated events and store them in the database (DATABASE_URL when
      it is a postgres:// URL, else DATELINE_DB, default ./data/dateline.db). Shows a progress bar on a
      terminal; prints what was stored, skipped as duplicate, and refused with the reason.
      --workers N: analyse on N worker threads (default: one per core for large ingests).
  enqueue [--published YYYY-MM-DD] [--language TAG] FILE|DIR...
      read articles as ingest does and queue one job per article in PostgreSQL (DATABASE_URL=postgres://...),
      for workers on any machine to analyse and store.
  worker [--once] [--batch N]
      analyse and store queued articles until stopped (SIGTERM/Ctrl-C), or with --once until the queue is
      empty. Run as many workers as you like against one database: each article is stored once.
  extract [--published YYYY-MM-DD] [--language TAG] FILE...
      print one JSON object per article per line: its countries, topics, events and temporal expressions.
  timeml IN_DIR OUT_DIR
      tag the TimeML documents of IN_DIR with TIMEX3 and write them to OUT_DIR.
  help
      show this text.

--published gives the publication date of articles that carry none; relative dates ("yesterday") in
articles without a date are left unresolved.
--language gives the language (BCP 47 tag: en-GB, fr, en-US) of articles whose input does not say; it decides
whether 5/7/2017 is 5 July (en-GB, fr, de, ...) or May 7 (en-US, and the default).
`;

export async function run(): Promise<number> {
  process.stdout.write(USAGE);
  return 0;
}
