// Primary-topic accuracy on BBC News (5 classes) and AG News test (Sports, Business, Sci/Tech; World has no
// single IPTC topic and is left out). Both sets are research-only: read from ../shared at run time, never shipped.
// usage: npx tsx bench/eval-topics.ts [--data DIR] [--errors N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitSentences } from '@/lib/nlp/sentences';
import { articleTopics } from '@/lib/nlp/topics/classify';

const args = process.argv.slice(2);
const dataDir = args.includes('--data') ? args[args.indexOf('--data') + 1] : path.resolve('../shared/data');
const showErrors = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1]) : 0;

const BBC_TOPICS: Record<string, string> = {
  business: 'economy, business and finance',
  entertainment: 'arts, culture, entertainment and media',
  politics: 'politics',
  sport: 'sport',
  tech: 'science and technology',
};
const AG_TOPICS: Record<string, string> = { '2': 'sport', '3': 'economy, business and finance', '4': 'science and technology' };

interface Item { id: string; title: string; text: string; gold: string }

function decode(buffer: Buffer): string {
  const utf8 = buffer.toString('utf8');
  return utf8.includes('\uFFFD') ? buffer.toString('latin1') : utf8;
}

function bbc(): Item[] {
  const root = path.join(dataDir, 'bbc-news');
  return Object.entries(BBC_TOPICS).flatMap(([folder, gold]) =>
    readdirSync(path.join(root, folder)).filter((f) => f.endsWith('.txt')).map((f) => {
      const [title, ...body] = decode(readFileSync(path.join(root, folder, f))).split('\n');
      return { id: `${folder}/${f}`, title: title.trim(), text: body.join('\n').trim(), gold };
    }),
  );
}

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\n').filter(Boolean)) rows.push([...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"')));
  return rows;
}

function agNews(): Item[] {
  const clean = (s: string) => s.replace(/\\n/g, ' ').replace(/#36;/g, '$').replace(/#39;/g, "'").replace(/&lt;.*?&gt;/g, ' ');
  return csvRows(readFileSync(path.join(dataDir, 'ag-news-test', 'test.csv'), 'utf8'))
    .filter(([label]) => AG_TOPICS[label])
    .map(([label, title, description], i) => ({ id: `row ${i + 1}`, title: clean(title), text: clean(description), gold: AG_TOPICS[label] }));
}

function evaluate(name: string, items: Item[]) {
  let right = 0;
  let listed = 0;
  // gold topic -> predicted primary topic -> count
  const confusion = new Map<string, Map<string, number>>();
  const errors: string[] = [];
  for (const item of items) {
    const topics = articleTopics(item.text, splitSentences(item.text), item.title);
    const primary = topics[0] ?? '(none)';
    if (topics.includes(item.gold)) listed++;
    const row = confusion.get(item.gold) ?? new Map<string, number>();
    row.set(primary, (row.get(primary) ?? 0) + 1);
    confusion.set(item.gold, row);
    if (primary === item.gold) right++;
    else errors.push(`${item.id} ${item.gold} -> ${primary} | ${item.title}`);
  }
  console.log(`${name}: primary-topic accuracy ${(right / items.length).toFixed(3)} (${right}/${items.length}); `
    + `gold among the article's topics ${(listed / items.length).toFixed(3)}`);
  for (const [gold, row] of confusion) {
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    const wrong = [...row].filter(([topic]) => topic !== gold).sort((a, b) => b[1] - a[1]).slice(0, 4);
    const rate = ((row.get(gold) ?? 0) / total).toFixed(3);
    console.log(`  ${gold}: ${rate} (${row.get(gold) ?? 0}/${total}); wrong: ${wrong.map(([t, n]) => `${t} ${n}`).join(', ')}`);
  }
  for (const e of errors.slice(0, showErrors)) console.log(`  ${e}`);
}

if (!existsSync(path.join(dataDir, 'bbc-news')) || !existsSync(path.join(dataDir, 'ag-news-test'))) {
  console.log(`eval-topics: BBC News / AG News not found under ${dataDir}; skipping (research-only sets, read from ../shared).`);
  process.exit(0);
}
evaluate('BBC News', bbc());
evaluate('AG News test (Sports, Business, Sci/Tech)', agNews());
