// Article-level countries on the geoparsing gold corpora whose README gives country labels (LGL and TR-News:
// each toponym resolved to a GeoNames entry with its country). Gold = the set of countries of an article's
// toponyms, so it includes places named in passing: scored for the article's countries (what the story is
// about) and for every country mentioned, beside the naive baseline "every country name found in the text".
// Research-only texts, read from ../shared at run time.  usage: npx tsx bench/eval-geoparsing.ts [--errors N]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { articleCountries, mentionedCountries } from '@/lib/nlp/places/assign';
import { findPlaces, type PlaceMention } from '@/lib/nlp/places/find';
import { ALIASES } from '@/lib/nlp/places/gazetteer';
import { COUNTRIES } from '@/lib/nlp/resources/places/m49';
import { splitSentences } from '@/lib/nlp/sentences';

const dataDir = path.resolve('../shared/data/geoparsing-gold/data/Corpora');
const args = process.argv.slice(2);
const showErrors = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1]) : 0;

// GeoNames country names that are not a name or alias in the gazetteer.
const GEONAMES_NAMES: Record<string, string> = {
  'Palestinian Territory': 'PS', Bonaire: 'BQ', 'British Virgin Islands': 'VG', 'Saint Kitts and Nevis': 'KN', Macao: 'MO',
};

function countryCode(name: string): string {
  const cc = GEONAMES_NAMES[name] ?? ALIASES.get(name)?.find((t) => t.kind === 'country')?.country;
  if (!cc) throw new Error(`eval-geoparsing: no ISO code for GeoNames country "${name}"`);
  return cc;
}

interface Story { id: string; text: string; gold: Set<string> }

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const field = (xml: string, tag: string) => unescape(xml.match(new RegExp(`<${tag}>(?:<!\\[CDATA\\[)?([\\s\\S]*?)(?:\\]\\]>)?</${tag}>`))?.[1] ?? '').trim();

function readCorpus(file: string): Story[] {
  const xml = readFileSync(path.join(dataDir, file), 'utf8');
  return xml.split(/<article\b/).slice(1).map((article) => {
    const gold = new Set([...article.matchAll(/<country[^>]*>([^<]+)<\/country>/g)].map((m) => countryCode(unescape(m[1]).trim())));
    return { id: article.match(/docid="([^"]+)"/)?.[1] ?? '?', text: `${field(article, 'title')}\n${field(article, 'text')}`, gold };
  }).filter((s) => s.gold.size > 0);
}

const countryNames = COUNTRIES.map(([cc, name]) => [cc, new RegExp(`\\b${name}\\b`)] as const);
const baseline = (text: string) => countryNames.filter(([, re]) => re.test(text)).map(([cc]) => cc);
const mentionsIn = (text: string): PlaceMention[] => findPlaces(text, splitSentences(text));

function score(stories: Story[], tag: (text: string) => string[]) {
  let tp = 0, fp = 0, fn = 0, primaryRight = 0;
  const errors: string[] = [];
  for (const s of stories) {
    const got = tag(s.text);
    const hits = got.filter((cc) => s.gold.has(cc)).length;
    tp += hits; fp += got.length - hits; fn += s.gold.size - hits;
    if (got[0] && s.gold.has(got[0])) primaryRight++;
    else errors.push(`${s.id} gold=${[...s.gold]} got=${got} | ${s.text.slice(0, 120).replace(/\n/g, ' / ')}`);
  }
  const p = tp / (tp + fp), r = tp / (tp + fn);
  return { p, r, f1: (2 * p * r) / (p + r), primary: primaryRight / stories.length, errors };
}

if (!existsSync(dataDir)) {
  console.log(`eval-geoparsing: ${dataDir} not found; skipping (research-only corpora, read from ../shared).`);
  process.exit(0);
}
const fmt = (x: number) => x.toFixed(3);
for (const [name, file] of [['LGL', 'lgl.xml'], ['TR-News', 'TR-News.xml']] as const) {
  const stories = readCorpus(file);
  console.log(`${name}: ${stories.length} articles with country labels`);
  console.log('system                 P      R      F1     primary in gold');
  const rows = [
    ['dateline (about)', score(stories, (t) => articleCountries(mentionsIn(t)))],
    ['dateline (mentioned)', score(stories, (t) => mentionedCountries(mentionsIn(t)))],
    ['baseline', score(stories, baseline)],
  ] as const;
  for (const [label, r] of rows) console.log(`${label.padEnd(22)} ${fmt(r.p)}  ${fmt(r.r)}  ${fmt(r.f1)}  ${fmt(r.primary)}`);
  for (const e of rows[0][1].errors.slice(0, showErrors)) console.log(`  ${e}`);
}
