import { expect } from '@open-wc/testing';
import { parseFeed, sniffFeed } from '../../src/data/load.js';
import { feedFailure } from '../support/helpers.js';

const BASE = 'https://news.example/feed.xml';


const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Example News</title>
    <link>https://news.example/</link>
    <atom:link href="https://news.example/feed.xml" rel="self" type="application/rss+xml"/>
    <description>All the news</description>
    <language>en-gb</language>
    <image><url>https://news.example/logo.png</url><title>Example</title><link>https://news.example/</link></image>
    <item>
      <title>Harbour reopens &amp;#8211; ships return</title>
      <link>https://news.example/harbour</link>
      <guid isPermaLink="false">news-123</guid>
      <description>The port is open again.</description>
      <content:encoded><![CDATA[<p>Full <b>story</b>.</p>]]></content:encoded>
      <pubDate>Fri, 31 May 2019 12:17:58 -0700</pubDate>
      <dc:creator>Jane Doe</dc:creator>
      <category>Business</category>
      <category>Ports</category>
      <media:thumbnail url="https://news.example/avatars/jane.png" width="48" height="48"/>
      <media:thumbnail url="https://news.example/harbour.jpg" width="240" height="135"/>
    </item>
    <item>
      <description><![CDATA[<p>A note with a picture <img src="/pics/cat.jpg" width="800"> &amp; no title.</p>]]></description>
      <guid>https://news.example/notes/1</guid>
      <pubDate>Sat, 01 Jun 2019 08:00:00 GMT</pubDate>
      <enclosure url="https://news.example/notes/1.jpg" type="image/jpeg" length="1000"/>
    </item>
  </channel>
</rss>`;

const PODCAST = `<?xml version="1.0"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
  <channel>
    <title>The Show</title><link>https://show.example/</link>
    <itunes:author>Show Host</itunes:author>
    <itunes:image href="https://show.example/art.jpg"/>
    <item>
      <title>Episode 12</title>
      <enclosure url="https://cdn.example/ep12.mp3" length="34216300" type="audio/mpeg"/>
      <itunes:duration>1:02:03</itunes:duration>
      <guid>ep12</guid>
      <pubDate>Mon, 03 Jun 2024 08:05:00 +0000</pubDate>
    </item>
  </channel>
</rss>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/">
    <title>RDF Site</title><link>https://rdf.example/</link><description>Old school</description>
    <dc:language>de</dc:language>
    <items><rdf:Seq><rdf:li resource="https://rdf.example/1"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://rdf.example/1">
    <title>Erster Beitrag</title>
    <link>https://rdf.example/1</link>
    <description>Kurz gesagt.</description>
    <dc:date>2003-12-13T18:30:02Z</dc:date>
    <dc:creator>Max Muster</dc:creator>
    <dc:subject>Technik</dc:subject>
  </item>
</rdf:RDF>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr" xml:base="https://blog.example/">
  <title type="text">Le Blog</title>
  <subtitle>Des notes</subtitle>
  <link href="https://blog.example/" rel="alternate"/>
  <link href="https://blog.example/atom.xml" rel="self"/>
  <icon>/favicon.png</icon>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2024-06-18T10:00:00Z</updated>
  <author><name>Claire Martin</name><uri>https://blog.example/claire</uri></author>
  <entry>
    <title type="html">Le &lt;em&gt;port&lt;/em&gt; rouvre</title>
    <link rel="alternate" href="posts/port"/>
    <link rel="enclosure" type="audio/ogg" href="https://blog.example/port.ogg" length="5000" title="Reportage"/>
    <id>tag:blog.example,2024:port</id>
    <published>2024-06-17T09:30:00+02:00</published>
    <updated>2024-06-18T10:00:00Z</updated>
    <category term="ports" label="Ports"/>
    <summary>Un résumé.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Le <strong>texte</strong>.</p></div></content>
  </entry>
  <entry xml:lang="en">
    <title>Updated only</title>
    <id>tag:blog.example,2024:two</id>
    <updated>2024-06-19T10:00:00Z</updated>
    <content type="html">&lt;p&gt;HTML &amp;amp; text&lt;/p&gt;</content>
  </entry>
</feed>`;

describe('sniffFeed', () => {
  it('tells JSON, XML and web pages apart by the body first', () => {
    expect(sniffFeed('\uFEFF  {"items": []}')).to.equal('json');
    expect(sniffFeed('<?xml version="1.0"?><rss/>', 'text/html')).to.equal('xml');
    expect(sniffFeed('<rss version="2.0">', 'text/html'), 'RSS sent as text/html').to.equal('xml');
    expect(sniffFeed('<!DOCTYPE rss PUBLIC "x" "y"><rss>')).to.equal('xml');
    expect(sniffFeed('<!doctype html><title>x</title>', 'application/rss+xml')).to.equal('html');
    expect(sniffFeed('<html><body>', 'text/html')).to.equal('html');
    expect(sniffFeed('<urlset>', 'application/xml')).to.equal('xml');
  });
});

describe('RSS 2.0', () => {
  it('maps the channel and an item with Media RSS (not its avatar-sized icons), content:encoded and Dublin Core', async () => {
    const feed = await parseFeed(RSS, BASE);
    expect(feed).to.deep.include({
      version: 'rss',
      title: 'Example News',
      description: 'All the news',
      homePageUrl: 'https://news.example/',
      language: 'en-gb',
      icon: 'https://news.example/logo.png',
    });
    const [item] = feed.items;
    expect(item).to.deep.include({
      id: 'news-123',
      url: 'https://news.example/harbour',
      title: 'Harbour reopens – ships return',
      summary: 'The port is open again.',
      contentHtml: '<p>Full <b>story</b>.</p>',
      image: 'https://news.example/harbour.jpg',
      category: 'Business',
      language: 'en-gb',
    });
    expect(item!.tags).to.deep.equal(['Business', 'Ports']);
    expect(item!.authors).to.deep.equal([{ name: 'Jane Doe', url: undefined }]);
    expect(item!.datePublished!.toISOString()).to.equal('2019-05-31T19:17:58.000Z');
  });

  it('reads an untitled item: description as body, headline from its text, image from the enclosure', async () => {
    const item = (await parseFeed(RSS, BASE)).items[1]!;
    expect(item.id).to.equal('https://news.example/notes/1');
    expect(item.url, 'a permalink guid is the link').to.equal('https://news.example/notes/1');
    expect(item.title).to.equal('A note with a picture & no title.');
    expect(item.contentHtml).to.contain('<img');
    expect(item.image).to.equal('https://news.example/notes/1.jpg');
    expect(item.datePublished!.toISOString()).to.equal('2019-06-01T08:00:00.000Z');
  });

  it('reads a podcast: the episode as an audio attachment with its length, the show art as image', async () => {
    const feed = await parseFeed(PODCAST, 'https://show.example/feed');
    const item = feed.items[0]!;
    expect(item.attachments).to.deep.equal([
      { url: 'https://cdn.example/ep12.mp3', mimeType: 'audio/mpeg', title: 'Episode 12', sizeInBytes: 34216300, durationInSeconds: 3723 },
    ]);
    expect(item.image).to.equal('https://show.example/art.jpg');
    expect(item.authors).to.deep.equal([{ name: 'Show Host', url: undefined }]);
  });

  it('reads a feed that uses HTML entities XML does not declare', async () => {
    const feed = await parseFeed(RSS.replace('The port is open again.', 'The port&nbsp;is open&mdash;again.'), BASE);
    expect(feed.items[0]!.summary).to.equal('The port\u00a0is open—again.');
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('reads items beside the channel, with Dublin Core dates, authors and subjects', async () => {
    const feed = await parseFeed(RDF, 'https://rdf.example/index.rdf');
    expect(feed).to.deep.include({ version: 'rdf', title: 'RDF Site', language: 'de', homePageUrl: 'https://rdf.example/' });
    expect(feed.items).to.have.length(1);
    expect(feed.items[0]).to.deep.include({
      id: 'https://rdf.example/1',
      title: 'Erster Beitrag',
      url: 'https://rdf.example/1',
      summary: 'Kurz gesagt.',
      category: 'Technik',
      language: 'de',
    });
    expect(feed.items[0]!.datePublished!.toISOString()).to.equal('2003-12-13T18:30:02.000Z');
    expect(feed.items[0]!.authors[0]!.name).to.equal('Max Muster');
  });
});

describe('Atom 1.0', () => {
  it('maps the feed: title, alternate link, icon resolved against xml:base, language, authors', async () => {
    const feed = await parseFeed(ATOM, 'https://blog.example/atom.xml');
    expect(feed).to.deep.include({
      version: 'atom',
      title: 'Le Blog',
      description: 'Des notes',
      homePageUrl: 'https://blog.example/',
      feedUrl: 'https://blog.example/atom.xml',
      language: 'fr',
      icon: 'https://blog.example/favicon.png',
    });
    expect(feed.authors).to.deep.equal([{ name: 'Claire Martin', url: 'https://blog.example/claire' }]);
  });

  it('maps an entry: HTML title as text, xhtml content, category label, enclosure, inherited author', async () => {
    const [entry] = (await parseFeed(ATOM, 'https://blog.example/atom.xml')).items;
    expect(entry).to.deep.include({
      id: 'tag:blog.example,2024:port',
      url: 'https://blog.example/posts/port',
      title: 'Le port rouvre',
      summary: 'Un résumé.',
      category: 'Ports',
      language: 'fr',
    });
    expect(entry!.contentHtml).to.match(/^<p[^>]*>Le <strong>texte<\/strong>\.<\/p>$/);
    expect(entry!.datePublished!.toISOString()).to.equal('2024-06-17T07:30:00.000Z');
    expect(entry!.dateModified!.toISOString()).to.equal('2024-06-18T10:00:00.000Z');
    expect(entry!.authors[0]!.name).to.equal('Claire Martin');
    expect(entry!.attachments[0]).to.deep.include({ url: 'https://blog.example/port.ogg', mimeType: 'audio/ogg', title: 'Reportage' });
  });

  it('keeps an entry with only <updated>, its own xml:lang, and escaped HTML content', async () => {
    const entry = (await parseFeed(ATOM, 'https://blog.example/atom.xml')).items[1]!;
    expect(entry.datePublished).to.be.undefined;
    expect(entry.dateModified!.toISOString()).to.equal('2024-06-19T10:00:00.000Z');
    expect(entry.language).to.equal('en');
    expect(entry.contentHtml).to.equal('<p>HTML &amp; text</p>');
    expect(entry.excerpt).to.equal('HTML & text');
  });
});

describe('Atom bodies under an xml:base', () => {
  // jekyll-feed writes each post's own address as its content's xml:base; the body's relative
  // addresses are relative to the post, not to the feed.
  const feedOf = (entries: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>${entries}</feed>`;
  const FEED = 'https://blog.example/feed.xml';

  it("resolve a body's addresses, and its first picture, against that base", async () => {
    const [absolute, relative, summary, none, textOnly, unsafe] = (
      await parseFeed(
        feedOf(`
        <entry><title>A</title><content type="html" xml:base="https://blog.example/2025/08/26/post.html">&lt;p&gt;&lt;img src="shot.png" alt=""&gt;&lt;/p&gt;</content></entry>
        <entry xml:base="/2025/08/26/"><title>B</title><content type="html">&lt;img src="shot.png" alt=""&gt;</content></entry>
        <entry><title>C</title><summary type="html" xml:base="notes/">&lt;img src="c.png" alt=""&gt;</summary></entry>
        <entry><title>D</title><content type="html">&lt;img src="d.png" alt=""&gt;</content></entry>
        <entry xml:base="https://elsewhere.example/"><title>E</title><content type="text">No markup</content></entry>
        <entry><title>F</title><content type="html" xml:base="javascript:alert(1)//">&lt;img src="f.png" alt=""&gt;</content></entry>`),
        FEED,
      )
    ).items;
    // No base of its own is no property at all (a normalised item says only what it has).
    expect(none).not.to.have.property('baseUrl');
    expect([absolute, relative, summary, none, textOnly, unsafe].map((item) => item!.baseUrl)).to.deep.equal([
      'https://blog.example/2025/08/26/post.html',
      'https://blog.example/2025/08/26/',
      'https://blog.example/notes/',
      undefined,
      undefined,
      undefined,
    ]);
    expect([absolute, relative, summary, none, unsafe].map((item) => item!.image)).to.deep.equal([
      'https://blog.example/2025/08/26/shot.png',
      'https://blog.example/2025/08/26/shot.png',
      'https://blog.example/notes/c.png',
      'https://blog.example/d.png',
      'https://blog.example/f.png',
    ]);
  });

  it('are read against no base that a JSON Feed could set', async () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ id: '1', title: 'T', content_html: '<img src="a.png" alt="">', 'body base': 'https://evil.example/' }],
    });
    const [item] = (await parseFeed(json, 'https://blog.example/feed.json')).items;
    expect(item!.baseUrl).to.be.undefined;
    expect(item!.image).to.equal('https://blog.example/a.png');
  });
});

describe('paged XML feeds (RFC 5005)', () => {
  it('take the next page from Atom\'s link rel="next", and from RSS\'s atom:link, resolved against the feed', async () => {
    const atom = await parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Paged</title><link rel="next" href="atom.xml?page=2"/>
        <entry><id>a</id><title>A</title><updated>2024-06-01T00:00:00Z</updated></entry></feed>`,
      'https://blog.example/atom.xml',
    );
    expect(atom.nextUrl).to.equal('https://blog.example/atom.xml?page=2');
    const rss = await parseFeed(
      `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Paged</title>
        <atom:link rel="self" href="/feed.xml"/><atom:link rel="next" href="/feed.xml?paged=2"/>
        <item><title>A</title><link>https://news.example/a</link></item></channel></rss>`,
      BASE,
    );
    expect(rss.nextUrl).to.equal('https://news.example/feed.xml?paged=2');
    expect((await parseFeed(RSS, BASE)).nextUrl, 'no next page named').to.equal(undefined);
  });
});

describe('XML that is not a feed', () => {
  it('says what it is: not well-formed, a web page, or another kind of XML', async () => {
    expect((await feedFailure(parseFeed('<?xml version="1.0"?><rss><channel><item>', BASE))).kind).to.equal('parse');
    expect((await feedFailure(parseFeed('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', BASE))).kind).to.equal('html');
    const sitemap = await feedFailure(parseFeed('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>', BASE));
    expect(sitemap.kind).to.equal('xml');
    expect(sitemap.message).to.contain('<urlset>');
    expect((await feedFailure(parseFeed('<rss version="2.0"><title>No channel</title></rss>', BASE))).kind).to.equal('xml');
  });
});
