import { expect } from '@open-wc/testing';
import { readXmlFeed } from '../../src/data/xml.js';
import { normaliseFeed } from '../../src/data/normalise.js';

// What the Atom reader hands the normaliser (the JSON Feed fields): text constructs by type,
// links by rel, xml:base at every level, enclosures, Atom 0.3's older names. Snippets follow real
// feeds (test/fixtures/real: heise, GitHub releases, feedjira, pappacoda) and the Atom RFC.

type Json = Record<string, unknown>;

const parseXml = (text: string) => {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  return doc.getElementsByTagName('parsererror').length ? undefined : doc;
};
const read = (xml: string) => readXmlFeed(xml, parseXml);
const atom = (body: string, attributes = '') => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" ${attributes}>
  <title>Feed</title>
  ${body}
</feed>`;
const entries = (body: string, attributes = '') => read(atom(body, attributes)).items as Json[];
const entry = (body: string, attributes = '') => entries(`<entry>${body}</entry>`, attributes)[0]!;

describe('Atom reader: text constructs', () => {
  it('reads content by its type: text, html (or text/html), xhtml', () => {
    const [plain, untyped, html, mime, xhtml] = entries(`
      <entry><content type="text">Use a &lt;div&gt; here</content></entry>
      <entry><content>
          Plain words
      </content></entry>
      <entry><content type="html"><![CDATA[
                <p>heise <b>news</b></p>
      ]]></content></entry>
      <entry><content type="text/html">&lt;p&gt;Atom 0.3 style&lt;/p&gt;</content></entry>
      <entry><content type="xhtml">
        <div xmlns="http://www.w3.org/1999/xhtml">
          <p>Ciao <em>mondo</em></p>
        </div>
      </content></entry>`);
    expect(plain).to.deep.include({ content_text: 'Use a <div> here', content_html: undefined });
    expect(untyped).to.deep.include({ content_text: 'Plain words', content_html: undefined });
    expect(html).to.deep.include({ content_html: '<p>heise <b>news</b></p>', content_text: undefined });
    expect(mime).to.deep.include({ content_html: '<p>Atom 0.3 style</p>', content_text: undefined });
    expect(xhtml.content_html).to.match(/^<p[^>]*>Ciao <em>mondo<\/em><\/p>$/);
  });

  it('keeps every element of xhtml content that lacks its <div> wrapper', () => {
    const { content_html: html } = entry(
      '<content type="xhtml"><p xmlns="http://www.w3.org/1999/xhtml">One</p><p xmlns="http://www.w3.org/1999/xhtml">Two</p></content>',
    );
    expect((html as string).replace(/ xmlns="[^"]*"/g, '')).to.equal('<p>One</p><p>Two</p>');
  });

  it('gives empty content as no content', () => {
    expect(entry('<content type="html">  </content>')).to.deep.include({
      content_html: undefined,
      content_text: undefined,
    });
    expect(entry('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"> </div></content>').content_html).to
      .be.undefined;
  });
});

describe('Atom reader: links and people', () => {
  it('takes a link without rel as the alternate one, as feedjira writes it', () => {
    const feed = read(
      atom('<link href="http://feedjira.com/blog"/><link href="http://feedjira.com/blog/feed.xml" rel="self"/>'),
    );
    expect(feed).to.deep.include({
      home_page_url: 'http://feedjira.com/blog',
      feed_url: 'http://feedjira.com/blog/feed.xml',
    });
  });

  it('leaves out authors without a name', () => {
    const feed = read(
      atom('<author><email>desk@news.example</email></author><author><name>Jon Allured</name></author>'),
    );
    expect(feed.authors).to.deep.equal([{ name: 'Jon Allured', url: undefined }]);
  });

  it('takes a logo as the icon and the icon as the favicon', () => {
    expect(
      read(atom('<icon>https://heise.de/favicon.ico</icon><logo>https://heise.de/logo.gif</logo>')),
    ).to.deep.include({
      icon: 'https://heise.de/logo.gif',
      favicon: 'https://heise.de/favicon.ico',
    });
    expect(read(atom('<icon>https://heise.de/favicon.ico</icon>'))).to.deep.include({
      icon: 'https://heise.de/favicon.ico',
      favicon: 'https://heise.de/favicon.ico',
    });
  });

  it('reads categories by label, else term, and skips empty ones', () => {
    expect(
      entry('<category term="java" label="Java"/><category term="jboss"/><category scheme="x"/>').tags,
    ).to.deep.equal(['Java', 'jboss']);
  });

  it("takes an entry's language from its content, then itself, then nothing", () => {
    const [content, own, none] = entries(`
      <entry xml:lang="en"><content xml:lang="de">Hallo</content></entry>
      <entry xml:lang="en"><title>Hello</title></entry>
      <entry><title>None</title></entry>`);
    expect([content!.language, own!.language, none!.language]).to.deep.equal(['de', 'en', undefined]);
  });

  it('reads at most 1000 entries of a huge feed', () => {
    expect(entries('<entry/>'.repeat(1001))).to.have.length(1000);
  });
});

describe('Atom reader: the base of an HTML body', () => {
  const BODY_BASE = Symbol.for('news-widgets.body-base');
  it('is the xml:base in force at the content, resolved against the feed when the reader knows its URL', () => {
    const body = (attributes: string, url?: string) =>
      (readXmlFeed(atom(`<entry><content type="html" ${attributes}>&lt;p&gt;Hi&lt;/p&gt;</content></entry>`), parseXml, url).items as Json[])[0]![
        BODY_BASE as unknown as string
      ];
    expect(body('xml:base="https://blog.example/p/"')).to.equal('https://blog.example/p/');
    expect(body('xml:base="notes/"', 'https://blog.example/feed.xml')).to.equal('https://blog.example/notes/');
    // A relative base with no feed URL to resolve it against, or no base at all: the feed's URL decides.
    expect(body('xml:base="notes/"')).to.be.undefined;
    expect(body('')).to.be.undefined;
    expect(body('xml:base="https://[broken/"', 'https://blog.example/feed.xml')).to.be.undefined;
  });
});

describe('Atom reader: links without an address', () => {
  it('passes over a link with an empty href for the next of its kind, as yinan.me needs', () => {
    // The publisher wrote `ref` for `rel`: both links are alternates, and the first has no address.
    const feed = read(atom('<link ref="self" href=""/><link ref="alternate" href="https://yinan.me/"/><entry><link href=" "/><link href="https://yinan.me/on-the-net"/></entry>'));
    expect(feed.home_page_url).to.equal('https://yinan.me/');
    expect((feed.items as Json[])[0]!.url).to.equal('https://yinan.me/on-the-net');
  });
});

describe('Atom reader: Atom 0.3', () => {
  it('reads issued and modified dates, and text/html content', () => {
    const feed = read(`<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>Old Blogger</title>
  <link rel="alternate" type="text/html" href="https://old.example/"/>
  <entry>
    <title>Post</title>
    <link rel="alternate" type="text/html" href="https://old.example/post"/>
    <issued>2004-05-01T10:00:00-07:00</issued>
    <modified>2004-05-02T10:00:00Z</modified>
    <content type="text/html" mode="escaped">&lt;p&gt;Hi&lt;/p&gt;</content>
  </entry>
</feed>`);
    expect(feed.home_page_url).to.equal('https://old.example/');
    expect((feed.items as Json[])[0]).to.deep.include({
      url: 'https://old.example/post',
      date_published: '2004-05-01T10:00:00-07:00',
      date_modified: '2004-05-02T10:00:00Z',
      content_html: '<p>Hi</p>',
    });
  });
});

describe('Atom reader: enclosures and pictures', () => {
  it('takes audio and video enclosures as attachments, and an image enclosure as the picture', () => {
    const found = entry(`
      <link rel="alternate" type="text/html" href="https://blog.example/port"/>
      <link rel="related" type="audio/mpeg" href="https://radio.example/other.mp3"/>
      <link rel="enclosure" type="image/png" href="https://cdn.example/img?id=3"/>
      <link rel="enclosure" type="audio/ogg" href="https://blog.example/port.ogg" length="5000" title="Reportage"/>`);
    expect(found.image).to.equal('https://cdn.example/img?id=3');
    expect(found.attachments).to.deep.equal([
      { url: 'https://blog.example/port.ogg', mime_type: 'audio/ogg', title: 'Reportage', size_in_bytes: 5000 },
    ]);
  });

  it('takes an enclosure without a type as a picture by its file name', () => {
    expect(entry('<link rel="enclosure" href="https://cdn.example/photo.jpg"/>').image).to.equal(
      'https://cdn.example/photo.jpg',
    );
    expect(entry('<link rel="enclosure" href="https://cdn.example/notes.pdf"/>').image).to.be.undefined;
  });

  it("prefers Media RSS to an image enclosure (a YouTube entry's media:group)", () => {
    const found = entry(`
      <link rel="enclosure" type="image/jpeg" href="https://cdn.example/enclosure.jpg"/>
      <media:group>
        <media:title>Video</media:title>
        <media:content url="https://www.youtube.com/v/abc" type="application/x-shockwave-flash" width="640" height="390"/>
        <media:thumbnail url="https://i1.ytimg.com/vi/abc/hqdefault.jpg" width="480" height="360"/>
      </media:group>`);
    expect(found.image).to.equal('https://i1.ytimg.com/vi/abc/hqdefault.jpg');
  });
});

describe('Atom reader: xml:base', () => {
  it('resolves links against the xml:base of the link, the entry and the feed', () => {
    const [own, onEntry, onLink] = entries(
      `<entry><link href="posts/port"/></entry>
       <entry xml:base="/2024/"><link href="port"/></entry>
       <entry><link xml:base="https://cdn.example/" href="port"/></entry>`,
      'xml:base="https://blog.example/"',
    );
    expect([own!.url, onEntry!.url, onLink!.url]).to.deep.equal([
      'https://blog.example/posts/port',
      'https://blog.example/2024/port',
      'https://cdn.example/port',
    ]);
  });

  it('passes links on as written where no xml:base applies (the normaliser resolves them)', () => {
    const feed = read(atom('<link href="https://blog.example/café"/><entry><link href="posts/port"/></entry>'));
    expect(feed.home_page_url).to.equal('https://blog.example/café');
    expect((feed.items as Json[])[0]!.url).to.equal('posts/port');
  });

  it('resolves a next page that is only a query', () => {
    expect(read(atom('<link rel="next" href="?page=2"/>', 'xml:base="https://blog.example/feed/"')).next_url).to.equal(
      'https://blog.example/feed/?page=2',
    );
  });

  it('lets an absolute xml:base inside a relative one decide', () => {
    const found = entry('<link href="port"/>', 'xml:base="./"');
    expect(found.url, 'a relative base alone: resolved later, against the feed').to.equal('port');
    const [inner] = entries(
      '<entry xml:base="https://news.example/a/"><link href="port"/></entry>',
      'xml:base="/blog/"',
    );
    expect(inner!.url).to.equal('https://news.example/a/port');
  });

  it("resolves an XHTML body's addresses against the xml:base in force, as pappacoda's feed needs", () => {
    // The body leaves the XML with no base of its own: a picture written "shot.png" under
    // xml:base="https://blog.example/post/" must not be looked for next to the feed.
    const found = entry(
      `<link href="https://blog.example/post/"/>
       <content type="xhtml" xml:base="post/"><div xmlns="http://www.w3.org/1999/xhtml">
         <p><img src="shot.png" alt="A shot"/> <a href="../other/">Other</a> <a href="https://elsewhere.example/">There</a></p>
         <figure xml:base="https://cdn.example/"><video poster="still.jpg" src="clip.mp4"></video></figure>
       </div></content>`,
      'xml:base="https://blog.example/"',
    );
    const body = new DOMParser().parseFromString(found.content_html as string, 'text/html').body;
    expect(body.querySelector('img')!.getAttribute('src')).to.equal('https://blog.example/post/shot.png');
    expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://blog.example/other/',
      'https://elsewhere.example/',
    ]);
    expect(body.querySelector('video')!.getAttribute('poster')).to.equal('https://cdn.example/still.jpg');
    expect(body.querySelector('video')!.getAttribute('src')).to.equal('https://cdn.example/clip.mp4');
    // Without an xml:base the body's addresses are left as written, for the feed's URL to resolve.
    const plain = entry(`<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><img src="shot.png" alt=""/></div></content>`);
    expect(plain.content_html).to.match(/src="shot\.png"/);
  });

  it('gives no link where an entry has none, and keeps a link as written under an xml:base that is no URL', () => {
    const [none, broken] = entries(
      `<entry><title>No link</title></entry>
       <entry xml:base="https://[broken"><link href="posts/port"/></entry>`,
      'xml:base="https://blog.example/"',
    );
    expect(none!.url).to.be.undefined;
    expect(broken!.url).to.equal('posts/port');
    // A link that is no URL against a good base is kept as written too.
    expect(entry('<link href="https://[bad/port"/>', 'xml:base="https://blog.example/"').url).to.equal('https://[bad/port');
  });
});

describe('Atom reader: FeedBurner and summaries', () => {
  it("links an entry to the publisher's own address (feedburner:origLink), not FeedBurner's redirect", () => {
    const [first] = entries(
      `<entry><title>Cooking</title><link rel="alternate" href="http://feeds.feedburner.com/~r/PaulDixExplainsNothing/~3/1/cooking.html"/>
        <feedburner:origLink>http://www.pauldix.net/2009/01/cooking.html</feedburner:origLink></entry>`,
      'xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"',
    );
    expect(first!.url).to.equal('http://www.pauldix.net/2009/01/cooking.html');
  });

  it('takes an HTML summary for the body of an entry that has no content (Shopify)', () => {
    const [summaryOnly, both, textOnly] = entries(`
      <entry><title>Issue 4</title><summary type="html">&lt;p&gt;&lt;img src="https://cdn.shopify.com/issue4.jpg" width="200"&gt;&lt;/p&gt;&lt;p&gt;Spring issue&lt;/p&gt;</summary></entry>
      <entry><title>Both</title><summary>Short</summary><content type="html">&lt;p&gt;Long&lt;/p&gt;</content></entry>
      <entry><title>Text</title><summary>Just words</summary></entry>`);
    expect(summaryOnly).to.deep.include({
      summary: undefined,
      content_html: '<p><img src="https://cdn.shopify.com/issue4.jpg" width="200"></p><p>Spring issue</p>',
    });
    expect(both).to.deep.include({ summary: 'Short', content_html: '<p>Long</p>' });
    // A content of any type stays the body, and an HTML summary beside it the summary.
    const [html, text] = entries(`
      <entry><title>H</title><summary type="html">&lt;b&gt;Short&lt;/b&gt;</summary><content type="html">&lt;p&gt;Long&lt;/p&gt;</content></entry>
      <entry><title>T</title><summary type="html">&lt;b&gt;Short&lt;/b&gt;</summary><content type="text">Long</content></entry>`);
    expect(html).to.deep.include({ summary: '<b>Short</b>', content_html: '<p>Long</p>' });
    expect(text).to.deep.include({ summary: '<b>Short</b>', content_html: undefined, content_text: 'Long' });
    expect(textOnly).to.deep.include({ summary: 'Just words', content_html: undefined });
  });

  it("takes a YouTube video's description for the text of an entry that has none, and its thumbnail for its picture", () => {
    const youtube = (extra = '') =>
      entry(
        `<title>The Aurora Grows | Critical Role | Campaign 3, Episode 49</title>
        <link rel="alternate" href="https://www.youtube.com/watch?v=0_NVdZp8haA"/>
        ${extra}
        <media:group>
          <media:title>The Aurora Grows | Critical Role | Campaign 3, Episode 49</media:title>
          <media:content url="https://www.youtube.com/v/0_NVdZp8haA?version=3" type="application/x-shockwave-flash" width="640" height="390"/>
          <media:thumbnail url="https://i1.ytimg.com/vi/0_NVdZp8haA/hqdefault.jpg" width="480" height="360"/>
          <media:description>
            This episode is sponsored by Thorum.
Bells Hells travel the aurora-filled skies…
          </media:description>
        </media:group>`,
      );
    expect(youtube()).to.deep.include({
      content_text: 'This episode is sponsored by Thorum.\nBells Hells travel the aurora-filled skies…',
      content_html: undefined,
      image: 'https://i1.ytimg.com/vi/0_NVdZp8haA/hqdefault.jpg',
    });
    // An entry's own text comes first.
    expect(youtube('<summary>Its own words</summary>')).to.deep.include({ summary: 'Its own words', content_text: undefined });
    expect(youtube('<content type="html">&lt;p&gt;Its body&lt;/p&gt;</content>')).to.deep.include({
      content_html: '<p>Its body</p>',
      content_text: undefined,
    });
    // A picture of the entry's own has its caption, as in RSS.
    expect(
      entry(`<media:content url="https://cdn.example/p.jpg" medium="image" width="800">
          <media:credit>Photograph: A. Photographer</media:credit></media:content>`),
    ).to.deep.include({ image: 'https://cdn.example/p.jpg', _news: { image_caption: 'Photograph: A. Photographer' } });
    // A description written as HTML is the body as HTML.
    expect(
      entry('<media:group><media:description type="html">&lt;p&gt;Notes&lt;/p&gt;</media:description></media:group>'),
    ).to.deep.include({ content_html: '<p>Notes</p>', content_text: undefined });
  });
});

describe("Atom reader: Reddit's trailer", () => {
  // reddit-search.rss.xml (an Atom feed, whatever its name): a link post, whose body is only the trailer.
  const linkPost = `<entry>
        <author>
            <name>/u/kevincox_ca</name>
            <uri>https://www.reddit.com/user/kevincox_ca</uri>
        </author>
        <category term="kevincox" label="r/kevincox"/>
        <content type="html">&amp;#32; submitted by &amp;#32; &lt;a href=&quot;https://www.reddit.com/user/kevincox_ca&quot;&gt;
            /u/kevincox_ca &lt;/a&gt; &amp;#32; to &amp;#32; &lt;a href=&quot;https://www.reddit.com/r/kevincox/&quot;&gt;
            r/kevincox &lt;/a&gt; &lt;br/&gt; &lt;span&gt;&lt;a href=&quot;https://kevincox.ca/2021/11/01/announcing-feedmail/&quot;&gt;[link]&lt;/a&gt;&lt;/span&gt;
            &amp;#32; &lt;span&gt;&lt;a href=&quot;https://www.reddit.com/r/kevincox/comments/qksbf1/announcing_feedmail/&quot;&gt;[comments]&lt;/a&gt;&lt;/span&gt;
        </content>
        <id>t3_qksbf1</id>
        <link href="https://www.reddit.com/r/kevincox/comments/qksbf1/announcing_feedmail/"/>
        <title>Announcing FeedMail</title>
    </entry>`;

  it('leaves a link post no body, so no excerpt, and keeps its author and subreddit', () => {
    const post = entry(linkPost.replace(/^<entry>|<\/entry>$/g, ''));
    expect(post).to.deep.include({
      url: 'https://www.reddit.com/r/kevincox/comments/qksbf1/announcing_feedmail/',
      content_html: undefined,
      content_text: undefined,
      authors: [{ name: '/u/kevincox_ca', url: 'https://www.reddit.com/user/kevincox_ca' }],
      tags: ['r/kevincox'],
    });
    const [shown] = normaliseFeed(read(atom(linkPost)), { baseUrl: 'https://www.reddit.com/search.rss' }).items;
    expect([shown!.title, shown!.summary, shown!.excerpt]).to.deep.equal(['Announcing FeedMail', undefined, undefined]);
  });

  it("keeps a text post's own words (r/homelab), and what a thumbnail's table closes after the trailer", () => {
    // reddit-homelab.atom.xml: a subreddit's feed, without "to r/SUB"; its [link] relative for a cross-post.
    const text = entry(`<author><name>/u/Remarkable_Housing61</name><uri>https://ud.reddit.com/user/Remarkable_Housing61</uri></author>
      <content type="html">&lt;!-- SC_OFF --&gt;&lt;div class=&quot;md&quot;&gt;&lt;p&gt;Hello all, I recently acquired a 40G switch.&lt;/p&gt; &lt;/div&gt;&lt;!-- SC_ON --&gt; &amp;#32; submitted by &amp;#32; &lt;a href=&quot;https://ud.reddit.com/user/Remarkable_Housing61&quot;&gt; /u/Remarkable_Housing61 &lt;/a&gt; &lt;br/&gt; &lt;span&gt;&lt;a href=&quot;/r/Proxmox/comments/157az74/newbie_nas_on_proxmox/&quot;&gt;[link]&lt;/a&gt;&lt;/span&gt; &amp;#32; &lt;span&gt;&lt;a href=&quot;https://ud.reddit.com/r/homelab/comments/157kyrd/any_reason/&quot;&gt;[comments]&lt;/a&gt;&lt;/span&gt;</content>`);
    expect(text).to.deep.include({
      content_html:
        '<!-- SC_OFF --><div class="md"><p>Hello all, I recently acquired a 40G switch.</p> </div><!-- SC_ON -->',
      authors: [{ name: '/u/Remarkable_Housing61', url: 'https://ud.reddit.com/user/Remarkable_Housing61' }],
    });
    // A link post with a thumbnail, as Reddit writes one: the trailer in the table's second cell.
    const thumbnail = entry(`<content type="html">&lt;table&gt; &lt;tr&gt;&lt;td&gt; &lt;a href=&quot;https://www.reddit.com/r/pics/comments/abc/x/&quot;&gt; &lt;img src=&quot;https://b.thumbs.redditmedia.com/x.jpg&quot; alt=&quot;X&quot; title=&quot;X&quot; /&gt; &lt;/a&gt; &lt;/td&gt;&lt;td&gt; &amp;#32; submitted by &amp;#32; &lt;a href=&quot;https://www.reddit.com/user/someone&quot;&gt; /u/someone &lt;/a&gt; &lt;br/&gt; &lt;span&gt;&lt;a href=&quot;https://i.redd.it/x.jpg&quot;&gt;[link]&lt;/a&gt;&lt;/span&gt; &amp;#32; &lt;span&gt;&lt;a href=&quot;https://www.reddit.com/r/pics/comments/abc/x/&quot;&gt;[comments]&lt;/a&gt;&lt;/span&gt; &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</content>`);
    expect(thumbnail.content_html).to.equal(
      '<table> <tr><td> <a href="https://www.reddit.com/r/pics/comments/abc/x/"> <img src="https://b.thumbs.redditmedia.com/x.jpg" alt="X" title="X" /> </a> </td><td> </td></tr></table>',
    );
  });

  it("keeps words like Reddit's that are not its trailer: other links, or text after them", () => {
    const lookalike =
      'submitted by <a href="https://forum.example/user/a">/u/a</a> <br/> <span><a href="https://a.example/">[link]</a></span> <span><a href="https://forum.example/r/b/">[comments]</a></span>';
    const escaped = lookalike.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    expect(entry(`<content type="html">${escaped}</content>`).content_html).to.equal(lookalike);
    const reddit = lookalike.replace(/forum\.example/g, 'www.reddit.com');
    const followed = `${reddit} <p>More words</p>`;
    expect(entry(`<content type="html">${followed.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</content>`).content_html).to.equal(
      followed,
    );
    expect(entry(`<content type="html">&lt;p&gt;Words&lt;/p&gt;${reddit.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</content>`).content_html).to.equal(
      '<p>Words</p>',
    );
  });
});

describe('Atom reader: boilerplate, redirects, authors and tags', () => {
  it('takes a read-more link from the end of an HTML or XHTML body and summary', () => {
    const [html, xhtml] = entries(`
      <entry><summary type="html">&lt;p&gt;Teaser&lt;/p&gt; &lt;a href="https://blog.example/a"&gt;Continue reading &amp;rarr;&lt;/a&gt;</summary>
        <content type="html">&lt;p&gt;Body&lt;/p&gt;&lt;p&gt;&lt;a href="https://blog.example/a"&gt;Read more&lt;/a&gt;&lt;/p&gt;</content></entry>
      <entry><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body</p><p><a href="https://blog.example/b">Read more…</a></p></div></content></entry>`);
    expect(html).to.deep.include({ summary: '<p>Teaser</p>', content_html: '<p>Body</p>' });
    expect(xhtml!.content_html).to.equal('<p xmlns="http://www.w3.org/1999/xhtml">Body</p>');
  });

  it("links Google Alerts' and The Register's stories to their own addresses, not the redirect", () => {
    // google-alerts.atom.xml and theregister-science.atom.xml.
    const [google, register] = entries(`
      <entry> <id>tag:google.com,2013:googlealerts/feed:13685523368333461374</id> <title type="html">&lt;b&gt;Slack&lt;/b&gt; Stock Has a Compelling Story and the Numbers to Back It Up</title> <link href="https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://investorplace.com/2019/07/slack-stock-truly-compelling/&amp;ct=ga&amp;cd=CAIyHGU4ZTJkZjQ3OTVkYmIzMTc6Y28uanA6ZW46SlA&amp;usg=AFQjCNEZXRySX8eW_IyksUe5d7lidLUXxg"></link> <author> <name></name> </author> </entry>
      <entry>
        <id>tag:theregister.co.uk,2005:story204131</id>
        <link rel="alternate" type="text/html" href="http://go.theregister.com/feed/www.theregister.co.uk/2019/07/30/french_arming_satellites/"/>
      </entry>`);
    expect(google).to.deep.include({ url: 'https://investorplace.com/2019/07/slack-stock-truly-compelling/', authors: [] });
    expect(register!.url).to.equal('https://www.theregister.co.uk/2019/07/30/french_arming_satellites/');
    // Google Alerts links http:// stories too; and url may come first.
    const [http, first] = entries(`
      <entry><link href="https://www.google.com/url?rct=j&amp;sa=t&amp;url=http://www.valleybreeze.com/2019-07-09/pawtucket/pineview-advances-district-ii-playoffs&amp;ct=ga&amp;cd=CAIyHGU4ZTJkZjQ3OTVkYmIzMTc6Y28uanA6ZW46SlA&amp;usg=AFQjCNFhAakIA4wXQDhO_D00ECKTu5_imw"/></entry>
      <entry><link href="https://www.google.com/url?url=https://investorplace.com/2019/07/slack-stock-truly-compelling/&amp;ct=ga"/></entry>`);
    expect(http!.url).to.equal('http://www.valleybreeze.com/2019-07-09/pawtucket/pineview-advances-district-ii-playoffs');
    expect(first!.url).to.equal('https://investorplace.com/2019/07/slack-stock-truly-compelling/');
    // A redirect to no web address, and Google's other pages, stay as they are.
    const kept = [
      'https://www.google.com/url?rct=j&sa=t&url=mailto:desk@news.example',
      'https://www.google.com/search?q=x&url=https://a.example/',
      'http://go.theregister.com/feed/',
      'https://news.example/url?url=https://a.example/',
      // An archived copy of a redirect is the archive's page.
      'https://web.archive.org/web/2019/https://www.google.com/url?rct=j&url=https://a.example/',
    ];
    const urls = entries(kept.map((href) => `<entry><link href="${href.replace(/&/g, '&amp;')}"/></entry>`).join('')).map(
      (e) => e.url,
    );
    expect(urls).to.deep.equal(kept);
  });

  it('names no author for a bare address, and keeps the first spelling of a tag', () => {
    const one = entry(`<author><name>noreply@blogger.example</name></author><author><name>Jane Roe</name></author>
      <category term="homelab" label="r/homelab"/><category term="R/Homelab"/><category term="news"/><category term="site|blog"/>`);
    expect(one).to.deep.include({ authors: [{ name: 'Jane Roe', url: undefined }], tags: ['r/homelab', 'news'] });
  });
});

describe("Atom reader: BBC World Service's template", () => {
  // bbc-chinese.atom.xml (BBC Chinese, through GreatFire's mirror), one entry.
  const bbcEntry = `<entry>
      <id>tag:www.bbcchinese.com,2015-03-16:/zhongwen/simp/world/2015/03/150316_saddam_tomb_tikrit</id>
      <category xml:lang="zh-Hans" term="world" label="国际"/>
      <title xml:lang="zh-Hans">萨达姆之墓在反“伊斯兰国”战事中被毁</title>
      <summary xml:lang="zh-Hans">在提克里特附近的一轮战事中，伊拉克前总统萨达姆·侯塞因之墓几乎被完全夷平。</summary>
      <link rel="alternate" type="text/html" href="https://dm44143bsn99b.cloudfront.net/zhongwen/simp/world/2015/03/150316_saddam_tomb_tikrit" title="story">
         <media:content>
            <media:thumbnail url="http://ichef.bbci.co.uk/news/ws/106/amz/worldservice/live/assets/images/2015/03/16/150316080218_saddam_tomb_304x171_ap_nocredit.jpg" width="106" height="60">
               <img alt="萨达姆之墓被毁" width="106" height="60" src="http://ichef.bbci.co.uk/news/ws/106/amz/worldservice/live/assets/images/2015/03/16/150316080218_saddam_tomb_304x171_ap_nocredit.jpg"/>
            </media:thumbnail>
            <media:thumbnail url="http://a.files.bbci.co.uk/worldservice/live/assets/images/2015/03/16/150316080218_saddam_tomb_144x81_ap_nocredit.jpg" width="144" height="81">
               <img alt="萨达姆之墓被毁" width="144" height="81" src="http://a.files.bbci.co.uk/worldservice/live/assets/images/2015/03/16/150316080218_saddam_tomb_144x81_ap_nocredit.jpg"/>
            </media:thumbnail>
         </media:content>
      </link>
   </entry>`;

  it("takes an entry's language from its title or summary, after its content's and its own", () => {
    expect(entries(bbcEntry)[0]!.language).to.equal('zh-Hans');
    const [content, own, title, summary] = entries(`
      <entry xml:lang="en"><title xml:lang="fr">T</title><content xml:lang="de">Hallo</content></entry>
      <entry xml:lang="en"><title xml:lang="fr">T</title></entry>
      <entry><summary xml:lang="ar">S</summary><title xml:lang="fa">T</title></entry>
      <entry><title>T</title><summary xml:lang="ar">S</summary></entry>`);
    expect([content, own, title, summary].map((e) => e!.language)).to.deep.equal(['de', 'en', 'fa', 'ar']);
  });

  it("takes the feed's language from its title's when <feed> states none", () => {
    // BBC Arabic in the same template: right to left.
    const arabic = read(`<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title xml:lang="ar">BBC Arabic</title></feed>`);
    expect(arabic.language).to.equal('ar');
    expect(read(atom('', 'xml:lang="en"')).language).to.equal('en');
    const both = read(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title xml:lang="ar">T</title></feed>`);
    expect(both.language).to.equal('en');
    expect(read(atom('')).language).to.be.undefined;
  });

  it("takes the feed's language from its entries when it states none and they all state the same (BBC Chinese)", () => {
    const feed = (body: string) => read(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${body}</feed>`);
    const chinese = '<entry><title xml:lang="zh-Hans">萨达姆</title></entry>';
    expect(feed(chinese + chinese).language).to.equal('zh-Hans');
    expect(feed(`${chinese}<entry><title xml:lang="en">Saddam</title></entry>`).language, 'two languages').to.be.undefined;
    expect(feed(`${chinese}<entry><title>Saddam</title></entry>`).language, 'one entry states none').to.be.undefined;
    expect(read(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>T</title>${chinese}</feed>`).language).to.equal('en');
  });

  it("takes the largest picture nested in the entry's link, after the entry's own Media RSS", () => {
    expect(entries(bbcEntry)[0]).to.deep.include({
      image:
        'http://a.files.bbci.co.uk/worldservice/live/assets/images/2015/03/16/150316080218_saddam_tomb_144x81_ap_nocredit.jpg',
      _news: { image_caption: undefined },
    });
    const [own, captioned, small, none] = entries(`
      <entry><media:thumbnail url="https://cdn.example/own.jpg"/>
        <link href="https://news.example/a"><media:content><media:thumbnail url="https://cdn.example/linked.jpg"/></media:content></link></entry>
      <entry><link rel="related" href="https://news.example/b"/><link href="https://news.example/b">
        <media:content><media:thumbnail url="https://cdn.example/linked.jpg" width="640"/><media:credit>AFP</media:credit></media:content></link></entry>
      <entry><content type="html">&lt;p&gt;&lt;img src="https://cdn.example/body.jpg"&gt;&lt;/p&gt;</content>
        <link href="https://news.example/c"><media:content><media:thumbnail url="https://cdn.example/tiny.jpg" width="106"/></media:content></link></entry>
      <entry><link href="https://news.example/d"><title>No picture</title></link></entry>`);
    expect(own!.image).to.equal('https://cdn.example/own.jpg');
    expect(captioned).to.deep.include({ image: 'https://cdn.example/linked.jpg', _news: { image_caption: 'AFP' } });
    // A thumbnail smaller than the body's picture gives way to it, as the entry's own would.
    expect(small!.image).to.be.undefined;
    expect(none!.image).to.be.undefined;
  });
});

describe('Atom reader: a wire dateline opening a summary', () => {
  it('is left out of the summary, text or HTML, and kept in the content', () => {
    const text = entry(
      '<title>Senate vote</title><summary>WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday.</summary>' +
        '<content type="html">&lt;p&gt;WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday.&lt;/p&gt;</content>',
    );
    expect(text.summary).to.equal('The U.S. Senate voted on Tuesday.');
    expect(text.content_html).to.equal('<p>WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday.</p>');
    const html = entry(
      '<title>Earnings</title>' +
        '<summary type="html">STAMFORD, Conn.--(BUSINESS WIRE)--Acme &lt;b&gt;beat&lt;/b&gt; forecasts.</summary>' +
        '<content>The whole release.</content>',
    );
    expect(html.summary).to.equal('Acme <b>beat</b> forecasts.');
  });
});
