// `dateline help`: the commands and their options.
export const USAGE = `usage: dateline <command> [options]

commands:
  ingest [--published YYYY-MM-DD] [--db PATH] FILE|DIR...
      read articles (.txt, .json, .jsonl, .csv; folders are walked), find their dated events and store them
      in the database (DATELINE_DB, default ./data/dateline.db). Prints what was stored, skipped as
      duplicate, and refused with the reason.
  extract [--published YYYY-MM-DD] FILE...
      print one JSON object per article per line: its countries, topics, events and temporal expressions.
  timeml IN_DIR OUT_DIR
      tag the TimeML documents of IN_DIR with TIMEX3 and write them to OUT_DIR.
  help
      show this text.

--published gives the publication date of articles that carry none; relative dates ("yesterday") in
articles without a date are left unresolved.
`;

export async function run(): Promise<number> {
  process.stdout.write(USAGE);
  return 0;
}
