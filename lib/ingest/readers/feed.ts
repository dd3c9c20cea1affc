// RSS 2.0 and Atom feeds: each <item> or <entry> an article with its title, link, date, text and language (the
// item's dc:language or xml:lang, else the channel's <language> or the feed's xml:lang). Items are
// cut out one by one and parsed separately, so a feed truncated in its last item still yields the others,
// and the broken item is refused with its line.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { addRecord } from '../fields';
import { htmlToText } from '../html-text';
import { lineAt } from '../lines';
import { declaredLanguage } from '../markup-language';
import type { ReadOptions, ReadResult } from '../types';

const ITEM = /<(item|entry)(?:\s[^>]*)?>[\s\S]*?(?:<\/\1\s*>|(?=<(?:item|entry)[\s>])|$)/g;
const CHANNEL_TITLE = /<title(?:\s[^>]*)?>([\s\S]*?)<\/title\s*>/;
const CHANNEL_LANGUAGE = /<(?:dc:)?language(?:\s[^>]*)?>([^<]*)<\/(?:dc:)?language\s*>/;
const ROOT_XML_LANG = /<(?:rss|feed|rdf:RDF|channel)\s[^>]*?\bxml:lang\s*=\s*["']([^"']*)["']/g;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  // Feed text is data: entities are decoded, never expanded from a DTD, and tag values stay strings.
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'link',
});

type Node = Record<string, unknown>;

export function readFeed(content: string, file: string, options: ReadOptions = {}): ReadResult {
  const result: ReadResult = { articles: [], rejected: [] };
  const xml = content.replace(/^\uFEFF/, '');
  const firstItem = xml.search(/<(?:item|entry)[\s>]/);
  if (!/<(?:rss|feed|rdf:RDF)[\s>]/.test(xml) || firstItem < 0) {
    result.rejected.push({ file, record: 0, line: 1, message: 'not an RSS or Atom feed with items (expected <rss> with <item> or <feed> with <entry>)' });
    return result;
  }
  const head = xml.slice(0, firstItem);
  const feedTitle = CHANNEL_TITLE.exec(head)?.[1];
  const channel: Channel = {
    source: feedTitle ? text(parseFragment(`<t>${feedTitle}</t>`)?.t) : null,
    // The channel's own element first; the xml:lang of <channel> before <rss> (inner before outer).
    languages: [CHANNEL_LANGUAGE.exec(head)?.[1], ...[...head.matchAll(ROOT_XML_LANG)].map((m) => m[1]).reverse()],
  };
  const line = lineAt(xml);
  let record = 0;
  for (const match of xml.matchAll(ITEM)) {
    record += 1;
    const location = { file, record, line: line(match.index) };
    const tag = match[1];
    if (!new RegExp(`</${tag}\\s*>$`).test(match[0])) {
      result.rejected.push({ ...location, message: `truncated: <${tag}> is not closed` });
      continue;
    }
    const valid = XMLValidator.validate(match[0]);
    if (valid !== true) {
      result.rejected.push({ ...location, message: `malformed XML at line ${location.line + valid.err.line - 1}: ${valid.err.msg}` });
      continue;
    }
    const item = parseFragment(match[0])?.[tag] as Node | undefined;
    addRecord(result, item ? toFields(item, channel) : {}, location, options);
  }
  return result;
}

function parseFragment(xml: string): Node | null {
  try {
    return parser.parse(xml) as Node;
  } catch {
    return null;
  }
}

/** What a feed says of all its items: its title (their source) and its language declarations. */
interface Channel {
  source: string | null;
  languages: Array<string | undefined>;
}

/** The item's fields under the names the shared record reader knows. */
function toFields(item: Node, channel: Channel): Record<string, unknown> {
  const body = text(item.encoded) ?? text(item.content) ?? text(item.description) ?? text(item.summary);
  return {
    id: text(item.guid) ?? text(item.id),
    title: text(item.title),
    published: text(item.pubDate) ?? text(item.published) ?? text(item.date) ?? text(item.updated),
    url: link(item.link),
    source: text(item.source) ?? channel.source,
    language: declaredLanguage([text(item.language), text(item['@lang']), ...channel.languages]),
    text: body === null ? null : htmlToText(body),
  };
}

/** A text node's value: a string, or the #text of an element that has attributes. */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && '#text' in value) return text((value as Node)['#text']);
  return null;
}

/** RSS <link>URL</link>, or Atom's <link rel="alternate" href="URL"/> (rel absent means alternate). */
function link(value: unknown): string | null {
  const links = Array.isArray(value) ? value : [];
  for (const entry of links) {
    if (typeof entry === 'string' && entry.trim()) return entry.trim();
    const node = entry as Node;
    if (node && typeof node['@href'] === 'string' && (node['@rel'] === undefined || node['@rel'] === 'alternate')) return node['@href'];
  }
  return null;
}
