import { describe, expect, it } from 'vitest';
import { readFeed } from './feed';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Gazette</title><link>https://gazette.example/</link>
<item>
  <title>Ferry strike ends</title>
  <link>https://gazette.example/ferry</link>
  <guid isPermaLink="false">gz-101</guid>
  <pubDate>Tue, 10 Jun 2003 23:40:00 -0700</pubDate>
  <description><![CDATA[<p>Ferry crews returned to work on <b>Monday</b> after a week-long strike.</p><script>alert(1)</script>]]></description>
</item>
<item>
  <title>Port fees rise &amp; shippers object</title>
  <pubDate>Someday soon</pubDate>
  <description>Fees rise in July.</description>
</item>
<item>
  <title>Harbour dredging begins</title>
  <content:encoded>&lt;p&gt;Dredging began yesterday.&lt;/p&gt;</content:encoded>
</item>
<item>
  <title>Cut off mid-`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Times</title>
<entry><title type="text">Dam opens</title><id>urn:uuid:1</id>
  <link rel="self" href="https://valley.example/api/1"/><link href="https://valley.example/dam"/>
  <published>2019-11-02T08:00:00Z</published><updated>2019-11-03T08:00:00Z</updated>
  <content type="html">&lt;p&gt;The new dam opened on Saturday.&lt;/p&gt;</content></entry>
<entry><title>Bridge repaired</title><id>urn:uuid:2</id><updated>2019-11-05</updated><summary>The bridge reopened.</summary></entry>
</feed>`;

describe('readFeed', () => {
  it('reads RSS items with RFC 822 dates, decoded HTML text and the channel as source', () => {
    const { articles, rejected } = readFeed(rss, 'feed.xml');
    expect(articles.map((a) => a.article)).toEqual([
      { id: 'gz-101', title: 'Ferry strike ends', published: '2003-06-10', url: 'https://gazette.example/ferry', source: 'Harbour Gazette', language: null, text: 'Ferry crews returned to work on Monday after a week-long strike.' },
      { id: null, title: 'Harbour dredging begins', published: null, url: null, source: 'Harbour Gazette', language: null, text: 'Dredging began yesterday.' },
    ]);
    expect(rejected.map((r) => [r.record, r.line, r.message])).toEqual([
      [2, 11, expect.stringMatching(/"Someday soon" is not a date/)],
      [4, 20, 'truncated: <item> is not closed'],
    ]);
  });

  it('reads Atom entries: alternate link, published before updated, html content as text', () => {
    const { articles, rejected } = readFeed(atom, 'feed.atom');
    expect(rejected).toEqual([]);
    expect(articles.map((a) => [a.article.id, a.article.url, a.article.published, a.article.text])).toEqual([
      ['urn:uuid:1', 'https://valley.example/dam', '2019-11-02', 'The new dam opened on Saturday.'],
      ['urn:uuid:2', null, '2019-11-05', 'The bridge reopened.'],
    ]);
  });

  it('gives each item its own language (dc:language, xml:lang), else the channel <language> or the feed xml:lang', () => {
    const item = (extra: string) => `<item><title>T</title><description>Text.</description>${extra}</item>`;
    const rssWithLanguage = `<rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title><language>en-gb</language>
      ${item('')}${item('<dc:language>fr</dc:language>')}${item('<dc:language>not a tag!</dc:language>')}</channel></rss>`;
    expect(readFeed(rssWithLanguage, 'f.rss').articles.map((a) => a.article.language)).toEqual(['en-GB', 'fr', 'en-GB']);
    const atomWithLanguage = `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-AU"><title>Valley</title>
      <entry><id>1</id><summary>One.</summary></entry><entry xml:lang="de-DE"><id>2</id><summary>Two.</summary></entry></feed>`;
    expect(readFeed(atomWithLanguage, 'f.atom').articles.map((a) => a.article.language)).toEqual(['en-AU', 'de-DE']);
    expect(readFeed(rss, 'f.rss', { language: 'en-NZ' }).articles.map((a) => a.article.language)).toEqual(['en-NZ', 'en-NZ']);
  });

  it('refuses XML that is not a feed, and a malformed item with its line', () => {
    expect(readFeed('<note>hi</note>', 'n.xml').rejected[0].message).toMatch(/not an RSS or Atom feed/);
    const broken = readFeed('<rss><channel>\n<item><title>A</title><description>ok</description></item>\n<item><title>B<description>x</description></item></rss>', 'b.xml');
    expect(broken.articles.map((a) => a.article.title)).toEqual(['A']);
    expect(broken.rejected).toEqual([{ file: 'b.xml', record: 2, line: 3, message: expect.stringMatching(/^malformed XML at line 3/) }]);
  });
});
