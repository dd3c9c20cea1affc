import { describe, expect, it } from 'vitest';
import { readHtml } from './html';

const paragraphs = [
  'The city council of Lyon voted on Tuesday to close the old river bridge to cars from next spring, ending a debate that has run for more than a decade.',
  'Cyclists and residents of the old town had asked for the change since 2012, when a study found the bridge carried twice the traffic it was built for.',
  'The mayor said work on a new tram line across the river would begin in the autumn and take about two years.',
];

function page({ head = '', body = '' } = {}): string {
  return `<!doctype html><html><head><title>Lyon closes bridge | City News</title>${head}</head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Lyon closes its old bridge to cars</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}${body}</article>
    <footer>Copyright City News</footer></body></html>`;
}

describe('readHtml', () => {
  it('keeps the main text paragraph by paragraph, with title and article:published_time', () => {
    const { articles, rejected } = readHtml(page({
      head: '<meta property="article:published_time" content="2021-03-09T18:30:00+01:00"><link rel="canonical" href="https://news.example/lyon-bridge">',
    }), 'lyon.html');
    expect(rejected).toEqual([]);
    expect(articles).toHaveLength(1);
    const { article } = articles[0];
    expect(article.published).toBe('2021-03-09');
    expect(article.title).toMatch(/Lyon closes/);
    expect(article.url).toBe('https://news.example/lyon-bridge');
    expect(article.source).toBe('news.example');
    expect(article.text.split('\n\n')).toEqual(expect.arrayContaining(paragraphs));
    expect(article.text).not.toMatch(/Home|Copyright/);
  });

  it('reads the language the page declares: <html lang>, else Content-Language, else og:locale, which may add the region', () => {
    const language = (html: string) => readHtml(html, 'p.html', { language: 'fr' }).articles[0].article.language;
    const withHtmlLang = (lang: string, head = '') => page({ head }).replace('<html>', `<html lang="${lang}">`);
    expect(language(withHtmlLang('en-gb'))).toBe('en-GB');
    expect(language(withHtmlLang('en', '<meta property="og:locale" content="en_GB">'))).toBe('en-GB');
    expect(language(withHtmlLang('de', '<meta property="og:locale" content="en_GB">'))).toBe('de');
    expect(language(page({ head: '<meta http-equiv="Content-Language" content="en-IE, ga">' }))).toBe('en-IE');
    expect(language(page({ head: '<meta property="og:locale" content="en_AU">' }))).toBe('en-AU');
    // A declaration that names no language is passed over, the page kept: here the default applies.
    expect(language(withHtmlLang('english (uk)'))).toBe('fr');
    expect(language(page())).toBe('fr');
  });

  it('reads datePublished from JSON-LD', () => {
    const jsonLd = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Lyon closes its old bridge', datePublished: '2021-03-10' };
    const { articles } = readHtml(page({ head: `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>` }), 'p.html');
    expect(articles[0].article.published).toBe('2021-03-10');
  });

  it('keeps scripts, handlers and javascript: links out of the text and never runs them', () => {
    const hostile = '<script>globalThis.__pwned = true</script><p onclick="globalThis.__pwned = true">Click <a href="javascript:alert(1)">here</a> &lt;b&gt;not bold&lt;/b&gt;.</p>';
    const { articles } = readHtml(page({ body: hostile }), 'p.html');
    expect((globalThis as { __pwned?: boolean }).__pwned).toBeUndefined();
    expect(articles[0].article.text).toContain('Click here <b>not bold</b>.');
    expect(articles[0].article.text).not.toMatch(/pwned|javascript:/);
  });

  it('refuses a page without an article, and a published date that is not a date, naming the file', () => {
    const index = readHtml('<html><body><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></body></html>', 'index.html');
    expect(index.articles).toEqual([]);
    expect(index.rejected).toEqual([{ file: 'index.html', record: 1, line: null, message: expect.stringMatching(/no article found/) }]);
    const badDate = readHtml(page({ head: '<meta property="article:published_time" content="last Tuesday">' }), 'p.html');
    expect(badDate.rejected[0].message).toMatch(/"last Tuesday" is not a date/);
  });

  it('reads markup whose <html> yields no page as a fragment, refusing it rather than throwing', () => {
    expect(readHtml('<script><html lang="', 'broken.html').rejected[0].message).toMatch(/no article found/);
  });
});
