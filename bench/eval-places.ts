// Article-level country tagging on Reuters-21578 (PLACES field), side by side with the naive baseline
// "every country name found in the text". Develop on reut2-000..017; report on reut2-018..021 (the default).
// usage: npx tsx bench/eval-places.ts [--dev] [--data DIR] [--errors N]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { articleCountries } from '@/lib/nlp/places/assign';
import { findPlaces } from '@/lib/nlp/places/find';
import { COUNTRIES } from '@/lib/nlp/resources/places/m49';
import { splitSentences } from '@/lib/nlp/sentences';

const args = process.argv.slice(2);
const dataDir = args.includes('--data') ? args[args.indexOf('--data') + 1] : path.resolve('../shared/data/reuters21578');
const files = args.includes('--dev') ? range(0, 17) : range(18, 21);
const showErrors = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1]) : 0;

// Reuters 1987 place codes that are not simply the country's name in lower case with hyphens.
const REUTERS_CODES: Record<string, string> = {
  usa: 'US', uk: 'GB', ussr: 'RU', 'west-germany': 'DE', 'east-germany': 'DE', czechoslovakia: 'CZ',
  yugoslavia: 'RS', zaire: 'CD', congo: 'CG', kampuchea: 'KH', burma: 'MM', 'ivory-coast': 'CI', uae: 'AE',
  'cape-verde': 'CV', swaziland: 'SZ', 'western-samoa': 'WS', 'yemen-arab-republic': 'YE', 'yemen-demo-republic': 'YE',
  'netherlands-antilles': 'CW', 'trinidad-tobago': 'TT', 'us-virgin-islands': 'VI', vatican: 'VA', antigua: 'AG',
  macao: 'MO', 'south-korea': 'KR', 'north-korea': 'KP', 'hong-kong': 'HK', laos: 'LA', 'new-caledonia': 'NC',
};

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const slug = (name: string) => name.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
const codeFor = new Map<string, string>(COUNTRIES.map(([cc, name]) => [slug(name), cc]));
for (const [code, cc] of Object.entries(REUTERS_CODES)) codeFor.set(code, cc);

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&#\d+;/g, ' ');
const field = (doc: string, tag: string) => doc.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`))?.[1] ?? '';

interface Story { id: string; text: string; gold: Set<string> }

function readStories(): Story[] {
  const stories: Story[] = [];
  for (const n of files) {
    const sgm = readFileSync(path.join(dataDir, `reut2-${String(n).padStart(3, '0')}.sgm`), 'latin1');
    for (const doc of sgm.split('</REUTERS>')) {
      const places = [...field(doc, 'PLACES').matchAll(/<D>(.*?)<\/D>/g)].map((d) => d[1]);
      const gold = new Set(places.map((p) => codeFor.get(p)).filter((cc): cc is string => Boolean(cc)));
      const title = unescape(field(doc, 'TITLE')).trim();
      const body = unescape(field(doc, 'BODY')).replace(/\s*\n\s*/g, ' ').trim();
      if (gold.size === 0 || !body) continue;
      const dateline = unescape(field(doc, 'DATELINE')).trim();
      stories.push({ id: doc.match(/NEWID="(\d+)"/)?.[1] ?? '?', text: `${title}\n${dateline} ${body}`, gold });
    }
  }
  return stories;
}

const countryNames = COUNTRIES.map(([cc, name]) => [cc, new RegExp(`\\b${name}\\b`)] as const);
const baseline = (text: string) => countryNames.filter(([, re]) => re.test(text)).map(([cc]) => cc);
const mentionsIn = (text: string) => findPlaces(text, splitSentences(text));
const system = (text: string) => articleCountries(mentionsIn(text));

function score(stories: Story[], tag: (text: string) => string[]) {
  let tp = 0, fp = 0, fn = 0;
  const errors: string[] = [];
  for (const s of stories) {
    const got = new Set(tag(s.text));
    const hits = [...got].filter((cc) => s.gold.has(cc)).length;
    tp += hits; fp += got.size - hits; fn += s.gold.size - hits;
    if (hits !== got.size || hits !== s.gold.size) errors.push(`${s.id} gold=${[...s.gold]} got=${[...got]} | ${s.text.slice(0, 140).replace(/\n/g, ' / ')}`);
  }
  const p = tp / (tp + fp), r = tp / (tp + fn);
  return { p, r, f1: (2 * p * r) / (p + r), errors };
}

if (!existsSync(dataDir)) {
  console.log(`eval-places: ${dataDir} not found; skipping (Reuters-21578 is read from ../shared, never shipped).`);
  process.exit(0);
}
const stories = readStories();
const t0 = performance.now();
const ours = score(stories, system);
const ms = performance.now() - t0;
const naive = score(stories, baseline);
const fmt = (x: number) => x.toFixed(3);
console.log(`Reuters-21578 ${args.includes('--dev') ? 'dev reut2-000..017' : 'test reut2-018..021'}: ${stories.length} stories with PLACES and a body`);
console.log('system     P      R      F1');
console.log(`dateline   ${fmt(ours.p)}  ${fmt(ours.r)}  ${fmt(ours.f1)}   (${(ms / stories.length).toFixed(2)} ms/story)`);
console.log(`baseline   ${fmt(naive.p)}  ${fmt(naive.r)}  ${fmt(naive.f1)}   (every country name found in the text)`);
if (showErrors) for (const e of ours.errors.slice(0, showErrors)) console.log(e);
