// The Reuters-21578 SGML format (.sgm): <REUTERS NEWID=...> records holding <DATE>, and in <TEXT> a <TITLE>,
// a <DATELINE> and a <BODY>. The dateline ("SALVADOR, Feb 26 - ") opens the article text, as it does on the
// wire; the "Reuter" sign-off and control characters are dropped.
import { lineAt } from '../lines';
import { calendarDate } from '../published';
import type { ReadOptions, ReadResult } from '../types';

const RECORD = /<REUTERS\b([^>]*)>([\s\S]*?)(?:<\/REUTERS>|(?=<REUTERS\b)|$)/g;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
// "26-FEB-1987 15:01:01.79"
const DATE = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})\b/i;
const SIGN_OFF = /\s*\bReuter\s*$/i;

export function readReutersSgml(content: string, file: string, options: ReadOptions = {}): ReadResult {
  const result: ReadResult = { articles: [], rejected: [] };
  const line = lineAt(content);
  let record = 0;
  for (const match of content.matchAll(RECORD)) {
    record += 1;
    const location = { file, record, line: line(match.index) };
    if (!match[0].endsWith('</REUTERS>')) {
      result.rejected.push({ ...location, message: 'truncated: <REUTERS> is not closed' });
      continue;
    }
    const [, attributes, inner] = match;
    const newId = /\bNEWID="(\d+)"/.exec(attributes)?.[1];
    const title = field(inner, 'TITLE');
    const body = field(inner, 'BODY')?.replace(SIGN_OFF, '');
    // Without a body: a brief is its title; unprocessed copy (<TEXT TYPE="UNPROC">) is the text as it is.
    const text = body ? [field(inner, 'DATELINE'), body].filter(Boolean).join(' ') : (title ?? field(inner, 'TEXT'));
    if (!text) {
      result.rejected.push({ ...location, message: 'no article text (no <BODY>, <TITLE> or <TEXT>)' });
      continue;
    }
    const rawDate = field(inner, 'DATE');
    const published = rawDate === null ? (options.published ?? null) : reutersDate(rawDate);
    if (published === null && rawDate !== null) {
      result.rejected.push({ ...location, message: `DATE: "${rawDate.slice(0, 40)}" is not a date (expected DD-MON-YYYY)` });
      continue;
    }
    result.articles.push({
      ...location,
      article: { id: newId ? `reuters-${newId}` : null, title, published, source: 'Reuters', url: null, language: options.language ?? null, text },
    });
  }
  if (record === 0) result.rejected.push({ file, record: 0, line: 1, message: 'no <REUTERS> records (not a Reuters-21578 SGML file)' });
  return result;
}

/** The decoded, trimmed text of the first <NAME> element in `sgml`, or null when absent or empty. */
function field(sgml: string, name: string): string | null {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)(?:</${name}>|$)`).exec(sgml);
  if (!match) return null;
  const value = decodeEntities(match[1].replace(/<[^>]*>/g, '')).trim();
  return value === '' ? null : value;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => {
      const n = Number(code);
      // Control characters of the wire format (&#2; &#3; ...) are not text.
      return (n < 32 && n !== 9 && n !== 10) || n === 127 || n > 0x10ffff ? '' : String.fromCodePoint(n);
    })
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function reutersDate(value: string): string | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const month = MONTHS.indexOf(match[2].toUpperCase()) + 1;
  return month > 0 ? calendarDate(Number(match[3]), month, Number(match[1])) : null;
}
