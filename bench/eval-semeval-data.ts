// Reads the SemEval-2015 Task 4 trial corpus (Apple, 30 Wikinews articles + 6 gold entity timelines) from
// ../shared at run time, for eval-events and eval-merge. Articles are rebuilt from the CAT token files so that
// each gold mention (doc-sentence-token) maps to a character span of the text given to Dateline.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SEMEVAL_DIR = path.resolve('../shared/data/semeval2015-task4-timeline');

export interface SemevalArticle {
  id: string;
  title: string;
  dct: string;
  text: string;
  /** Character span of each CAT sentence (2 and up: the body) in `text`. */
  sentences: Map<number, { start: number; end: number }>;
}

export interface GoldMention {
  timeline: string;
  /** Position in the timeline; events at the same time share it (they are not therefore one event). */
  line: number;
  /** Row of the timeline file: the mentions on one row are coreferent (one event). */
  row: number;
  /** Gold date as written: YYYY-MM-DD, YYYY-MM, YYYY, 2008-03-XX, XXXX-XX-XX (undated). */
  date: string;
  doc: string;
  sentence: number;
  token: string;
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}”’]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[([{$“‘]$/;
const unescapeXml = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * Joins tokens into readable text ("June 6 , 2005" -> "June 6, 2005"); straight quotes alternate open, close.
 * `quote.open` carries a quotation across sentences ('... Apple." ' closes the one a sentence before opened).
 */
function detokenize(tokens: string[], quote = { open: false }): string {
  let out = '';
  let quoteOpen = quote.open;
  let previousOpens = false;
  for (const [i, token] of tokens.entries()) {
    const closes = token === '"' && quoteOpen;
    const glue = i === 0 || previousOpens || closes || NO_SPACE_BEFORE.test(token) ? '' : ' ';
    out += glue + token;
    if (token === '"') quoteOpen = !quoteOpen;
    previousOpens = NO_SPACE_AFTER.test(token) || (token === '"' && quoteOpen);
  }
  quote.open = quoteOpen;
  return out;
}

function readArticle(file: string, dcts: Map<string, string>): SemevalArticle {
  const xml = readFileSync(file, 'utf8');
  const id = xml.match(/doc_id="(\d+)"/)?.[1];
  if (!id) throw new Error(`${file}: no doc_id`);
  const bySentence = new Map<number, string[]>();
  for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const n = Number(m[1]);
    bySentence.set(n, [...(bySentence.get(n) ?? []), unescapeXml(m[2])]);
  }
  const sentences = new Map<number, { start: number; end: number }>();
  let text = '';
  const quote = { open: false };
  for (const n of [...bySentence.keys()].sort((a, b) => a - b).filter((n) => n >= 2)) {
    const sentence = detokenize(bySentence.get(n)!, quote);
    if (text) text += ' ';
    sentences.set(n, { start: text.length, end: text.length + sentence.length });
    text += sentence;
  }
  const dct = dcts.get(id);
  if (!dct) throw new Error(`${file}: no DCT for document ${id}`);
  return { id, title: detokenize(bySentence.get(0) ?? []), dct, text, sentences };
}

function readDcts(): Map<string, string> {
  const dir = path.join(SEMEVAL_DIR, 'Corpus-trial-data_task4_TimeML');
  const dcts = new Map<string, string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.tml'))) {
    const tml = readFileSync(path.join(dir, f), 'utf8');
    const id = tml.match(/<DOCID>(\d+)<\/DOCID>/)?.[1];
    const dct = tml.match(/functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})"/)?.[1];
    if (id && dct) dcts.set(id, dct);
  }
  return dcts;
}

export function semevalAvailable(): boolean {
  return existsSync(SEMEVAL_DIR);
}

export function readTrialArticles(): SemevalArticle[] {
  const dir = path.join(SEMEVAL_DIR, 'Corpus-trial-data_task4');
  const dcts = readDcts();
  return readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().map((f) => readArticle(path.join(dir, f), dcts));
}

export function readTrialTimelines(): GoldMention[] {
  const dir = path.join(SEMEVAL_DIR, 'TimeLines_trial_data_task4_v1.2');
  const mentions: GoldMention[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const [, ...lines] = readFileSync(path.join(dir, f), 'utf8').split('\n');
    for (const [row, line] of lines.entries()) {
      if (!line.trim()) continue;
      const [ordinal, date, ...refs] = line.trim().split('\t');
      for (const ref of refs) {
        const m = ref.match(/^(\d+)-(\d+)-(.+)$/);
        if (!m) throw new Error(`${f}: bad mention "${ref}"`);
        mentions.push({ timeline: f, line: Number(ordinal), row, date, doc: m[1], sentence: Number(m[2]), token: m[3] });
      }
    }
  }
  return mentions;
}

/** The inclusive day interval a gold date denotes, or null when it is undated. */
export function goldInterval(date: string): { start: string; end: string } | null {
  const m = date.match(/^(\d{4})(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?$/);
  if (!m) return null;
  const [, year, month, day] = m;
  if (!month || month === 'XX') return { start: `${year}-01-01`, end: `${year}-12-31` };
  if (!day || day === 'XX') {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { start: `${year}-${month}-01`, end: `${year}-${month}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${year}-${month}-${day}`, end: `${year}-${month}-${day}` };
}
