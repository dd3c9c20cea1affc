// A saved web page: the main text found by Mozilla Readability, the title, the publication date from the
// page's metadata (article:published_time, JSON-LD datePublished, as Readability reads them) and the language
// it declares. One article per page; a page without a recognisable article is refused with that reason.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { RecordError, toArticleRecord } from '../fields';
import { nodeText } from '../html-text';
import { declaredLanguage } from '../markup-language';
import type { ReadOptions, ReadResult } from '../types';

/** Below this many characters of main text a page is navigation or an index, not an article. */
export const MIN_ARTICLE_CHARS = 200;

export function readHtml(content: string, file: string, options: ReadOptions = {}): ReadResult {
  const location = { file, record: 1, line: null };
  // A fragment (no <html> element, or markup that yields none) is parsed as the body of a page, as browsers do.
  const whole = /<html[\s>]/i.test(content) ? parseHTML(content).document : null;
  const document = whole?.documentElement?.localName === 'html' ? whole : parseHTML(`<!doctype html><html><head></head><body>${content}</body></html>`).document;
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta('meta[property="og:url"]');
  const parsed = new Readability(document as unknown as Document, {
    charThreshold: MIN_ARTICLE_CHARS,
    serializer: (node) => node,
  }).parse();
  const text = parsed?.content ? nodeText(parsed.content) : '';
  if (text.length < MIN_ARTICLE_CHARS) {
    return { articles: [], rejected: [{ ...location, message: `no article found in the page (Readability found no main text of ${MIN_ARTICLE_CHARS}+ characters)` }] };
  }
  try {
    const article = toArticleRecord({
      text,
      title: parsed?.title ?? null,
      published: parsed?.publishedTime ?? null,
      source: parsed?.siteName ?? null,
      url: url && /^https?:/i.test(url) ? url : null,
      language: declaredLanguage([document.documentElement.getAttribute('lang'),
        meta('meta[http-equiv="content-language" i]'), meta('meta[property="og:locale"]')]),
    }, options);
    return { articles: [{ ...location, article }], rejected: [] };
  } catch (error) {
    if (!(error instanceof RecordError)) throw error;
    return { articles: [], rejected: [{ ...location, message: error.message }] };
  }
}
