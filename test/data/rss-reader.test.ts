import { expect } from '@open-wc/testing';
import { readXmlFeed } from '../../src/data/xml.js';
import { parseDate } from '../../src/data/parse-date.js';
import { feedFailure } from '../support/helpers.js';

// What the RSS reader hands the normaliser (the JSON Feed fields), for the details of RSS 2.0 and
// RSS 1.0 that publishers send: white space around values, guids as links or not, authors as
// "address (name)", namespaced elements of the same name, podcasts. Snippets are cut from real
// feeds (test/fixtures/real) or follow what WordPress, Blogger and podcast hosts write.

type Json = Record<string, unknown>;

const parseXml = (text: string) => {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  return doc.getElementsByTagName('parsererror').length ? undefined : doc;
};
const read = (xml: string, url?: string) => readXmlFeed(xml, parseXml, url);
const items = (xml: string) => read(xml).items as Json[];

const rss = (channel: string, ns = '') => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" ${ns}>
  <channel>${channel}</channel>
</rss>`;
const item = (body: string) => rss(`<title>News</title><item>${body}</item>`);
/** One item per date, each with that date as its pubDate, for a channel. */
const pubDates = (dates: string[]) => dates.map((date) => `<item><pubDate>${date}</pubDate></item>`).join('');

describe('RSS reader: white space and empty values', () => {
  it('trims titles, links and categories as Il Messaggero sends them, in padded CDATA', () => {
    const [first] = items(
      item(`
        <title>
            <![CDATA[ Missili Polonia, cosa è successo? ]]>
        </title>
        <link>https://www.ilmessaggero.it/mondo/missili_polonia-7054869.html</link>
        <guid>
          https://www.ilmessaggero.it/mondo/missili_polonia-7054869.html
        </guid>
        <category> Mondo </category>
        <category>   </category>
        <category><![CDATA[angie's list]]></category>`),
    );
    expect(first).to.deep.include({
      id: 'https://www.ilmessaggero.it/mondo/missili_polonia-7054869.html',
      title: 'Missili Polonia, cosa è successo?',
      url: 'https://www.ilmessaggero.it/mondo/missili_polonia-7054869.html',
      tags: ['Mondo', "angie's list"],
    });
  });

  it('trims attribute values and Dublin Core subjects', () => {
    const [first] = items(
      item(`<title>E</title><dc:subject> Technik </dc:subject>
        <enclosure url="
          https://cdn.example/e.mp3" type=" audio/mpeg " length=" 100 "/>`),
    );
    expect(first!.tags).to.deep.equal(['Technik']);
    expect(first!.attachments).to.deep.equal([
      {
        url: 'https://cdn.example/e.mp3',
        mime_type: 'audio/mpeg',
        title: 'E',
        size_in_bytes: 100,
        duration_in_seconds: undefined,
      },
    ]);
  });

  it("trims a pubDate before reading it, so that its month is read in the publisher's language", () => {
    // UOL's date (uol-latin1-undeclared.rss.xml), on lines of its own as Il Messaggero writes its values.
    const [uol] = items(
      item(`<title>UOL</title><pubDate>
          Seg, 24 Set 2018 19:42:40 -0300
        </pubDate>`),
    );
    expect(parseDate(uol!.date_published as string)?.toISOString()).to.equal('2018-09-24T22:42:40.000Z');
  });

  it('leaves out what a channel does not say, rather than giving empty values', () => {
    const feed = read(rss('<title>Bare</title><item><title>Only a title</title></item>'));
    expect(feed).to.deep.include({ authors: [], language: undefined, icon: undefined, next_url: undefined });
    expect((feed.items as Json[])[0]).to.deep.include({
      id: undefined,
      url: undefined,
      authors: undefined,
      language: undefined,
      image: undefined,
      attachments: [],
      tags: [],
    });
  });
});

describe('RSS reader: links and ids', () => {
  it('takes a guid as the link only when it is a permalink to a web page', () => {
    const [wordpress, scripting, tagged, plain] = items(
      rss(`
        <item><title>A</title><guid isPermaLink="false">https://blog.example/?p=123</guid></item>
        <item><title>B</title><guid>
          http://scripting.com/2024/06/17.html#a091500
        </guid></item>
        <item><title>C</title><guid>tag:news.example,2024:https://news.example/c</guid></item>
        <item><title>D</title><guid isPermaLink="true">https://news.example/d</guid></item>`),
    );
    expect(wordpress, 'isPermaLink="false"').to.deep.include({ id: 'https://blog.example/?p=123', url: undefined });
    expect(scripting, 'an http guid, padded').to.deep.include({
      id: 'http://scripting.com/2024/06/17.html#a091500',
      url: 'http://scripting.com/2024/06/17.html#a091500',
    });
    expect(tagged, 'not a web address').to.deep.include({
      id: 'tag:news.example,2024:https://news.example/c',
      url: undefined,
    });
    expect(plain.url).to.equal('https://news.example/d');
  });

  it('prefers <link> to a permalink guid', () => {
    const [first] = items(item('<link>https://news.example/a</link><guid>https://news.example/?p=1</guid>'));
    expect(first).to.deep.include({ id: 'https://news.example/?p=1', url: 'https://news.example/a' });
  });

  it('finds the home page in a WordPress channel, where atom:link comes before <link>', () => {
    const feed = read(
      rss(`<title>A Blog</title>
        <atom:link href="https://blog.example/feed/" rel="self" type="application/rss+xml" />
        <link>https://blog.example/</link>
        <item><title>A</title><link>https://blog.example/a/</link></item>`),
    );
    expect(feed.home_page_url).to.equal('https://blog.example/');
  });
});

describe('RSS reader: categories', () => {
  it("leaves out categories that are a taxonomy's paths, as the Telegraph writes them, and keeps labels with colons", () => {
    const [telegraph] = items(
      item(`<title>Why letting your dog lick your face might render antibiotics useless</title>
        <category domain="">structure:news/uk-news</category>
        <category domain="">storytype:standard</category>
        <category domain="">topics:things/dogs</category>
        <category>Star Wars: Andor</category>
        <category>Science</category>
        <category>COVID-19</category>
        <category>Cheat sheet:vim</category>
        <category>news:today is here</category>`),
    );
    expect(telegraph!.tags).to.deep.equal([
      'Star Wars: Andor',
      'Science',
      'COVID-19',
      'Cheat sheet:vim',
      'news:today is here',
    ]);
  });
});

describe('RSS reader: dates', () => {
  it("reads month and day names in the publisher's language, as Brazilian and European sites write pubDate", () => {
    const dates = {
      'Seg, 24 Set 2018 19:42:40 -0300': '2018-09-24T22:42:40.000Z',
      'Sáb, 01 Dez 2018 10:00:00 GMT': '2018-12-01T10:00:00.000Z',
      'Di, 12 Mär 2024 08:00:00 +0100': '2024-03-12T07:00:00.000Z',
      '3 Okt 2024 08:00 GMT': '2024-10-03T08:00:00.000Z',
      '12 mrt 2024 08:00 +0100': '2024-03-12T07:00:00.000Z',
      'mer., 17 juil. 2024 09:00:00 +0200': '2024-07-17T07:00:00.000Z',
      '17 juin 2024 09:00 +0200': '2024-06-17T07:00:00.000Z',
      '15 janvier 2024 08:00 GMT': '2024-01-15T08:00:00.000Z',
      'lun, 5 févr. 2024 08:00 GMT': '2024-02-05T08:00:00.000Z',
      '5 août 2024 08:00 GMT': '2024-08-05T08:00:00.000Z',
      'vie, 20 dic 2024 08:00 GMT': '2024-12-20T08:00:00.000Z',
      'mer, 16 nov 2022 00:38:15 +0100': '2022-11-15T23:38:15.000Z',
      '20 ott 2024 08:00 GMT': '2024-10-20T08:00:00.000Z',
      '20 ene 2024 08:00 GMT': '2024-01-20T08:00:00.000Z',
      'Fri, 31 May 2019 12:17:58 -0700': '2019-05-31T19:17:58.000Z',
      'Qua  25  Set  2018  10:00:00  -0300': '2018-09-25T13:00:00.000Z',
      'Qui 26 Set 2018 10:00:00 -0300': '2018-09-26T13:00:00.000Z',
    };
    const read = items(rss(pubDates(Object.keys(dates))));
    expect(read.map((entry) => parseDate(entry.date_published as string)?.toISOString())).to.deep.equal(
      Object.values(dates),
    );
  });

  it("reads JavaScript's Date#toString (NixOS) and the date in an HTML <time> (Drupal's views)", () => {
    const dates = {
      'Sat Oct 06 2018 00:00:00 GMT': '2018-10-06T00:00:00.000Z',
      'Sat Oct 06 2018 00:00:00 GMT+0200 (Central European Summer Time)': '2018-10-05T22:00:00.000Z',
      '<time datetime="2019-05-03T19:21:28Z">Fri, 05/03/2019 - 15:21</time>': '2019-05-03T19:21:28.000Z',
      '&lt;time datetime="2019-05-03T19:21:28Z" class="datetime"&gt;Fri, 05/03/2019 - 15:21&lt;/time&gt;':
        '2019-05-03T19:21:28.000Z',
      "&lt;time class='datetime' datetime = '2019-05-03T19:21:28+02:00'&gt;Fri, 05/03/2019&lt;/time&gt;":
        '2019-05-03T17:21:28.000Z',
      'Sat  Oct  06  2018  10:00:00  GMT-0500  (Eastern Standard Time)': '2018-10-06T15:00:00.000Z',
      // Without the zone's name, or without its offset.
      'Sat Oct 06 2018 00:00:00 GMT+0200': '2018-10-05T22:00:00.000Z',
      'Sat Oct 06 2018 00:00:00 GMT (Greenwich Mean Time)': '2018-10-06T00:00:00.000Z',
    };
    const read = items(rss(pubDates(Object.keys(dates))));
    expect(read.map((entry) => parseDate(entry.date_published as string)?.toISOString())).to.deep.equal(
      Object.values(dates),
    );
  });

  it('gives back as it is a date it reads already, or whose month it does not know, or of another form', () => {
    const dates = [
      'Fri, 31 May 2019 12:17:58 -0700',
      'Mon, 14 Foo 2024 08:00 GMT',
      '2020/13/10 14:33:00',
      'Dec 16 2023',
      'Hoje, Seg, 24 Set 2018 19:42:40 -0300',
      'Hoje Sat Oct 06 2018 00:00:00 GMT',
      'Sat Oct 06 2018 00:00:00 GMT, or later',
      'Hoje 2020/1/10 14:33:00',
      // A year-first date with a zone: not read at all rather than read in UTC, hours off.
      '2020/1/10 14:33:00 +0800',
    ];
    const read = items(rss(pubDates(dates)));
    expect(read.map((entry) => entry.date_published)).to.deep.equal(dates);
  });
});

describe('RSS reader: FeedBurner', () => {
  it("links a story to the publisher's own address (feedburner:origLink), not FeedBurner's redirect", () => {
    // Rock Paper Shotgun's feed, through FeedBurner.
    const [first, plain] = items(
      rss(
        `<title>Rock Paper Shotgun</title>
        <item><title>The Sunday Papers</title>
          <link>http://feedproxy.google.com/~r/RockPaperShotgun/~3/YzgyCq5DQhs/the-sunday-papers-607</link>
          <feedburner:origLink>https://www.rockpapershotgun.com/the-sunday-papers-607</feedburner:origLink></item>
        <item><title>Other</title><link>https://www.rockpapershotgun.com/other</link></item>`,
        'xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"',
      ),
    );
    expect(first!.url).to.equal('https://www.rockpapershotgun.com/the-sunday-papers-607');
    expect(plain!.url).to.equal('https://www.rockpapershotgun.com/other');
  });
});

describe('RSS reader: authors', () => {
  it('takes the name of an author given as elements, not all their text run together', () => {
    // Google Cloud's blog nests an Atom-style person in RSS's <author>.
    const [nested, plain] = items(
      rss(`<item><author xmlns:author="http://www.w3.org/2005/Atom"><name>Diane Chaleff</name>
          <title>Product Manager, Office of the CTO</title><department>Google Cloud</department></author></item>
        <item><author>Jane Doe</author></item>`),
    );
    expect(nested!.authors).to.deep.equal([{ name: 'Diane Chaleff' }]);
    expect(plain!.authors).to.deep.equal([{ name: 'Jane Doe' }]);
    const [later, spaced] = items(
      rss(`<item><author><title>Product Manager</title><name>
          Diane Chaleff
        </name></author></item>
        <item><author>
          Jane Doe
        </author></item>`),
    );
    expect(later!.authors).to.deep.equal([{ name: 'Diane Chaleff' }]);
    expect(spaced!.authors).to.deep.equal([{ name: 'Jane Doe' }]);
  });

  it('shows the name of an "address (name)" author, as RSS 2.0 and Blogger write it', () => {
    const names = items(
      rss(`
        <item><author>lawyer@boyer.net (Lawyer Boyer)</author></item>
        <item><author>noreply@blogger.com  (Jane Doe)</author></item>
        <item><author>Jane Doe</author></item>
        <item><author>Night desk: desk@news.example (News)</author></item>
        <item><author>desk@news.example (News) and agencies</author></item>`),
    ).map((entry) => (entry.authors as Json[])[0]!.name);
    expect(names).to.deep.equal([
      'Lawyer Boyer',
      'Jane Doe',
      'Jane Doe',
      'Night desk: desk@news.example (News)',
      'desk@news.example (News) and agencies',
    ]);
  });

  it('takes dc:creator first, then <author>, then itunes:author', () => {
    const [dc, plain, itunes] = items(
      rss(`
        <item><author>a@news.example (Author)</author><dc:creator>Creator</dc:creator></item>
        <item><itunes:author>Host</itunes:author><author>a@news.example (Author)</author></item>
        <item><itunes:author>Host</itunes:author></item>`),
    );
    expect([dc, plain, itunes].map((entry) => (entry!.authors as Json[])[0]!.name)).to.deep.equal([
      'Creator',
      'Author',
      'Host',
    ]);
  });

  it('names every reporter the Telegraph credits, one dc:creator each', () => {
    const [telegraph] = items(
      item(`<title>Russia-Ukraine latest news</title>
        <dc:creator>Maighna Nanu</dc:creator>
        <dc:creator>Poppie Platt</dc:creator>
        <dc:creator> </dc:creator>
        <dc:creator>Josh White</dc:creator>
        <author>desk@telegraph.example (The Desk)</author>`),
    );
    expect(telegraph!.authors).to.deep.equal([
      { name: 'Maighna Nanu' },
      { name: 'Poppie Platt' },
      { name: 'Josh White' },
    ]);
    const [blank] = items(item('<title>A</title><dc:creator> </dc:creator><author>a@news.example (Author)</author>'));
    expect(blank!.authors).to.deep.equal([{ name: 'Author' }]);
  });

  it("names the channel's author from dc:creator", () => {
    const feed = read(rss('<title>A</title><dc:creator>The Editors</dc:creator><item><title>A</title></item>'));
    expect(feed.authors).to.deep.equal([{ name: 'The Editors' }]);
  });
});

describe('RSS reader: summary and body', () => {
  it('tells a description that is a summary from one that is the body', () => {
    const [plain, markup, both, escaped] = items(
      rss(`
        <item><description>Just words.</description></item>
        <item><description><![CDATA[<p>The whole <b>story</b>.</p>]]></description></item>
        <item><description><![CDATA[<p>Teaser</p>]]></description><content:encoded><![CDATA[<p>Body</p>]]></content:encoded></item>
        <item><description>&lt;!-- more --&gt;Words</description></item>`),
    );
    expect(plain).to.deep.include({ summary: 'Just words.', content_html: undefined });
    expect(markup).to.deep.include({ summary: undefined, content_html: '<p>The whole <b>story</b>.</p>' });
    expect(both).to.deep.include({ summary: '<p>Teaser</p>', content_html: '<p>Body</p>' });
    expect(escaped).to.deep.include({ summary: undefined, content_html: '<!-- more -->Words' });
  });

  it('has no summary where the description is only a link to the comments (Hacker News)', () => {
    const [hn, post, video, own, notes] = items(
      rss(
        `<item><title>GPTZero case study discovers it's only accurate on less than 50% of text</title>
          <link>https://gonzoknows.com/posts/GPTZero-Case-Study/</link>
          <description><![CDATA[<a href="https://news.ycombinator.com/item?id=34858307">Comments</a>]]></description></item>
        <item><description><![CDATA[<a href="https://example.com/a">example.com/a</a>]]></description></item>
        <item><title>Video</title><media:group><media:description>What the video shows.</media:description></media:group></item>
        <item><title>Own</title><description>Its own words</description><media:group><media:description>Not this</media:description></media:group></item>
        <item><title>Notes</title><media:group><media:description type="html">&lt;p&gt;Show notes&lt;/p&gt;</media:description></media:group></item>`,
        'xmlns:media="http://search.yahoo.com/mrss/"',
      ),
    );
    expect(hn).to.deep.include({ summary: undefined, content_html: undefined, content_text: undefined });
    // A link with words around it is a summary.
    const [before, after] = items(
      rss(`<item><title>A</title><description><![CDATA[<a href="https://a.example/">Read</a> the story]]></description></item>
        <item><title>B</title><description><![CDATA[The story, <a href="https://b.example/">read</a>]]></description></item>`),
    );
    expect(before!.content_html).to.equal('<a href="https://a.example/">Read</a> the story');
    expect(after!.content_html).to.equal('The story, <a href="https://b.example/">read</a>');
    // A post that is nothing but a link is its own text; a video's description is its text.
    expect(post).to.deep.include({ content_html: '<a href="https://example.com/a">example.com/a</a>' });
    expect(video).to.deep.include({ content_text: 'What the video shows.' });
    expect(own).to.deep.include({ summary: 'Its own words', content_text: undefined });
    expect(notes).to.deep.include({ content_html: '<p>Show notes</p>', content_text: undefined });
  });

  it("reads an aggregator's item (Google News): its publisher a source, not in the headline; its coverage no summary", () => {
    // googlenews-escaped-html.rss.xml, shortened: the headline ends in its publisher's name, which
    // <source> gives, and the description lists the coverage of the story, its own link first.
    const coverage = (headline: string, publisher: string) =>
      `<![CDATA[<ol><li><a href="https://news.google.com/rss/articles/CBMi1?oc=5" target="_blank">${headline}</a>&nbsp;&nbsp;<font color="#6f6f6f">${publisher}</font></li><li><a href="https://news.google.com/rss/articles/CBMi2?oc=5" target="_blank">Federal Reserve raises interest rates by 0.75%</a>&nbsp;&nbsp;<font color="#6f6f6f">CNBC</font></li><li><strong><a href="https://news.google.com/stories/CAAq?oc=5" target="_blank">View Full Coverage on Google News</a></strong></li></ol>]]>`;
    const [fed, mars, nyPost, nejm] = items(
      rss(`
        <item><title>Fed unleashes another big rate hike - The Associated Press</title>
          <description>${coverage('Fed unleashes another big rate hike', 'The Associated Press')}</description>
          <source url="https://apnews.com">The Associated Press</source></item>
        <item><title>NASA Will Send More Helicopters to Mars - The New York Times</title>
          <description><![CDATA[<a href="https://news.google.com/rss/articles/CBMi3?oc=5" target="_blank">NASA Will Send More Helicopters to Mars</a>&nbsp;&nbsp;<font color="#6f6f6f">The New York Times</font><strong><a href="https://news.google.com/stories/CAAq?oc=5">View Full Coverage on Google News</a></strong>]]></description>
          <source url="https://www.nytimes.com">The New York Times</source></item>
        <item><title>Mets sweep Yankees with walk-off win after Max Scherzer dominates - New York Post </title>
          <description>${coverage('Mets sweep Yankees with walk-off win after Max Scherzer dominates', 'New York Post ')}</description>
          <source url="https://nypost.com">New York Post </source></item>
        <item><title>Supplemental Vitamin D and Incident Fractures | NEJM - nejm.org</title>
          <description>${coverage('Supplemental Vitamin D and Incident Fractures | NEJM', 'nejm.org')}</description>
          <source url="https://www.nejm.org">nejm.org</source></item>`),
    );
    expect(fed).to.deep.include({
      title: 'Fed unleashes another big rate hike',
      summary: undefined,
      content_html: undefined,
      _news: { image_caption: undefined, sources: [{ name: 'The Associated Press', url: 'https://apnews.com' }] },
    });
    expect(mars).to.deep.include({
      title: 'NASA Will Send More Helicopters to Mars',
      summary: undefined,
      content_html: undefined,
    });
    expect(nyPost).to.deep.include({
      title: 'Mets sweep Yankees with walk-off win after Max Scherzer dominates',
      content_html: undefined,
    });
    // Only the name after the last dash: the publisher's own "| NEJM" is part of its headline.
    expect(nejm).to.deep.include({
      title: 'Supplemental Vitamin D and Incident Fractures | NEJM',
      content_html: undefined,
    });
  });

  it("reads Bing News's publisher and picture from its own elements, whose namespace is the search's address", () => {
    // As Bing News writes its search results (`/news/search?q=…&format=rss`), shortened.
    const [first, second, third] = read(`<?xml version="1.0" encoding="utf-8" ?>
<rss version="2.0" xmlns:News="https://www.bing.com:443/news/search?q=python&amp;setmkt=en-US&amp;first=1&amp;format=RSS">
  <channel><title>python - Bing News</title><link>https://www.bing.com:443/news/search?q=python&amp;setmkt=en-US&amp;first=1&amp;format=RSS</link>
    <item><title>Python 3.14 is out</title>
      <link>https://www.bing.com/news/apiclick.aspx?ref=FexRss&amp;aid=&amp;tid=c237ecc&amp;url=https%3a%2f%2fwww.infoworld.com%2farticle%2fpython-314.html&amp;c=1&amp;mkt=en-us</link>
      <description>The new release brings free threading.</description><pubDate>Tue, 07 Oct 2025 13:37:00 GMT</pubDate>
      <News:Source>InfoWorld</News:Source>
      <News:Image>http://www.bing.com/th?id=OVFT.abc123&amp;pid=News</News:Image>
      <News:ImageSize>w={0}&amp;h={1}&amp;c=7</News:ImageSize><News:ImageKeepOriginalRatio></News:ImageKeepOriginalRatio>
      <News:ImageMaxWidth>700</News:ImageMaxWidth><News:ImageMaxHeight>466</News:ImageMaxHeight></item>
    <item><title>No picture</title><link>https://www.bing.com/news/apiclick.aspx?url=https%3a%2f%2fapnews.com%2farticle%2fx</link>
      <description>d</description><Source xmlns="https://elsewhere.example/news/">Not Bing's</Source></item>
    <item><title>Search without a port</title><link>https://apnews.com/article/y</link>
      <B:Source xmlns:B="https://www.bing.com/news/search?q=iran%20news&amp;format=rss">
        AP News
      </B:Source></item>
  </channel>
</rss>`).items as Json[];
    expect(first).to.deep.include({
      url: 'https://www.infoworld.com/article/python-314.html',
      image: 'http://www.bing.com/th?id=OVFT.abc123&pid=News',
      _news: { image_caption: undefined, sources: [{ name: 'InfoWorld', url: undefined }] },
    });
    expect(second).to.deep.include({ url: 'https://apnews.com/article/x', image: undefined });
    expect(second!._news).not.to.have.property('sources');
    // The address of a search made without a port, a prefix of its own, and the name on lines of its own.
    expect((third!._news as Json).sources).to.deep.equal([{ name: 'AP News', url: undefined }]);
  });

  it("keeps a headline and description that only look like an aggregator's", () => {
    const [named, whole, summary, noSource, untitled, other, padded, another, later, listed, dashed, glued] = items(
      rss(`
        <item><title>CNN Exclusive: a deal for Griner</title><source url="https://www.cnn.com">CNN</source></item>
        <item><title>Reuters</title><source url="https://www.reuters.com">Reuters</source></item>
        <item><title>Rates rise - Reuters</title><description><![CDATA[<p>The <a href="https://fed.example/">Fed</a> raised rates.</p>]]></description>
          <source url="https://www.reuters.com">Reuters</source></item>
        <item><title>Monday links</title><description><![CDATA[<ul><li><a href="https://a.example/">Monday links</a></li></ul><p>Words</p>]]></description></item>
        <item><description>Only words.</description><source url="https://www.cnn.com">CNN</source></item>
        <item><title>Iran talks - updates</title><source url="https://www.bbc.com">BBC Now</source></item>
        <item><title>Iran talks  —  BBC Now</title><source url="https://www.bbc.com">BBC Now</source></item>
        <item><title>Rates rise - Reuters</title><description><![CDATA[<a href="https://fed.example/">The Fed</a> raised rates, and <a href="https://x.example/">Rates rise</a>.]]></description>
          <source url="https://www.reuters.com">Reuters</source></item>
        <item><title>Rates rise - Reuters</title><description><![CDATA[<p>Words first. <a href="https://x.example/">Rates rise</a></p>]]></description>
          <source url="https://www.reuters.com">Reuters</source></item>
        <item><title>Rates rise - Reuters</title><description><![CDATA[<ol>
<li><a href="https://news.google.com/rss/articles/1">Rates rise</a>&nbsp;&nbsp;<font color="#6f6f6f">Reuters</font></li></ol>]]></description>
          <source url="https://www.reuters.com">Reuters</source></item>
        <item><title>Iran - talks go on with Reuters</title><source url="https://www.reuters.com">Reuters</source></item>
        <item><title>Rates rise - Reuters</title><description><![CDATA[<p>See:<a href="https://x.example/">Rates rise</a></p>]]></description>
          <source url="https://www.reuters.com">Reuters</source></item>`),
    );
    // A publisher's name that does not follow a dash, or is the whole headline, is the headline's.
    expect(named!.title).to.equal('CNN Exclusive: a deal for Griner');
    expect(whole!.title).to.equal('Reuters');
    // A description that opens with something else than the headline's link is its summary or body.
    expect(summary).to.deep.include({
      title: 'Rates rise',
      content_html: '<p>The <a href="https://fed.example/">Fed</a> raised rates.</p>',
    });
    // Without a <source> a description opening with the headline's link is no aggregator's.
    expect(noSource!.content_html).to.contain('<p>Words</p>');
    // An untitled item with a source is a micro-post as any other.
    expect(untitled).to.deep.include({ title: undefined, summary: 'Only words.' });
    // Only the source's own name comes off, and only after a dash, however spaced.
    expect(other!.title).to.equal('Iran talks - updates');
    expect(padded!.title).to.equal('Iran talks');
    expect(dashed!.title).to.equal('Iran - talks go on with Reuters');
    // A description that opens with another link, or has the headline's link later, is the story's.
    expect(another!.content_html).to.contain('raised rates');
    expect(later!.content_html).to.contain('Words first.');
    expect(glued!.content_html).to.contain('See:');
    // Google News's list, with a line break in it, is its coverage.
    expect(listed).to.deep.include({ title: 'Rates rise', content_html: undefined });
  });

  it('keeps the date an item was updated (atom:updated)', () => {
    const [first] = items(
      item('<pubDate>Mon, 03 Jun 2024 08:05:00 +0000</pubDate><atom:updated>2024-06-04T10:00:00Z</atom:updated>'),
    );
    expect(first).to.deep.include({
      date_published: 'Mon, 03 Jun 2024 08:05:00 +0000',
      date_modified: '2024-06-04T10:00:00Z',
    });
  });

  it("keeps XML's own escapes in a feed that also uses HTML's named entities", () => {
    const [first] = items(item('<title>Q&amp;A: &lt;b&gt; &quot;x&quot; &apos;y&apos;&nbsp;z&mdash;</title>'));
    // HTML's names are kept as references, for the normaliser to decode in text.
    expect(first!.title).to.equal('Q&A: <b> "x" \'y\'&nbsp;z&mdash;');
  });

  it('reads a feed with an ampersand left as it is, which a browser refuses as XML (G1)', () => {
    // portuguese-g1-globo-brasil.rss.xml (G1, 2018): one description, outside CDATA.
    const [first] = items(
      item(
        '<title>Ingressos para Campanha do Teatro & Dança</title><description>Ingressos para a 17ª Campanha de Popularização do Teatro & Dança &#8211; R$ 10 &amp; R$ 15&#x2e; Ok&nbsp;</description>',
      ),
    );
    expect(first!.title).to.equal('Ingressos para Campanha do Teatro & Dança');
    // HTML's names are kept as references, for the normaliser to decode in text.
    expect(first!.summary).to.equal(
      'Ingressos para a 17ª Campanha de Popularização do Teatro & Dança – R$ 10 & R$ 15. Ok&nbsp;',
    );
  });
});

describe('RSS reader: languages', () => {
  it("takes the channel's language from <language>, dc:language or xml:lang", () => {
    expect(read(rss('<title>A</title><dc:language>en-gb</dc:language>')).language).to.equal('en-gb');
    expect(read(rss('<title>A</title>', 'xml:lang="fr"')).language).to.equal('fr');
  });

  it("takes an item's language from dc:language or its xml:lang", () => {
    const [dc, attribute, none] = items(
      rss(`<language>en</language>
        <item><title>A</title><dc:language>de</dc:language></item>
        <item xml:lang="fr"><title>B</title></item>
        <item><title>C</title></item>`),
    );
    expect([dc!.language, attribute!.language, none!.language]).to.deep.equal(['de', 'fr', undefined]);
  });
});

describe('RSS reader: podcasts', () => {
  const show = (episodes: string) =>
    rss(`<title>The Omni Show</title><itunes:image href="https://show.example/cover.jpg" />${episodes}`);

  it("gives an enclosure that states no type the one its file name implies (ATP's older episodes)", () => {
    const [old, video, unknown] = items(
      show(`
        <item><title>309</title><enclosure url="http://traffic.libsyn.com/atpfm/atp309.mp3" length="50286944"/></item>
        <item><title>Clip</title><enclosure url="https://cdn.example/clip.M4V?dl=1"/></item>
        <item><title>Notes</title><enclosure url="https://cdn.example/notes.pdf"/></item>`),
    );
    expect(old!.attachments).to.deep.equal([
      {
        url: 'http://traffic.libsyn.com/atpfm/atp309.mp3',
        mime_type: 'audio/mpeg',
        title: '309',
        size_in_bytes: 50286944,
        duration_in_seconds: undefined,
      },
    ]);
    expect((video!.attachments as Json[])[0]!.mime_type).to.equal('video/mp4');
    expect(unknown!.attachments).to.deep.equal([]);
    // No type and no file name, or no address at all: no attachment.
    const [bare, nowhere] = items(
      show(
        `<item><title>A</title><enclosure url="https://cdn.example/episode?id=3"/></item><item><title>B</title><enclosure length="1"/></item>`,
      ),
    );
    expect(bare!.attachments).to.deep.equal([]);
    expect(nowhere!.attachments).to.deep.equal([]);
    // A type the enclosure states stands, whatever its file name.
    const [typed] = items(
      show(`<item><title>M4A</title><enclosure url="https://cdn.example/1.m4a" type="audio/x-m4a"/></item>`),
    );
    expect((typed!.attachments as Json[])[0]!.mime_type).to.equal('audio/x-m4a');
  });

  it('reads the iTunes elements whatever the case of their namespace (Taverncast writes …/DTDs/Podcast-1.0.dtd)', () => {
    const feed = read(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/DTDs/Podcast-1.0.dtd"><channel><title>Taverncast</title>
  <itunes:author>Taverncast</itunes:author><itunes:image href="https://taverncast.example/cover.jpg"/>
  <item><title>Episode 62</title><itunes:duration>1:09:50</itunes:duration>
    <enclosure url="https://taverncast.example/62.mp3" length="1" type="audio/mpeg"/></item>
</channel></rss>`);
    const [episode] = feed.items as Json[];
    expect(feed.authors).to.deep.equal([{ name: 'Taverncast' }]);
    expect(episode!.image).to.equal('https://taverncast.example/cover.jpg');
    expect((episode!.attachments as Json[])[0]!.duration_in_seconds).to.equal(4190);
  });

  it('gives every episode the show art, even one without its own audio', () => {
    const [trailer, episode] = items(
      show(`
        <item><title>Trailer</title></item>
        <item><title>Episode 1</title><enclosure url="https://cdn.example/1.mp3" length="100" type="audio/mpeg"/></item>`),
    );
    expect(trailer!.image).to.equal('https://show.example/cover.jpg');
    expect(episode!.image).to.equal('https://show.example/cover.jpg');
  });

  it('knows a podcast by an episode with its audio beside other enclosures', () => {
    const [episode] = items(
      show(`<item><title>Episode 2</title>
        <enclosure url="https://cdn.example/2.pdf" length="100" type="application/pdf"/>
        <enclosure url="https://cdn.example/2.mp3" length="100" type="audio/mpeg"/></item>`),
    );
    expect(episode!.image).to.equal('https://show.example/cover.jpg');
    expect(
      (episode!.attachments as Json[]).map((a) => a.url),
      'only the audio',
    ).to.deep.equal(['https://cdn.example/2.mp3']);
  });

  it('does not give a news item the channel art', () => {
    const [story] = items(
      show('<item><title>News</title><enclosure url="https://cdn.example/a.pdf" type="application/pdf"/></item>'),
    );
    expect(story!.image).to.be.undefined;
  });

  it("reads an episode's length in seconds, MM:SS or HH:MM:SS, and ignores other forms", () => {
    const durations = ['3723', '29:32', '1:02:03', '45 min', 'about 45:00', '1:02:03.5', ''].map((value) => {
      const [episode] = items(
        show(`<item><title>E</title><enclosure url="https://cdn.example/e.mp3" length="1" type="audio/mpeg"/>
          <itunes:duration>${value}</itunes:duration></item>`),
      );
      return (episode!.attachments as Json[])[0]!.duration_in_seconds;
    });
    expect(durations).to.deep.equal([3723, 1772, 3723, undefined, undefined, undefined, undefined]);
  });

  it('gives a size only for a length in bytes (Macworld writes length="0")', () => {
    const sizes = ['34216300', '0', '', 'unknown', '-1', 'Infinity'].map((length) => {
      const [episode] = items(
        show(
          `<item><title>E</title><enclosure url="https://cdn.example/e.mp3" length="${length}" type="audio/mpeg"/></item>`,
        ),
      );
      return (episode!.attachments as Json[])[0]!.size_in_bytes;
    });
    expect(sizes).to.deep.equal([34216300, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('RSS 1.0 (RDF) reader', () => {
  const rdf = (body: string, ns = 'xmlns="http://purl.org/rss/1.0/"') => `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" ${ns} xmlns:dc="http://purl.org/dc/elements/1.1/">
  ${body}
</rdf:RDF>`;

  it('takes the id from rdf:about and the logo from the <image> beside the channel, as the RSS 1.0 spec writes it', () => {
    const feed = read(
      rdf(`<channel rdf:about="http://biorxiv.org"><title>bioRxiv</title><link>http://biorxiv.org</link>
          <image rdf:resource="http://biorxiv.org/logo.gif"/></channel>
        <image rdf:about="http://biorxiv.org/logo.gif"><title>bioRxiv</title><url>http://biorxiv.org/logo.gif</url></image>
        <item rdf:about="http://biorxiv.org/cgi/content/short/743294v1?rss=1"><title>Wheat</title>
          <dc:title>Wheat, in Dublin Core</dc:title></item>`),
    );
    expect(feed.icon).to.equal('http://biorxiv.org/logo.gif');
    expect((feed.items as Json[])[0]).to.deep.include({
      id: 'http://biorxiv.org/cgi/content/short/743294v1?rss=1',
      title: 'Wheat',
    });
  });

  it("takes an item's picture from an RSS 1.0 enclosure (craigslist's listings)", () => {
    const [listing, other, typed, named] = read(
      rdf(
        `<channel><title>craigslist</title></channel>
        <item rdf:about="https://sfbay.craigslist.org/pen/apa/d/1.html"><title>Remodeled 1 bedroom</title>
          <enc:enclosure resource="https://images.craigslist.org/00l0l_fbVZikCjEKO_300x300.jpg" type="image/jpeg"/></item>
        <item rdf:about="https://sfbay.craigslist.org/pen/apa/d/2.html"><title>Studio</title>
          <enc:enclosure resource="https://cdn.example/listing.pdf" type="application/pdf"/></item>
        <item rdf:about="https://sfbay.craigslist.org/pen/apa/d/3.html"><title>Loft</title>
          <enc:enclosure resource="https://images.example/photo?id=3" type="image/jpeg"/></item>
        <item rdf:about="https://sfbay.craigslist.org/pen/apa/d/4.html"><title>Room</title>
          <enc:enclosure resource="https://images.example/4.jpg"/></item>`,
        'xmlns="http://purl.org/rss/1.0/" xmlns:enc="http://purl.oclc.org/net/rss_2.0/enc#"',
      ),
    ).items as Json[];
    expect(listing!.image).to.equal('https://images.craigslist.org/00l0l_fbVZikCjEKO_300x300.jpg');
    expect(other!.image).to.be.undefined;
    expect(typed!.image, 'by its type').to.equal('https://images.example/photo?id=3');
    expect(named!.image, 'by its file name').to.equal('https://images.example/4.jpg');
  });

  it('reads RSS 0.90, the RSS 1.0 of heise online, in its own namespace', () => {
    const feed = read(
      rdf(
        `<channel><title>heise online News</title><link>https://www.heise.de/newsticker/</link></channel>
        <item><title>Ein Jahr nach dem Hack</title><link>https://www.heise.de/newsticker/meldung/4227811.html</link></item>`,
        'xmlns="http://my.netscape.com/rdf/simple/0.9/"',
      ),
    );
    expect(feed.title).to.equal('heise online News');
    expect((feed.items as Json[])[0]).to.deep.include({
      title: 'Ein Jahr nach dem Hack',
      url: 'https://www.heise.de/newsticker/meldung/4227811.html',
    });
  });

  it('takes a logo written inside the channel when there is none beside it', () => {
    const feed = read(
      rdf(
        '<channel><title>A</title><image><url>https://a.example/logo.png</url></image></channel><item><title>A</title></item>',
      ),
    );
    expect(feed.icon).to.equal('https://a.example/logo.png');
  });

  it('reads a document that does not declare the RSS 1.0 namespace', () => {
    const feed = read(
      rdf(
        '<channel><title>Undeclared</title></channel><item><title>A</title><link>https://a.example/</link></item>',
        '',
      ),
    );
    expect(feed.title).to.equal('Undeclared');
    expect((feed.items as Json[])[0]).to.deep.include({ title: 'A', url: 'https://a.example/' });
  });

  it('reads at most 1000 items of a huge feed', () => {
    expect(read(rdf(`<channel><title>Many</title></channel>${'<item/>'.repeat(1001)}`)).items).to.have.length(1000);
  });
});

describe('RSS reader: what is not a feed', () => {
  const URL = 'https://news.example/feed.xml';

  it('names the kind of document in its error, with the feed URL', async () => {
    const noChannel = await feedFailure(
      Promise.resolve().then(() => read('<rss version="2.0"><title>No channel</title></rss>', URL)),
    );
    expect(noChannel).to.deep.include({ kind: 'xml', url: URL, message: 'The RSS document has no <channel>.' });
    const rdfNoChannel = await feedFailure(
      Promise.resolve().then(() =>
        read('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item/></rdf:RDF>', URL),
      ),
    );
    expect(rdfNoChannel).to.deep.include({ kind: 'xml', url: URL, message: 'The RSS 1.0 document has no <channel>.' });
    const page = await feedFailure(
      Promise.resolve().then(() => read('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', URL)),
    );
    expect(page).to.deep.include({
      kind: 'html',
      url: URL,
      message: 'The feed URL returned a web page (HTML), not a feed.',
    });
    const broken = await feedFailure(Promise.resolve().then(() => read('<rss><channel><item>', URL)));
    expect(broken).to.deep.include({ kind: 'parse', url: URL, message: 'The feed is not well-formed XML.' });
    const sitemap = await feedFailure(
      Promise.resolve().then(() => read('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>', URL)),
    );
    expect(sitemap).to.deep.include({ kind: 'xml', url: URL });
  });
});

describe('RSS reader: pictures', () => {
  const media = (body: string) =>
    items(
      rss(`<title>Pictures</title><item><title>A</title>${body}</item>`, 'xmlns:media="http://search.yahoo.com/mrss/"'),
    )[0]!.image;

  it("takes the Guardian's larger media:content, a picture by its file name (no type, no medium)", () => {
    expect(
      media(`<media:content width="140" url="https://i.guim.co.uk/img/media/21a0/master/5760.jpg?w=140&amp;q=55&amp;s=eeb7"/>
        <media:content width="460" url="https://i.guim.co.uk/img/media/21a0/master/5760.jpg?w=460&amp;q=55&amp;s=b289"/>`),
    ).to.equal('https://i.guim.co.uk/img/media/21a0/master/5760.jpg?w=460&q=55&s=b289');
    expect(media('<media:content url="https://cdn.example/photo.jpg"/>')).to.equal('https://cdn.example/photo.jpg');
  });

  it('takes media:content by its medium or its type, and not a video poster named like a picture', () => {
    expect(media('<media:content url="https://cdn.example/render?id=7" medium="image"/>')).to.equal(
      'https://cdn.example/render?id=7',
    );
    expect(media('<media:content url="https://cdn.example/render?id=8" type="image/webp"/>')).to.equal(
      'https://cdn.example/render?id=8',
    );
    expect(media('<media:content url="https://cdn.example/clip.gif" medium="video"/>')).to.be.undefined;
    expect(media('<media:content url="https://cdn.example/clip.gif" type="video/mp4"/>')).to.be.undefined;
  });

  it('takes the largest picture that states a size, and of the rest a thumbnail first', () => {
    // Londonist: the full picture 875 wide after a 300-pixel thumbnail.
    expect(
      media(`<media:thumbnail url="https://assets.londonist.com/uploads/2017/06/i300x150/chip_2.jpg" width="300" height="150"/>
        <media:content url="http://assets.londonist.com/uploads/2017/06/chip_2.jpg" type="image/jpeg" width="875" height="583"/>`),
    ).to.equal('http://assets.londonist.com/uploads/2017/06/chip_2.jpg');
    expect(
      media(`<media:content url="https://cdn.example/unsized.jpg" medium="image"/>
        <media:thumbnail url="https://cdn.example/thumb.jpg"/>`),
    ).to.equal('https://cdn.example/thumb.jpg');
    expect(
      media(`<media:thumbnail url="https://cdn.example/thumb.jpg"/>
        <media:content url="https://cdn.example/tall.jpg" medium="image" height="800"/>`),
    ).to.equal('https://cdn.example/tall.jpg');
  });

  it("passes over an avatar by its address: WordPress.com's author gravatar before the post's figures", () => {
    // The Morning Paper (blog.acolyer.org), as WordPress.com writes Media RSS.
    expect(
      media(`<media:content url="http://1.gravatar.com/avatar/a795b?s=96&#38;d=identicon&#38;r=G" medium="image">
          <media:title type="html">adriancolyer</media:title>
        </media:content>
        <media:content url="https://adriancolyer.files.wordpress.com/2017/02/js-libs-fig-1.jpeg?w=640" medium="image">
          <media:title type="html">js-libs-fig-1</media:title>
        </media:content>`),
    ).to.equal('https://adriancolyer.files.wordpress.com/2017/02/js-libs-fig-1.jpeg?w=640');
  });

  it("lets Blogger's 72-pixel thumbnail give way to the post's own picture, and keeps it when there is none", () => {
    const blogger = (body: string) =>
      items(
        rss(
          `<title>Cornucopia?</title><item><title>Tredje månaden</title>
            <description>${body}</description>
            <media:thumbnail url="https://1.bp.blogspot.com/-hD_mqKJx-XY/WLwTIKSEt6I/AAAAAAAAqfI/sztW/s72-c/konj.png" height="72" width="72"/>
          </item>`,
          'xmlns:media="http://search.yahoo.com/mrss/"',
        ),
      )[0]!.image;
    // The normaliser then takes the body's picture (the s640 one).
    expect(
      blogger(
        '&lt;a href="https://1.bp.blogspot.com/-hD/s1600/konj.png"&gt;&lt;img src="https://1.bp.blogspot.com/-hD/s640/konj.png" width="640"&gt;&lt;/a&gt;',
      ),
    ).to.be.undefined;
    expect(blogger('Words, and no picture.')).to.equal(
      'https://1.bp.blogspot.com/-hD_mqKJx-XY/WLwTIKSEt6I/AAAAAAAAqfI/sztW/s72-c/konj.png',
    );
    // A thumbnail of 150 pixels or more, or of no stated size, is kept beside a body's picture.
    expect(
      media(
        `<media:thumbnail url="https://cdn.example/t.jpg" width="150"/><description>&lt;img src="https://cdn.example/b.jpg"&gt;</description>`,
      ),
    ).to.equal('https://cdn.example/t.jpg');
  });

  it('reads pictures where some sites put them: as the text of media:thumbnail, in an <image> of the item', () => {
    // MyAnimeList.
    expect(
      media(
        '<media:thumbnail>https://cdn.myanimelist.net/s/common/uploaded_files/1664092688-dd34.jpeg</media:thumbnail>',
      ),
    ).to.equal('https://cdn.myanimelist.net/s/common/uploaded_files/1664092688-dd34.jpeg');
    // ESPN, and Bleacher Report.
    expect(
      media('<image><![CDATA[https://a.espncdn.com/photo/2021/0506/r850492_1296x1296_1-1.jpg]]></image>'),
    ).to.equal('https://a.espncdn.com/photo/2021/0506/r850492_1296x1296_1-1.jpg');
    expect(
      media('<image><link>https://media.bleacherreport.com/image/upload/v1685197298/ieh5.jpg</link></image>'),
    ).to.equal('https://media.bleacherreport.com/image/upload/v1685197298/ieh5.jpg');
    expect(media('<image><url> https://cdn.example/u.jpg </url><title>U</title></image>')).to.equal(
      'https://cdn.example/u.jpg',
    );
    expect(media('<image><title>L</title><link>http://cdn.example/l.jpg</link></image>')).to.equal(
      'http://cdn.example/l.jpg',
    );
    // Text that is no web address, or more than one, is no picture.
    expect(media('<media:thumbnail>none</media:thumbnail><image>javascript:alert(1)</image>')).to.be.undefined;
    expect(media('<media:thumbnail>see https://cdn.example/a.jpg</media:thumbnail>')).to.be.undefined;
    expect(media('<media:thumbnail>https://cdn.example/a.jpg https://cdn.example/b.jpg</media:thumbnail>')).to.be
      .undefined;
    // A thumbnail with no address at all leaves the way to the next kind of picture.
    expect(media('<media:thumbnail/><enclosure url="https://cdn.example/e.jpg" type="image/jpeg"/>')).to.equal(
      'https://cdn.example/e.jpg',
    );
    // Nor is an icon-sized video's own thumbnail the item's picture.
    expect(
      media(`<media:content url="https://cdn.example/v.mp4" type="video/mp4" width="32" height="32">
          <media:thumbnail url="https://cdn.example/v.jpg"/></media:content>`),
    ).to.be.undefined;
  });

  it("captions a picture with what the feed says of it: NYT's description and credit beside it, the Guardian's credit in it", () => {
    const captioned = (body: string) =>
      items(
        rss(
          `<title>Pictures</title><item><title>A</title>${body}</item>`,
          'xmlns:media="http://search.yahoo.com/mrss/"',
        ),
      )[0]!._news;
    expect(
      captioned(`<media:content height="1800" medium="image" url="https://static01.nyt.com/images/2022/04/05/bucha.jpg" width="1800"/>
        <media:credit>Daniel Berehulak for The New York Times</media:credit>
        <media:description>Tatyana Petrovna, 72, in the garden of a Bucha home.</media:description>`),
    ).to.deep.equal({
      image_caption: 'Tatyana Petrovna, 72, in the garden of a Bucha home. — Daniel Berehulak for The New York Times',
    });
    expect(
      captioned(`<media:content width="460" url="https://i.guim.co.uk/img/media/1b29/master/3500.jpg?width=460">
          <media:credit scheme="urn:ebu">Photograph: Alexei Alexandrov/AP</media:credit>
        </media:content>`),
    ).to.deep.equal({ image_caption: 'Photograph: Alexei Alexandrov/AP' });
    // Mastodon's alt text, inside the picture.
    expect(
      captioned(`<media:content url="https://files.mastodon.social/a.jpg" type="image/jpeg" medium="image">
          <media:rating scheme="urn:simple">nonadult</media:rating>
          <media:description type="plain">Food in Korean restaurant on top of table</media:description>
        </media:content>`),
    ).to.deep.equal({ image_caption: 'Food in Korean restaurant on top of table' });
    // A video's group description is no picture's caption; nor an item's when its picture is elsewhere.
    expect(
      captioned(`<media:group><media:thumbnail url="https://i1.ytimg.com/vi/0_NV/hqdefault.jpg" width="480" height="360"/>
          <media:description>This episode is sponsored by Thorum.</media:description></media:group>`),
    ).to.deep.equal({ image_caption: undefined });
    expect(
      captioned(`<media:group><media:content url="https://cdn.example/p.jpg" medium="image"/></media:group>
          <media:description>Of the item</media:description>`),
    ).to.deep.equal({ image_caption: undefined });
  });

  it('skips icons: media of 64 pixels or less in either stated dimension', () => {
    const sized = (size: string) =>
      media(
        `<media:thumbnail url="https://cdn.example/small.jpg" ${size}/><media:content url="https://cdn.example/big.jpg"/>`,
      );
    expect(sized('width="48"')).to.equal('https://cdn.example/big.jpg');
    expect(sized('height="48"')).to.equal('https://cdn.example/big.jpg');
    expect(sized('width="640" height="48"')).to.equal('https://cdn.example/big.jpg');
    expect(sized('width="64" height="64"')).to.equal('https://cdn.example/big.jpg');
    expect(sized('width="65" height="65"')).to.equal('https://cdn.example/small.jpg');
    expect(sized('')).to.equal('https://cdn.example/small.jpg');
  });

  it("reads media:group, then image enclosures, then iTunes art, then a video's own thumbnail", () => {
    expect(
      media('<media:group><media:content url="https://cdn.example/group.jpg" medium="image"/></media:group>'),
    ).to.equal('https://cdn.example/group.jpg');
    expect(
      media(`<enclosure url="https://cdn.example/enclosure.jpg" type="image/jpeg"/>
        <itunes:image href="https://cdn.example/episode.jpg"/>`),
    ).to.equal('https://cdn.example/enclosure.jpg');
    expect(media('<itunes:image href="https://cdn.example/episode.jpg"/>')).to.equal('https://cdn.example/episode.jpg');
    expect(
      media(`<media:content url="https://cdn.example/clip.mp4" type="video/mp4" width="1280" height="720">
          <media:thumbnail url="https://cdn.example/poster.jpg"/>
        </media:content>`),
    ).to.equal('https://cdn.example/poster.jpg');
  });

  it('takes an image enclosure by its type or, without one, its file name, after an icon-sized media:content', () => {
    const avatar =
      '<media:content url="https://1.gravatar.com/avatar/bbce?s=32" medium="image" width="32" height="32"/>';
    expect(media(`${avatar}<enclosure url="https://cdn.example/photo?id=7054869" type="image/jpeg"/>`)).to.equal(
      'https://cdn.example/photo?id=7054869',
    );
    expect(media('<enclosure url="https://www.ilmessaggero.it/photos/MED/7054869.jpg" length="0"/>')).to.equal(
      'https://www.ilmessaggero.it/photos/MED/7054869.jpg',
    );
  });

  it('reads Media RSS whether its namespace ends with a slash or not', () => {
    const [first] = items(
      rss(
        '<title>A</title><item><title>A</title><m:thumbnail url="https://cdn.example/t.jpg"/></item>',
        'xmlns:m="http://search.yahoo.com/mrss"',
      ),
    );
    expect(first!.image).to.equal('https://cdn.example/t.jpg');
  });
});

describe('RSS reader: boilerplate at the end of a body', () => {
  it('takes out the last link that only says "View Entire Post ›" (BuzzFeed), with its paragraph and the rule before it', () => {
    // buzzfeed.rss.xml (BuzzFeed UK, sample-feeds).
    const [buzzfeed] = items(
      item(`<title>13 Brilliant Dot Cotton Moments From "EastEnders"</title>
        <link>https://www.buzzfeed.com/mtownsin/june-brown-dead-iconic-eastenders-moments</link>
        <description><![CDATA[<h1>Rest in peace a legend.</h1><p><img src="https://img.buzzfeed.com/buzzfeed-static/static/2022-04/5/9/campaign_images/074e5b793123/13-brilliant-dot-cotton-moments-from-eastenders-t-2-1927-1649150560-8_dblbig.jpg" /></p><hr /><p><a href="https://www.buzzfeed.com/mtownsin/june-brown-dead-iconic-eastenders-moments">View Entire Post &rsaquo;</a></p>]]></description>`),
    );
    expect(buzzfeed).to.deep.include({
      summary: undefined,
      content_html:
        '<h1>Rest in peace a legend.</h1><p><img src="https://img.buzzfeed.com/buzzfeed-static/static/2022-04/5/9/campaign_images/074e5b793123/13-brilliant-dot-cotton-moments-from-eastenders-t-2-1927-1649150560-8_dblbig.jpg" /></p>',
    });
  });

  it('takes out other read-more links, in a description or content:encoded, and only a last link that says nothing else', () => {
    const bodies = items(
      rss(`
        <item><description><![CDATA[<p>Words.</p> <a href="https://news.example/a">Continue reading →</a>]]></description></item>
        <item><description><![CDATA[<p>Words. <a class="more" href="https://news.example/b">Read more&nbsp;&raquo;</a></p>]]></description></item>
        <item><description>Teaser</description><content:encoded><![CDATA[<p>Body</p><p><a href="https://news.example/c">Read the full story</a></p>
          ]]></content:encoded></item>
        <item><title>Only a link</title><description><![CDATA[<a href="https://news.example/d">Read full article…</a>]]></description></item>
        <item><description><![CDATA[<p>Words.</p><p><a href="https://news.example/e">Read more about the port</a></p>]]></description></item>
        <item><description><![CDATA[<a class="wp-block-read-more" href="https://news.example/f">Read more</a><p>Transcript</p>]]></description></item>`),
    ).map((entry) => entry.content_html);
    expect(bodies).to.deep.equal([
      '<p>Words.</p>',
      '<p>Words.</p>',
      '<p>Body</p>',
      undefined,
      '<p>Words.</p><p><a href="https://news.example/e">Read more about the port</a></p>',
      '<a class="wp-block-read-more" href="https://news.example/f">Read more</a><p>Transcript</p>',
    ]);
  });
});

describe("RSS reader: Yoast SEO's credit at the end of a WordPress body", () => {
  it('takes out "The post … appeared first on …", and the more-link it left last (9to5Mac)', () => {
    const [mac, hippo] = items(
      rss(`
        <item><title>Apple releases macOS Ventura 13.2.1 with important bug fixes for Mac users</title>
          <description><![CDATA[<p>Apple on Monday released macOS Ventura 13.2.1 for Mac users.</p> <p> <a href="https://9to5mac.com/2023/02/13/macos-ventura-13-2-1-update/#more-864283" class="more-link">more…</a></p> <p>The post <a rel="nofollow" href="https://9to5mac.com/2023/02/13/macos-ventura-13-2-1-update/">Apple releases macOS Ventura 13.2.1 with important bug fixes for Mac users</a> appeared first on <a rel="nofollow" href="https://9to5mac.com">9to5Mac</a>.</p>
]]></description></item>
        <item><title>Loom’s Acquisition</title>
          <description><![CDATA[<p>With startups [&#8230;]</p>
<p>The post <a rel="nofollow" href="https://www.hippovideo.io/blog/looms-acquisition-what-lies-ahead-for-customer-facing-functions/">Loom’s Acquisition: What Lies Ahead for Customer-Facing Functions?</a> appeared first on <a rel="nofollow" href="https://www.hippovideo.io/blog">Hippovideo.io</a>.</p>]]></description>
          <content:encoded><![CDATA[<h2>Growth of SaaS</h2><p>The Software as a Service (SaaS) industry has undergone a transformative journey.</p>]]></content:encoded></item>`),
    );
    expect(mac.content_html).to.equal('<p>Apple on Monday released macOS Ventura 13.2.1 for Mac users.</p>');
    // WordPress's mark of a cut excerpt is the card's own ellipsis.
    expect(hippo.summary).to.equal('<p>With startups…</p>');
  });

  it('takes it out of a long post, whose end alone it looks at', () => {
    const words = '<p>Apple on Monday released macOS Ventura 13.2.1 for Mac users.</p>'.repeat(80);
    const [long] = items(
      rss(
        `<item><content:encoded><![CDATA[${words}<p>The post <a rel="nofollow" href="https://9to5mac.com/2023/02/13/macos-ventura-13-2-1-update/">Apple releases macOS Ventura 13.2.1</a> appeared first on <a rel="nofollow" href="https://9to5mac.com">9to5Mac</a>.</p>]]></content:encoded></item>`,
      ),
    );
    expect(words.length).to.be.above(4_000);
    expect(long!.content_html).to.equal(words);
  });

  it("takes it out in the site's language, and before FeedBurner's tracking pixel", () => {
    const bodies = items(
      rss(`
        <item><description><![CDATA[<p>Au musée.</p>
<p>L’article <a rel="nofollow" href="https://wpmarmite.com/coschedule/">CoSchedule : le plugin</a> est apparu en premier sur <a rel="nofollow" href="https://wpmarmite.com">WP Marmite</a>.</p><img src="http://feeds.feedburner.com/~r/wpfr/~4/TsolTQn4Zq8" height="1" width="1" alt=""/>]]></description></item>
        <item><description><![CDATA[<p>Feedback.</p>
<p>Der Beitrag <a rel="nofollow" href="https://backwpup.com/backwpup-restore-survey-interesting-results/">A lot of feedback</a> erschien zuerst auf <a rel="nofollow" href="https://backwpup.com">BackWPup</a>.</p>]]></description></item>
        <item><description><![CDATA[<p>The post <a href="https://news.example/a">office</a> appeared first on <a href="https://news.example/">our blog</a>, and then here.</p>]]></description></item>`),
    ).map((entry) => entry.content_html);
    expect(bodies).to.deep.equal([
      '<p>Au musée.</p><img src="http://feeds.feedburner.com/~r/wpfr/~4/TsolTQn4Zq8" height="1" width="1" alt=""/>',
      '<p>Feedback.</p>',
      '<p>The post <a href="https://news.example/a">office</a> appeared first on <a href="https://news.example/">our blog</a>, and then here.</p>',
    ]);
  });
});

describe("RSS reader: Medium's trailers, and WordPress's mark of a cut excerpt", () => {
  it('takes out "… was originally published in … on Medium" and "Continue reading on Medium »"', () => {
    // medium-invironment-tag.rss (rbren/rss-parser's content-encoded.rss) and a tag feed's item.
    const [publication, tag] = items(
      rss(`
        <item><content:encoded><![CDATA[<h3>OKAY! What are you waiting for?</h3><hr><p><a href="https://medium.com/invironment/the-creative-forager-125af37d838f">THE CREATIVE FORAGER</a> was originally published in <a href="https://medium.com/invironment">Invironment</a> on Medium, where people are continuing the conversation by highlighting and responding to this story.</p><img src="https://medium.com/_/stat?event=post.clientViewed&amp;referrerSource=full_rss&amp;postId=125af37d838f" width="1" height="1" alt="">]]></content:encoded></item>
        <item><description><![CDATA[<div class="medium-feed-item"><p class="medium-feed-snippet">Kubernetes has emerged as a dominant force, providing a&#x2026;</p><p class="medium-feed-link"><a href="https://blackcatdev.medium.com/securing-the-cloud-e695e24db604?source=rss------kubernetes-5">Continue reading on Medium »</a></p></div>]]></description></item>`),
    );
    expect(publication.content_html).to.equal(
      '<h3>OKAY! What are you waiting for?</h3><img src="https://medium.com/_/stat?event=post.clientViewed&amp;referrerSource=full_rss&amp;postId=125af37d838f" width="1" height="1" alt="">',
    );
    expect(tag.content_html).to.equal(
      '<div class="medium-feed-item"><p class="medium-feed-snippet">Kubernetes has emerged as a dominant force, providing a&#x2026;</p></div>',
    );
  });

  it('ends an excerpt cut with "[…]" as the card does, with its ellipsis, in each way WordPress writes it', () => {
    const summaries = items(
      rss(`
        <item><title>A</title><description><![CDATA[It turns out it’s [&#8230;]]]></description><content:encoded><![CDATA[<p>Body</p>]]></content:encoded></item>
        <item><title>B</title><description><![CDATA[You know […]]]></description><content:encoded><![CDATA[<p>Body</p>]]></content:encoded></item>
        <item><title>C</title><description><![CDATA[Kingma &amp; Welling, 2014 [&hellip;] ]]></description><content:encoded><![CDATA[<p>Body</p>]]></content:encoded></item>
        <item><title>D</title><description><![CDATA[<p>Read on [...]</p>]]></description></item>
        <item><title>E</title><description>The list [1] [2] […] is long, [&#8230;] and goes on.</description></item>`),
    ).map((entry) => entry.summary ?? entry.content_html);
    expect(summaries).to.deep.equal([
      'It turns out it’s…',
      'You know…',
      'Kingma &amp; Welling, 2014…',
      '<p>Read on…</p>',
      // Only at the end.
      'The list [1] [2] […] is long, […] and goes on.',
    ]);
  });
});

describe('RSS reader: bylines', () => {
  it('names the author without the "By" the widgets add themselves (ProPublica, the Jerusalem Post\'s <Author>)', () => {
    const [propublica, jpost, named] = items(
      rss(`
        <item><title>ICE Detention Deaths Rose Sharply in 2026</title>
          <dc:creator><![CDATA[by Mica Rosenberg]]></dc:creator><dc:creator><![CDATA[Perla Trevizo]]></dc:creator></item>
        <item><title>Russia's fighter jet deal with Iran is a sign of weakness - analysis</title>
          <Photographer>REUTERS</Photographer><Author>By SETH J. FRANTZMAN</Author></item>
        <item><title>Bylines</title><dc:creator>Byron Allen</dc:creator></item>`),
    );
    expect(propublica.authors).to.deep.equal([{ name: 'Mica Rosenberg' }, { name: 'Perla Trevizo' }]);
    expect(jpost.authors).to.deep.equal([{ name: 'SETH J. FRANTZMAN' }]);
    expect(named.authors).to.deep.equal([{ name: 'Byron Allen' }]);
    // A byline over two lines; a name with "by " inside it.
    const [wrapped, inside] = items(
      rss(`<item><dc:creator><![CDATA[By
            Jane Roe]]></dc:creator></item>
        <item><dc:creator>Abby Roe</dc:creator></item>`),
    );
    expect([wrapped.authors, inside.authors]).to.deep.equal([[{ name: 'Jane Roe' }], [{ name: 'Abby Roe' }]]);
  });
});

describe('RSS reader: a category that is the feed’s own name', () => {
  it("is no tag: G1's `G1` in its channel `G1 > Brasil`, or the whole name; other categories stay", () => {
    const feed = (title: string, categories: string) =>
      items(rss(`<title>${title}</title><item><title>Story</title>${categories}</item>`))[0]!.tags;
    expect(feed('G1 &gt; Brasil', '<category>G1</category>')).to.deep.equal([]);
    expect(feed('Sport | The Guardian', '<category>Sport</category><category>Football</category>')).to.deep.equal([
      'Football',
    ]);
    expect(feed('Harbour Notes', '<category>harbour notes</category><category>Ferries</category>')).to.deep.equal([
      'Ferries',
    ]);
    expect(feed('G1 &gt; Brasil', '<category>Brasil em foco</category><category>G1 Rio</category>')).to.deep.equal([
      'Brasil em foco',
      'G1 Rio',
    ]);
  });
});

describe('RSS reader: bylines of several names, and a label before the name', () => {
  it('names each author of a byline that joins them with a bare comma (El País Brasil), and only such', () => {
    const [two, three, surname, spaced] = items(
      rss(`
        <item><dc:creator><![CDATA[Mariano Zafra,Javier Salas]]></dc:creator></item>
        <item><dc:creator><![CDATA[Fabiana Cristina Severi,Leila de Andrade Linhares Barsted,Silvia Pimentel]]></dc:creator></item>
        <item><dc:creator>Zafra,Javier</dc:creator></item>
        <item><dc:creator>Doe, Jane</dc:creator></item>`),
    );
    expect(two.authors).to.deep.equal([{ name: 'Mariano Zafra' }, { name: 'Javier Salas' }]);
    expect(three.authors).to.have.length(3);
    expect([surname.authors, spaced.authors]).to.deep.equal([[{ name: 'Zafra,Javier' }], [{ name: 'Doe, Jane' }]]);
  });

  it('names the reporter of the Guardian\'s "Exclusive by Sean Ingle", and keeps where a reporter was', () => {
    const [exclusive, located] = items(
      rss(`
        <item><dc:creator>Exclusive by Sean Ingle</dc:creator></item>
        <item><dc:creator>Owen Gibson in Lille</dc:creator></item>`),
    );
    expect([exclusive.authors, located.authors]).to.deep.equal([
      [{ name: 'Sean Ingle' }],
      [{ name: 'Owen Gibson in Lille' }],
    ]);
  });
});

describe('RSS reader: authors that are only an address', () => {
  it('names no author for a bare e-mail address (FC Utrecht, craigslist), and the name of "address (Name)"', () => {
    // fcutrecht-nl.rss.xml.
    const [fcutrecht, named, osm] = items(
      rss(`<item><title>Quinten Timber traint mee met het Nederlands Elftal</title>
          <author>webmaster@fcutrecht.net</author><pubDate>Sun, 05 Sep 2021 12:53:00 +0200</pubDate></item>
        <item><author>webmaster@fcutrecht.net (Redactie)</author></item>
        <item><dc:creator>Brian@Stone</dc:creator></item>`),
    );
    expect(fcutrecht!.authors).to.be.undefined;
    expect(named!.authors).to.deep.equal([{ name: 'Redactie' }]);
    // OpenStreetMap's user names may hold an @: no domain, no address.
    expect(osm!.authors).to.deep.equal([{ name: 'Brian@Stone' }]);
    const [creator, itunes] = items(
      rss(`<item><dc:creator>desk@news.example</dc:creator><author>a@news.example (Author)</author></item>
        <item><itunes:author>host@podcast.example</itunes:author></item>`),
    );
    expect(creator!.authors).to.deep.equal([{ name: 'Author' }]);
    expect(itunes!.authors).to.be.undefined;
    // An address at a domain with two dots is an address; one after a name leaves the name.
    const [uk, desk] = items(
      rss(`<item><author>webmaster@news.example.co.uk</author></item>
        <item><dc:creator>Night desk, desk@news.example</dc:creator></item>`),
    );
    expect(uk!.authors).to.be.undefined;
    expect(desk!.authors).to.deep.equal([{ name: 'Night desk, desk@news.example' }]);
    // craigslist.rdf.xml: the channel's dc:creator.
    const craigslist = read(`<?xml version="1.0" encoding="UTF-8"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://sfbay.craigslist.org/search/apa?format=rss">
          <title>craigslist SF bay area | apts/housing for rent search </title>
          <dc:publisher>robot@craigslist.org</dc:publisher>
          <dc:creator>robot@craigslist.org</dc:creator>
        </channel>
        <item rdf:about="https://sfbay.craigslist.org/pen/apa/d/1.html"><title>Room</title></item>
      </rdf:RDF>`);
    expect(craigslist.authors).to.deep.equal([]);
    expect((craigslist.items as Json[])[0]!.authors).to.be.undefined;
  });
});

describe('RSS reader: links through a redirect', () => {
  it("links a Bing News story to its own address, not Bing's click-through", () => {
    // The shape of Bing News's RSS links: the story's address percent-encoded in `url`.
    const [bing, bare, other, notWeb, script, malformed] = items(
      rss(`<item><title>A</title>
          <link>http://www.bing.com/news/apiclick.aspx?ref=FexRss&amp;aid=&amp;tid=65A1C0E7&amp;url=https%3a%2f%2fwww.reuters.com%2fworld%2feurope%2fstory-2024-01-12%2f%3fref%3drss&amp;c=1234567890&amp;mkt=en-us</link></item>
        <item><title>A</title><link>http://bing.com/news/apiclick.aspx?url=https%3a%2f%2fwww.reuters.com%2fworld%2f&amp;c=1</link></item>
        <item><title>B</title><link>https://www.bing.com/news/search?q=url%3dhttps%3a%2f%2fa.example</link></item>
        <item><title>C</title><link>https://www.bing.com/news/apiclick.aspx?url=javascript%3aalert(1)</link></item>
        <item><title>C</title><link>https://www.bing.com/news/apiclick.aspx?url=javascript%3aopen(%27https%3a%2f%2fa.example%27)</link></item>
        <item><title>D</title><link>https://www.bing.com/news/apiclick.aspx?url=https%3a%2f%2fa.example%2f%E0%A4%A</link></item>`),
    );
    expect(bing!.url).to.equal('https://www.reuters.com/world/europe/story-2024-01-12/?ref=rss');
    expect(other!.url).to.equal('https://www.bing.com/news/search?q=url%3dhttps%3a%2f%2fa.example');
    // Without www, and with url the first parameter.
    expect(bare!.url).to.equal('https://www.reuters.com/world/');
    expect(notWeb!.url).to.equal('https://www.bing.com/news/apiclick.aspx?url=javascript%3aalert(1)');
    // A script that names a web address is no web address.
    expect(script!.url).to.equal(
      'https://www.bing.com/news/apiclick.aspx?url=javascript%3aopen(%27https%3a%2f%2fa.example%27)',
    );
    expect(malformed!.url).to.equal('https://www.bing.com/news/apiclick.aspx?url=https%3a%2f%2fa.example%2f%E0%A4%A');
  });
});

describe('RSS reader: pictures whose type is wrong', () => {
  it("takes Le Monde's photo enclosure typed text/html by its file name, but not a file typed audio or video", () => {
    // lemonde-fr.rss.xml.
    const [lemonde, video] = items(
      rss(`<item><title>Suivez en direct l’émission « Questions politiques » avec Gérard Collomb</title>
          <guid isPermaLink="true">http://www.lemonde.fr/tiny/5255104/</guid>
          <enclosure url="http://s2.lemde.fr/image/2018/02/11/644x322/5255102_3_2bd7_gerard-collomb-ministre-de-l-interieur-dan_f3f8c8940a1362d4807e69c734053d00.jpg" type="text/html; charset=UTF-8" length="34251"/></item>
        <item><title>V</title><enclosure url="https://cdn.example/clip.gif" type="video/mp4" length="1"/></item>`),
    );
    expect(lemonde).to.deep.include({
      image:
        'http://s2.lemde.fr/image/2018/02/11/644x322/5255102_3_2bd7_gerard-collomb-ministre-de-l-interieur-dan_f3f8c8940a1362d4807e69c734053d00.jpg',
      attachments: [],
    });
    expect(video!.image).to.be.undefined;
  });
});

describe('RSS reader: machine tags and repeated tags', () => {
  it("leaves out Engadget's key|value tags and keeps HuffPost's first spelling of each tag", () => {
    // engadget.rss.xml.
    const [engadget] = items(
      item(`<title>Rivian</title>
        <category><![CDATA[Commercial Vehicles]]></category><category><![CDATA[Transportation]]></category>
        <category><![CDATA[site|engadget]]></category><category><![CDATA[provider_name|Engadget]]></category>
        <category><![CDATA[region|US]]></category><category><![CDATA[language|en-US]]></category>
        <category><![CDATA[author_name|Mariella Moon]]></category>`),
    );
    expect(engadget!.tags).to.deep.equal(['Commercial Vehicles', 'Transportation']);
    // huffpost-canada.rss.xml, item 0 (in a channel not named News: a category that is the
    // feed's name is no tag).
    const [huffpost] = items(
      rss(`<title>HuffPost Canada</title><item><title>Winnipeg school</title>
        <category><![CDATA[Dakota Collegiate]]></category><category><![CDATA[hijab]]></category>
        <category><![CDATA[Living]]></category><category><![CDATA[Muslim women]]></category>
        <category><![CDATA[News]]></category><category><![CDATA[dakota-collegiate]]></category>
        <category><![CDATA[living]]></category><category><![CDATA[muslim-women]]></category>
        <category><![CDATA[news]]></category><category><![CDATA[LIVING]]></category>
        <dc:subject>muslim_women</dc:subject><dc:subject>Hijab ban</dc:subject></item>`),
    );
    expect(huffpost!.tags).to.deep.equal(['Dakota Collegiate', 'hijab', 'Living', 'Muslim women', 'News', 'Hijab ban']);
  });

  it("leaves out a key of lower-case words joined by underscores (BBC Chinese's chinese_simplified), and keeps names", () => {
    const [bbc] = items(
      item(`<title>萨达姆</title><category>chinese_simplified</category><category>国际</category>
        <category>top_stories_uk</category><category>covid_19</category><category>New_York</category><category>_private</category>
        <category>Mid_east</category><category>top_news 2024</category>`),
    );
    expect(bbc!.tags).to.deep.equal(['国际', 'covid_19', 'New_York', '_private', 'Mid_east', 'top_news 2024']);
  });

  it('tells tags apart by their letters alone: a tag over two lines, or in capitals with ẞ, is the same, Co-op is not Coop', () => {
    const [tagged] = items(
      item(`<title>Tags</title>
        <category>Muslim women</category><category><![CDATA[Muslim
          women]]></category>
        <category>Fußball</category><category>FUẞBALL</category>
        <category>Co-op</category><category>Coop</category>`),
    );
    expect(tagged!.tags).to.deep.equal(['Muslim women', 'Fußball', 'Co-op', 'Coop']);
  });
});

describe('RSS reader: dates in other orders', () => {
  const published = (xml: string) =>
    items(xml).map((entry) => parseDate(entry.date_published as string)?.toISOString());

  it("reads NBC's month-first dates on a 12-hour clock and kc0011's year-first ones, without a zone as UTC", () => {
    const dates = {
      // nbcnewyork.rss.xml (NBC's owned stations).
      'Sat, Dec 16 2023 02:02:33 PM': '2023-12-16T14:02:33.000Z',
      'Sat, Dec 16 2023 12:02:33 AM': '2023-12-16T00:02:33.000Z',
      'Sat, Dec 16 2023 12:02 PM': '2023-12-16T12:02:00.000Z',
      'Dec 16, 2023 02:02:33 p.m. EST': '2023-12-16T19:02:33.000Z',
      'Sat, Dec 16 2023 14:02:33 -0500': '2023-12-16T19:02:33.000Z',
      // kc0011-zh-gb2312.rss.xml.
      '2020/1/10 14:33:00': '2020-01-10T14:33:00.000Z',
      '2020/12/31 9:05': '2020-12-31T09:05:00.000Z',
      '2020/1/10  14:33:00': '2020-01-10T14:33:00.000Z',
    };
    expect(published(rss(pubDates(Object.keys(dates))))).to.deep.equal(Object.values(dates));
  });

  it('reads a month-first date however it is spaced: a day padded as ctime pads it, no comma, no space before PM', () => {
    const dates = {
      'Sat Dec 16 2023 02:02:33 PM': '2023-12-16T14:02:33.000Z',
      'Sat,  Dec 16 2023 02:02:33 PM': '2023-12-16T14:02:33.000Z',
      'Sat, Dec  6 2023 02:02:33 PM': '2023-12-06T14:02:33.000Z',
      'Dec 16,  2023 02:02:33 PM': '2023-12-16T14:02:33.000Z',
      'Dec 16 2023  02:02:33 PM': '2023-12-16T14:02:33.000Z',
      'Dec 16 2023 02:02:33PM': '2023-12-16T14:02:33.000Z',
      'Dec 16 2023 14:02:33': '2023-12-16T14:02:33.000Z',
      'Dec 16 2023 02:02:33 PM  EST': '2023-12-16T19:02:33.000Z',
      'Dec 16 2023 02:02:33 PM -0500': '2023-12-16T19:02:33.000Z',
      'Dec 16 2023 14:02:33-0500': '2023-12-16T19:02:33.000Z',
    };
    expect(published(rss(pubDates(Object.keys(dates))))).to.deep.equal(Object.values(dates));
  });

  it("reads a date without a zone in the zone of the channel's dates, where they state one (NBC)", () => {
    // nbcnewyork.rss.xml: the channel is dated `Sun, 17 Dec 2023 00:58:40 -0500`, its item not.
    const channel = (zone: string, dates: string[]) =>
      rss(`<title>NBC New York</title><lastBuildDate>Sun, 17 Dec 2023 00:58:40 ${zone}</lastBuildDate>
        ${pubDates(dates)}`);
    expect(
      published(
        channel('-0500', [
          'Sat, Dec 16 2023 02:02:33 PM',
          'Sat, 16 Dec 2023 14:02:33',
          'Sat, 16 Dec 2023 14:02',
          '2023-12-16 14:02:33.5',
          '2023-12-16 14:02:33.25',
          'Sat, 16 Dec 2023 14:02:33 +0100',
          'Sat, 16 Dec 2023 14:02:33 GMT',
          '2023-12-16T14:02:33+03:00',
          '2023-12-16',
        ]),
      ),
    ).to.deep.equal([
      '2023-12-16T19:02:33.000Z',
      '2023-12-16T19:02:33.000Z',
      '2023-12-16T19:02:00.000Z',
      '2023-12-16T19:02:33.500Z',
      '2023-12-16T19:02:33.250Z',
      '2023-12-16T13:02:33.000Z',
      '2023-12-16T14:02:33.000Z',
      '2023-12-16T11:02:33.000Z',
      '2023-12-16T00:00:00.000Z',
    ]);
    // A channel dated with a named zone, or not at all: UTC.
    expect(published(channel('GMT', ['Sat, Dec 16 2023 02:02:33 PM']))).to.deep.equal(['2023-12-16T14:02:33.000Z']);
    // The channel's pubDate, where it has no lastBuildDate (NBC writes both, the same).
    const dated = rss(`<title>NBC New York</title><pubDate>Sun, 17 Dec 2023 00:58:40 -0500</pubDate>
      <item><pubDate>Sat, Dec 16 2023 02:02:33 PM</pubDate></item>`);
    expect(published(dated)).to.deep.equal(['2023-12-16T19:02:33.000Z']);
    // A channel date with its day first and dashes: its year is no zone.
    const dashed = rss(`<title>News</title><lastBuildDate>17-12-2023 00:58:40</lastBuildDate>
      <item><pubDate>Sat, Dec 16 2023 02:02:33 PM</pubDate></item>`);
    expect(published(dashed)).to.deep.equal(['2023-12-16T14:02:33.000Z']);
  });

  it("gives the channel's zone only to a date that ends in a time, and takes no year for a zone", () => {
    const dates = items(
      rss(`<title>News</title><lastBuildDate>Sun, 17 Dec 2023 00:58:40 -0500</lastBuildDate>
        <item><pubDate>2023-12-16 14:02:3O</pubDate></item>
        <item><pubDate>2023-12-16 14:02:O3</pubDate></item>
        <item><pubDate>16-12-2023 14:02</pubDate></item>`),
    ).map((entry) => entry.date_published);
    // A letter O for a zero: no time, and no date either way. A date with dashes ends in a time.
    expect(dates).to.deep.equal(['2023-12-16 14:02:3O', '2023-12-16 14:02:O3', '16-12-2023 14:02-0500']);
  });

  it("reads RuTube's pubdate, in lower case, where there is no pubDate", () => {
    // rutube-tnt-ru-mediarss.rss.xml.
    expect(
      published(
        rss(`<item><title>Однажды в России</title><pubdate>2022-09-03 09:37:11+03:00</pubdate></item>
          <item><pubDate>Sat, 03 Sep 2022 10:00:00 +0300</pubDate><pubdate>2022-09-03 09:37:11+03:00</pubdate></item>`),
      ),
    ).to.deep.equal(['2022-09-03T06:37:11.000Z', '2022-09-03T07:00:00.000Z']);
  });
});

describe("RSS reader: Yoast SEO's credit without its paragraph (Wired)", () => {
  it('takes out the credit after the text, from its own opening words, with markup in the title', () => {
    // wired.rss.xml (WIRED, 2016).
    const [oneplus, zelda] = items(
      rss(`<title>WIRED</title><item><title>Review: OnePlus 3</title>
          <description><![CDATA[<div class="rss_thumbnail"><img src="http://www.wired.com/wp-content/uploads/2016/06/OnePlus3_Graphite_10-fa-1-660x371.jpg" alt="Review: OnePlus 3" /></div>All the bells and whistles, like it or not. The post <a href="http://www.wired.com/2016/06/review-oneplus-3/">Review: OnePlus 3</a> appeared first on <a href="http://www.wired.com">WIRED</a>.]]></description></item>
        <item><description><![CDATA[<div class="rss_thumbnail"></div><em>Legend of Zelda: Breath of the Wild</em> will arrive on Wii U and NX in 2017. The post <a href="http://www.wired.com/2016/06/legend-of-zelda-breath-of-the-wild/">Wii U <em>Legend of Zelda</em> Finally Has a Trailer and a Name</a> appeared first on <a href="http://www.wired.com">WIRED</a>.]]></description></item>`),
    );
    expect(oneplus!.content_html).to.equal(
      '<div class="rss_thumbnail"><img src="http://www.wired.com/wp-content/uploads/2016/06/OnePlus3_Graphite_10-fa-1-660x371.jpg" alt="Review: OnePlus 3" /></div>All the bells and whistles, like it or not.',
    );
    expect(zelda!.content_html).to.equal(
      '<div class="rss_thumbnail"></div><em>Legend of Zelda: Breath of the Wild</em> will arrive on Wii U and NX in 2017.',
    );
  });

  it("takes it out in the site's language, inside a paragraph it leaves closed, and only at the end", () => {
    const bodies = items(
      rss(`
        <item><description><![CDATA[<p>Au musée. L&#8217;article <a href="https://wpmarmite.com/a/">CoSchedule</a> est apparu en premier sur <a href="https://wpmarmite.com">WP Marmite</a>.</p>]]></description></item>
        <item><description><![CDATA[Feedback. Der Beitrag <a href="https://backwpup.com/a/">A lot</a> erschien zuerst auf <a href="https://backwpup.com">BackWPup</a>]]></description></item>
        <item><description><![CDATA[Words. The post <a href="https://news.example/a">office</a> appeared first on <a href="https://news.example/">our blog</a>. <b>More</b>]]></description></item>
        <item><description><![CDATA[Words. TO post <a href="https://news.example/a">office</a> appeared first on <a href="https://news.example/">our blog</a>.]]></description></item>
        <item><description><![CDATA[Words. The post <a href="https://news.example/a">office <a href="https://news.example/b">and</a></a> appeared first on <a href="https://news.example/">our blog</a>.]]></description></item>`),
    ).map((entry) => entry.content_html ?? entry.summary);
    expect(bodies).to.deep.equal([
      '<p>Au musée.</p>',
      'Feedback.',
      'Words. The post <a href="https://news.example/a">office</a> appeared first on <a href="https://news.example/">our blog</a>. <b>More</b>',
      'Words. TO post <a href="https://news.example/a">office</a> appeared first on <a href="https://news.example/">our blog</a>.',
      'Words. The post <a href="https://news.example/a">office <a href="https://news.example/b">and</a></a> appeared first on <a href="https://news.example/">our blog</a>.',
    ]);
  });
});

describe('RSS reader: read-more links in other languages, and by their class (Ittefaq)', () => {
  it('takes out a last link of a read-more class whatever it says: Ittefaq\'s "বিস্তারিত", WordPress\'s more-link', () => {
    // ittefaq-bn-bom.rss.xml (The Daily Ittefaq).
    const bodies = items(
      rss(`<item><title><![CDATA[এক দশক পর ভারত থেকে আসতে যাওয়া নতুন রেল কোচে থাকছে...]]></title>
          <description><![CDATA[
          <p>
            <img style="float:left; margin:0 10px 10px 0;" width="150" src="https://cdn.ittefaqbd.com/contents/cache/images/300x300x1/uploads/media/2026/08/13/ce4cc9763e6c76229c00fbff1f06f2d5-6a7d4de12269c.jpg?jadewits_media_id=304994" />
            ভারতের রেল মন্ত্রণালয় জানিয়েছে,...						<a class="more_link"  href="https://www.ittefaq.com.bd/803837/">বিস্তারিত</a>
          </p>
          ]]></description></item>
        <item><description><![CDATA[<p>Words.</p><a href="https://news.example/a#more-1" class="more-link">Continue reading<span class="screen-reader-text"> “Words”</span></a>]]></description></item>
        <item><description><![CDATA[<p>Words. <a class='btn read-more' href="https://news.example/b">Full coverage</a></p>]]></description></item>
        <item><description><![CDATA[<p>Words.</p><a href="https://news.example/c" class=more_link>…</a>]]></description></item>
        <item><description><![CDATA[<p>Words. <a class="more_link" href="https://news.example/d">বিস্তারিত</a> More words.</p>]]></description></item>
        <item><description><![CDATA[<p>Words. <a class="link" href="https://news.example/more-link">Our port</a></p>]]></description></item>
        <item><description><![CDATA[<p>Words. <a class="more-link" href="https://news.example/e">One <a href="https://news.example/f">two</a></p>]]></description></item>`),
    ).map((entry) => entry.content_html);
    expect(bodies).to.deep.equal([
      '<p>\n            <img style="float:left; margin:0 10px 10px 0;" width="150" src="https://cdn.ittefaqbd.com/contents/cache/images/300x300x1/uploads/media/2026/08/13/ce4cc9763e6c76229c00fbff1f06f2d5-6a7d4de12269c.jpg?jadewits_media_id=304994" />\n            ভারতের রেল মন্ত্রণালয় জানিয়েছে,...\n          </p>',
      '<p>Words.</p>',
      '<p>Words.</p>',
      '<p>Words.</p>',
      '<p>Words. <a class="more_link" href="https://news.example/d">বিস্তারিত</a> More words.</p>',
      '<p>Words. <a class="link" href="https://news.example/more-link">Our port</a></p>',
      '<p>Words. <a class="more-link" href="https://news.example/e">One <a href="https://news.example/f">two</a></p>',
    ]);
  });

  it('takes out a last link that only says "read more" in another language, and keeps one that says more', () => {
    const phrases = [
      'Weiterlesen',
      'Mehr lesen',
      'Lire la suite',
      'Leer más',
      'Seguir leyendo',
      'Leggi tutto',
      'Continua a leggere',
      'Ler mais',
      'Continuar lendo',
      'Lees meer',
      'Verder lezen',
      'Читать далее',
      'Подробнее',
      'Devamını oku',
      '続きを読む',
      '더보기',
      '阅读全文',
      '查看全文',
      'اقرأ المزيد',
      'ادامه مطلب',
      'המשך קריאה',
      'বিস্তারিত',
    ];
    const bodies = items(
      rss(
        phrases
          .map(
            (phrase) =>
              `<item><description><![CDATA[<p>Text.</p><p><a href="https://news.example/">${phrase} »</a></p>]]></description></item>`,
          )
          .join(''),
      ),
    ).map((entry) => entry.content_html);
    expect(bodies).to.deep.equal(phrases.map(() => '<p>Text.</p>'));
    const [kept, upper] = items(
      rss(`<item><description><![CDATA[<p>Text.</p><p><a href="https://news.example/">Weiterlesen im Blog</a></p>]]></description></item>
        <item><description><![CDATA[<p>Text.</p><a href="https://news.example/">ЧИТАТЬ ДАЛЕЕ</a>]]></description></item>`),
    );
    expect(kept!.content_html).to.equal('<p>Text.</p><p><a href="https://news.example/">Weiterlesen im Blog</a></p>');
    expect(upper!.content_html).to.equal('<p>Text.</p>');
  });
});

describe('RSS reader: an Atom author in an RSS item (Prothom Alo)', () => {
  it('names the atom:author of an item that has no other, and no author for a label with no name after it', () => {
    // prothomalo-bn.rss.xml (Prothom Alo): "sports desk", and "written by: ".
    const [desk, label, source] = items(
      rss(`<title>প্রথম আলো</title><item><title>এবার ওয়েবস্টারকে বোল্ড করলেন তাসকিন, অস্ট্রেলিয়ায় বাংলাদেশের দাপট</title><link>https://www.prothomalo.com/sports/cricket/8fdqj2xuxp</link><guid isPermaLink="false">d2e779d7-8393-4e9b-bf4d-7d274ea9e284</guid><atom:updated>2026-08-13T04:37:24.529Z</atom:updated><atom:author><atom:name>খেলা ডেস্ক</atom:name><atom:uri>/api/author/1427550</atom:uri></atom:author></item>
        <item><atom:author><atom:name>লেখা: </atom:name><atom:uri>/api/author/1</atom:uri></atom:author></item>
        <item><atom:author><atom:name>তথ্যসূত্র:</atom:name></atom:author></item>`),
    );
    expect(desk!.authors).to.deep.equal([{ name: 'খেলা ডেস্ক' }]);
    expect(label!.authors).to.be.undefined;
    expect(source!.authors).to.be.undefined;
  });

  it('takes dc:creator and author first, and the Atom author before the iTunes one', () => {
    const atomAuthor = '<atom:author><atom:name>Atom Desk</atom:name></atom:author>';
    const named = items(
      rss(`<item>${atomAuthor}<dc:creator>Dee Creator</dc:creator></item>
        <item>${atomAuthor}<author>desk@news.example (Rss Author)</author></item>
        <item><itunes:author>Host</itunes:author>${atomAuthor}</item>
        <item><atom:author><atom:uri>https://news.example/desk</atom:uri></atom:author><itunes:author>Host</itunes:author></item>
        <item><atom:author><atom:name>By: </atom:name></atom:author><itunes:author>Host</itunes:author></item>`),
    ).map((entry) => entry.authors);
    expect(named).to.deep.equal([
      [{ name: 'Dee Creator' }],
      [{ name: 'Rss Author' }],
      [{ name: 'Atom Desk' }],
      [{ name: 'Host' }],
      [{ name: 'Host' }],
    ]);
  });
});

describe('RSS reader: authors that are a web address (BBC Hungarian)', () => {
  it('names no author for a web address, and keeps a name that only looks like a domain', () => {
    // bbc-hungarian-cp1250.rdf.xml (BBC Hungarian, 2005), an RSS 1.0 item.
    const rdf = read(`<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://www.bbc.co.uk/hungarian/"><title>BBCHungarian.com</title></channel>
  <item rdf:about="http://www.bbc.co.uk/go/wsy/pub/rss/1.0/-/hungarian/news/story/2005/06/050627_globalwarm.shtml">
    <title xml:lang="hu">Repülőipar és globális felmelegedés</title>
    <dc:language>hu</dc:language>
    <dc:publisher>BBCHungarian.com</dc:publisher>
    <dc:creator>http://www.bbc.co.uk/hungarian/</dc:creator>
  </item>
</rdf:RDF>`);
    expect((rdf.items as Json[])[0]!.authors).to.be.undefined;
    const named = items(
      rss(`<item><author>HTTPS://news.example/desk</author></item>
        <item><dc:creator>www.news.example</dc:creator></item>
        <item><dc:creator>http://www.bbc.co.uk/hungarian/ BBC</dc:creator></item>
        <item><dc:creator>Salon.com</dc:creator></item>
        <item><dc:creator>Jane Roe, http://news.example/jane</dc:creator></item>
        <item><dc:creator>Jane Roe: Reporter</dc:creator></item>`),
    ).map((entry) => entry.authors);
    expect(named).to.deep.equal([
      undefined,
      undefined,
      undefined,
      [{ name: 'Salon.com' }],
      [{ name: 'Jane Roe, http://news.example/jane' }],
      [{ name: 'Jane Roe: Reporter' }],
    ]);
  });
});

describe('RSS reader: a theme’s read-more link with an arrow after its words', () => {
  it('takes out DC Rainmaker’s `read_more` link and a Swedish blog’s "Läs vidare →", and nothing before them', () => {
    const summaries = items(
      rss(`
        <item><title>Edge 1050</title><description><![CDATA[It’s brand new just released &#8230;  <a class="read_more" href="https://www.dcrainmaker.com/2024/06/edge.html">Read More Here <span class="meta-nav">&#8594;</span></a>]]></description></item>
        <item><title>Polisen</title><description><![CDATA[och det är en &#8230; <a href="https://cyklistbloggen.se/2017/polisen/">Läs vidare <span class="meta-nav">&#8594;</span></a>]]></description></item>
        <item><title>Here</title><description><![CDATA[Read the guide <a href="https://news.example/guide">here <span>&#8594;</span></a>]]></description></item>`),
    ).map((it) => it.summary ?? it.content_html);
    // (Entities stay for the normaliser to decode, as everywhere in the reader's output.)
    expect(summaries).to.deep.equal([
      'It’s brand new just released &#8230;',
      'och det är en &#8230;',
      'Read the guide <a href="https://news.example/guide">here <span>&#8594;</span></a>',
    ]);
  });
});

describe('RSS reader: a caption that ends with its credit already (RND)', () => {
  const captioned = (media: string) =>
    items(rss(`<item xmlns:media="http://search.yahoo.com/mrss/">${media}</item>`)).map(
      (entry) => (entry._news as Json).image_caption,
    );

  it('gives the description alone when it ends with the credit, whatever spaces and punctuation are around it', () => {
    // rnd.rss.xml (RedaktionsNetzwerk Deutschland).
    expect(
      captioned(
        `<media:content type="image/jpeg" url="https://www.rnd.de/resizer/v2/G2ABDEQIZ5B7BPNGRTBZGXVDSI.jpeg?auth=83956d23252f81dca82fbd983fc819dce5d9bb520bf166f68a26d08cde0ff32e&amp;quality=70&amp;width=596"><media:description type="plain"><![CDATA[Vor dem Aus bei Union Berlin? Trainer Bo Svensson. Carmen Jaspersen]]></media:description><media:credit role="author" scheme="urn:ebu">Carmen Jaspersen</media:credit></media:content>`,
      ),
    ).to.deep.equal(['Vor dem Aus bei Union Berlin? Trainer Bo Svensson. Carmen Jaspersen']);
    const picture = (description: string, credit: string) =>
      `<media:content url="https://cdn.example/p.jpg" medium="image"><media:description>${description}</media:description><media:credit>${credit}</media:credit></media:content>`;
    expect(
      [
        picture('Der Ort der Attacke (Foto: Jan Woitas).', 'Jan Woitas'),
        picture('Der Ort der Attacke. Jan  Woitas', '© Jan Woitas/dpa'),
        picture('Der Ort der Attacke. JanWoitas', 'Woitas'),
        picture('Der Ort der Attacke. Jan Woitas', 'Woitas, dpa'),
        picture('Der Ort der Attacke', '©'),
      ].flatMap(captioned),
    ).to.deep.equal([
      'Der Ort der Attacke (Foto: Jan Woitas).',
      'Der Ort der Attacke. Jan  Woitas — © Jan Woitas/dpa',
      'Der Ort der Attacke. JanWoitas — Woitas',
      'Der Ort der Attacke. Jan Woitas — Woitas, dpa',
      'Der Ort der Attacke',
    ]);
    expect(
      captioned(
        '<media:content url="https://cdn.example/p.jpg" medium="image"><media:credit>Jan Woitas</media:credit></media:content>',
      ),
    ).to.deep.equal(['Jan Woitas']);
  });
});

describe('RSS reader: links without a scheme (Brasil de Fato)', () => {
  it('gives a link of www. and a host name https://, on the channel and on an item', () => {
    // brasildefato.rss.xml (Brasil de Fato).
    const feed = read(
      rss(`<title>Brasil de Fato</title>
        <link>www.brasildefato.com.br</link>
        <item><link>WWW.brasildefato.com.br/2024/07/28/campea-olimpica</link></item>
        <item><link>www.html</link></item>
        <item><link>www./a.b</link></item>
        <item><link>/www.brasildefato.com.br/a</link></item>
        <item><link>www.brasildefato</link></item>`),
    );
    expect(feed.home_page_url).to.equal('https://www.brasildefato.com.br');
    expect((feed.items as Json[]).map((entry) => entry.url)).to.deep.equal([
      'https://WWW.brasildefato.com.br/2024/07/28/campea-olimpica',
      'www.html',
      'www./a.b',
      '/www.brasildefato.com.br/a',
      'www.brasildefato',
    ]);
  });
});

describe('RSS reader: pictures and trailers of the third sweep (Engadget, CTV, Livemint, Mashable)', () => {
  const withMedia = (body: string) =>
    items(
      rss(`<title>Pictures</title><item><title>A</title>${body}</item>`, 'xmlns:media="http://search.yahoo.com/mrss/"'),
    )[0]!;

  it("takes a picture's caption from its twin on another host when the first states none (Engadget)", () => {
    // engadget.rss.xml (Engadget, 2022): the same picture twice, the caption on the second only.
    const twice =
      withMedia(`<media:content url="https://s.yimg.com/os/creatr-uploaded-images/2022-04/fbf406b0-b569-11ec-bff1-76740fc52628" width="4917" height="3278" medium="image"><media:keywords>headline</media:keywords><media:credit><![CDATA[]]></media:credit><media:description><![CDATA[]]></media:description><media:title><![CDATA[]]></media:title></media:content>
      <media:content url="https://media-mbst-pub-ue1.s3.amazonaws.com/creatr-uploaded-images/2022-04/fbf406b0-b569-11ec-bff1-76740fc52628" width="4917" height="3278" medium="image"><media:credit><![CDATA[raagoon via Getty Images]]></media:credit><media:description><![CDATA[San Francisco, California, USA- 07 June 2015: Yellow taxi on Tony Bennett Way. Hotel Fairmont in the background.]]></media:description><media:title><![CDATA[Yellow taxi on Tony Bennett Way. , San Francisco, California, USA.]]></media:title></media:content>`);
    expect(twice.image).to.equal(
      'https://s.yimg.com/os/creatr-uploaded-images/2022-04/fbf406b0-b569-11ec-bff1-76740fc52628',
    );
    expect((twice._news as Json).image_caption).to.equal(
      'San Francisco, California, USA- 07 June 2015: Yellow taxi on Tony Bennett Way. Hotel Fairmont in the background. — raagoon via Getty Images',
    );
    // Another picture's caption is not this one's, nor one's without an address.
    const other = withMedia(`<media:content url="https://cdn.example/a.jpg?w=1200" width="1200" medium="image"/>
      <media:content medium="image" width="900"><media:description>Of none</media:description></media:content>
      <media:content url="https://cdn.example/b.jpg" width="600" medium="image"><media:description>Of b</media:description></media:content>`);
    expect(other.image).to.equal('https://cdn.example/a.jpg?w=1200');
    expect((other._news as Json).image_caption).to.be.undefined;
    // The same file at another size (a query, or none) is the same picture.
    const resized = withMedia(`<media:content url="https://cdn.example/a.jpg?w=1200" width="1200" medium="image"/>
      <media:content url="https://cdn.example/a.jpg" width="600" medium="image"><media:credit>Photo: Desk</media:credit></media:content>`);
    expect((resized._news as Json).image_caption).to.equal('Photo: Desk');
  });

  it("takes the caption CTV writes as an image enclosure's text", () => {
    // ctvnews.rss.xml (CTV News, 2017).
    const [captioned, bare] = items(
      rss(`<item><title><![CDATA[Florida shooting suspect struggled with mental health: family ]]></title>
          <enclosure url="http://www.ctvnews.ca/polopoly_fs/1.3231197.1483748339!/httpImage/image.jpg_gen/derivatives/landscape_300/image.jpg"><![CDATA[Esteban Santiago, the 26-year-old man police say opened fire with a gun from his checked baggage at a Florida airport, is seen in this image. ]]></enclosure></item>
        <item><enclosure url="https://news.example/p.jpg" type="image/jpeg" length="1"/></item>`),
    );
    expect(captioned!.image).to.equal(
      'http://www.ctvnews.ca/polopoly_fs/1.3231197.1483748339!/httpImage/image.jpg_gen/derivatives/landscape_300/image.jpg',
    );
    expect((captioned!._news as Json).image_caption).to.equal(
      'Esteban Santiago, the 26-year-old man police say opened fire with a gun from his checked baggage at a Florida airport, is seen in this image.',
    );
    expect(bare!.image).to.equal('https://news.example/p.jpg');
    expect((bare!._news as Json | undefined)?.image_caption).to.be.undefined;
  });

  it("takes Livemint's <bigimage> before its 250-pixel <image>", () => {
    // livemint-in.rss.xml (Livemint, 2019).
    const [mint] = items(
      rss(`<item><title><![CDATA[PM Modi-Xi Jinping informal summit in Varanasi this October: Report]]></title>
	        <thumbnail>https://images.livemint.com/img/2019/05/29/90x90/PTI5_27_2019_000025B_1559105066780_1559105082772.jpg</thumbnail>
	<smallimage>https://images.livemint.com/img/2019/05/29/250x250/PTI5_27_2019_000025B_1559105066780_1559105082772.jpg</smallimage>
	<bigimage>https://images.livemint.com/img/2019/05/29/600x338/PTI5_27_2019_000025B_1559105066780_1559105081104.jpg</bigimage>
	<image>https://images.livemint.com/img/2019/05/29/250x250/PTI5_27_2019_000025B_1559105066780_1559105082772.jpg</image></item>`),
    );
    expect(mint!.image).to.equal(
      'https://images.livemint.com/img/2019/05/29/600x338/PTI5_27_2019_000025B_1559105066780_1559105081104.jpg',
    );
  });

  it('takes out Mashable\'s "More about …" topics after the body, and the "Read more..." link before them', () => {
    // mashable-feedburner.rss.xml (Mashable, 2016), its links shortened.
    const [twitter, one, two] = items(
      rss(`<item><description><![CDATA[<div><p>Oh Twitter, will you ever be able to make us happy?&#160;</p>
<p>Naturally, Twitter reacted quickly. <a href="http://mashable.com/2016/06/14/twitter-retweet-yourself-no-edit/?utm_campaign=Mash-Prod-RSS-Feedburner-All-Partial&amp;utm_cid=Mash-Prod-RSS-Feedburner-All-Partial">Read more...</a></p>
</div>More about <a href="http://mashable.com/category/apps-and-software/?utm_campaign=Mash-Prod-RSS-Feedburner-All-Partial">Apps And Software</a>, <a href="http://mashable.com/tech/">Tech</a>, and <a href="http://mashable.com/apps-software/">Apps Software</a>]]></description></item>
        <item><description><![CDATA[<p>Words.</p>More about <a href="https://mashable.com/tech/">Tech</a>]]></description></item>
        <item><description><![CDATA[<p>Words.</p>More about <a href="https://mashable.com/tech/">Tech</a> and <a href="https://mashable.com/space/">Space</a>]]></description></item>`),
    ).map((entry) => entry.content_html);
    expect(twitter).to.equal(
      '<div><p>Oh Twitter, will you ever be able to make us happy?&#160;</p>\n<p>Naturally, Twitter reacted quickly.</p>\n</div>',
    );
    expect([one, two]).to.deep.equal(['<p>Words.</p>', '<p>Words.</p>']);
    // Only at the very end, and only links.
    const kept = items(
      rss(`<item><description><![CDATA[<p>More about <a href="https://news.example/a">the vote</a> tomorrow.</p>]]></description></item>
        <item><description><![CDATA[<p>Words.</p>More about <a href="https://news.example/a">Tech</a>, and politics]]></description></item>`),
    ).map((entry) => entry.content_html);
    expect(kept).to.deep.equal([
      '<p>More about <a href="https://news.example/a">the vote</a> tomorrow.</p>',
      '<p>Words.</p>More about <a href="https://news.example/a">Tech</a>, and politics',
    ]);
  });
});

describe('RSS reader: Slashdot', () => {
  // slashdot-share-trailer.rdf.xml (Slashdot, 2024): every description ends in its share box, its
  // "Read more" paragraph and the comment box's frame. The links are shortened here.
  const trailer = `<p><div class="share_submission" style="position:relative;">
      <a class="slashpop" href="http://twitter.com/home?status=Ransomware"><img src="https://a.fsdn.com/sd/twitter_icon_large.png"></a>
      <a class="slashpop" href="http://www.facebook.com/sharer.php?u=https%3A%2F%2Fyro.slashdot.org"><img src="https://a.fsdn.com/sd/facebook_icon_large.png"></a>



      </div></p><p><a href="https://yro.slashdot.org/story/24/03/02/071229/ransomware?utm_source=rss1.0moreanon&amp;utm_medium=feed">Read more of this story</a> at Slashdot.</p><iframe src="https://slashdot.org/slashdot-it.pl?op=discuss&amp;id=23244560&amp;smallembed=1" style="height: 300px; width: 100%; border: none;"></iframe>`;
  const body = (description: string) =>
    items(item(`<title>Story</title><description><![CDATA[${description}]]></description>`))[0]!.content_html;

  it('takes its share buttons, "Read more of this story at Slashdot." and the comment frame out of the body', () => {
    // The story before them is bare text, its paragraphs apart by blank lines: still the body (not
    // a summary, which the article would show whole as its lede), in paragraphs.
    expect(
      body(
        `"A ransomware gang…" reports the Washington Post.\n\n      Said Richard Molitor, the pharmacist in charge.${trailer}`,
      ),
    ).to.equal(
      '<p>"A ransomware gang…" reports the Washington Post.</p><p>Said Richard Molitor, the pharmacist in charge.</p>',
    );
    // The trailer without its share box, as the box is not always there.
    const [, rest] = trailer.split('</div></p>');
    expect(body(`<p>Words.</p>${rest}`)).to.equal('<p>Words.</p>');
  });

  it('leaves the words "Read more of this story" anywhere else in a body', () => {
    const story =
      '<p><a href="https://news.example/a">Read more of this story</a> at Slashdot.</p><p>Then more words.</p>';
    expect(body(story)).to.equal(story);
  });

  it('sets a body of bare text in paragraphs where blank lines part them, and no other body', () => {
    expect(
      body('<b>One</b> line.\r\n \r\nTwo,\nstill two.  \n\n\n\n<a href="https://news.example/c">Three</a>.'),
    ).to.equal('<p><b>One</b> line.</p><p>Two,\nstill two.</p><p><a href="https://news.example/c">Three</a>.</p>');
    for (const kept of [
      '<em>One</em> paragraph,\nof two lines.',
      '<p>One.</p>\n\n<p>Two.</p>',
      'One.<br>\n\nTwo <i>in</i> all.',
      '<h2>One</h2>\n\n<i>Two</i>.',
    ])
      expect(body(kept), kept).to.equal(kept);
  });
});

describe("RSS reader: hnrss's trailer (Hacker News)", () => {
  // hnrss-newest-metadata.rss.xml (hnrss.org/newest, 2020): every description is its trailer, the
  // story's address, its comments page, its points and its comments' count; an Ask HN's own text
  // comes first, above a rule. Snippets as they are there; hnrss 2.1 (2024) writes them the same,
  // with line breaks between.
  const trailer = (id: number, article = true) =>
    `${article ? '<p>Article URL: <a href="http://kotsanas.com/gb/index.php">http://kotsanas.com/gb/index.php</a></p> ' : ''}<p>Comments URL: <a href="https://news.ycombinator.com/item?id=${id}">https://news.ycombinator.com/item?id=${id}</a></p> <p>Points: 1</p> <p># Comments: 0</p>`;

  it('gives a link no summary, and an Ask HN its own text without the trailer', () => {
    const [link, ask, newer] = items(
      rss(`
        <item><title><![CDATA[ Museum of Ancient Greek Technology ]]></title>
          <description><![CDATA[ ${trailer(23923750)} ]]></description>
          <link>http://kotsanas.com/gb/index.php</link></item>
        <item><title><![CDATA[ Ask HN: Rewriting parts of website in react, thoughts and best practices? ]]></title>
          <description><![CDATA[ <p>We have a fairly complex dashboard written with PHP.<p>Is react the best way to go?</p> <hr> ${trailer(23923636, false)} ]]></description>
          <link>https://news.ycombinator.com/item?id=23923636</link></item>
        <item><title><![CDATA[Serpent OS Prealpha0 Released]]></title>
          <description><![CDATA[
<p>Article URL: <a href="https://serpentos.com/blog/2024/08/01/serpent-os-prealpha0-released/">https://serpentos.com/blog/2024/08/01/serpent-os-prealpha0-released/</a></p>
<p>Comments URL: <a href="https://news.ycombinator.com/item?id=41343444">https://news.ycombinator.com/item?id=41343444</a></p>
<p>Points: 13</p>
<p># Comments: 7</p>
]]></description></item>`),
    );
    expect(link).to.deep.include({
      title: 'Museum of Ancient Greek Technology',
      summary: undefined,
      content_html: undefined,
    });
    expect(ask).to.deep.include({
      summary: undefined,
      content_html: '<p>We have a fairly complex dashboard written with PHP.<p>Is react the best way to go?</p>',
    });
    expect(newer).to.deep.include({ summary: undefined, content_html: undefined });
  });

  it('keeps words like its trailer that are not at the end, or not all of it', () => {
    const [middle, partial] = items(
      rss(`
        <item><title>A</title><description><![CDATA[${trailer(1)}<p>What followed.</p>]]></description></item>
        <item><title>B</title><description><![CDATA[<p>Our points: 3</p><p>Points: 3</p>]]></description></item>`),
    );
    expect(middle!.content_html).to.contain('Article URL:').and.contain('<p>What followed.</p>');
    expect(partial!.content_html).to.equal('<p>Our points: 3</p><p>Points: 3</p>');
  });
});

describe('RSS reader: a wire dateline opening a summary', () => {
  it('is left out of the summary (Mehr News, press-release wires, Reuters, AP), and kept in the body', () => {
    const summaries = items(
      rss(
        [
          'TEHRAN, Aug. 13 (MNA) – US President Donald Trump departed on a secret military flight.',
          'TEHRAN, Aug. 13 (MNA) –Iranian foreign ministry spokesperson has warned.',
          'NEEDHAM, Mass., Sept. 19, 2025 /PRNewswire/ -- Acme today announced a new widget.',
          'DUBLIN, Ireland, Aug. 12, 2026 (GLOBE NEWSWIRE) -- The report finds growth.',
          'STAMFORD, Conn.--(BUSINESS WIRE)--Acme Corp. reported earnings.',
          'WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday.',
          'BEIRUT, Lebanon (AP) — Israel struck targets overnight.',
          '(CNN) — A man was rescued from the river.',
        ]
          .map(
            (description) =>
              `<item><description>${description}</description><content:encoded><![CDATA[<p>${description}</p>]]></content:encoded></item>`,
          )
          .join(''),
      ),
    ).map((it) => [it.summary, it.content_html]);
    expect(summaries.map(([summary]) => summary)).to.deep.equal([
      'US President Donald Trump departed on a secret military flight.',
      'Iranian foreign ministry spokesperson has warned.',
      'Acme today announced a new widget.',
      'The report finds growth.',
      'Acme Corp. reported earnings.',
      'The U.S. Senate voted on Tuesday.',
      'Israel struck targets overnight.',
      'A man was rescued from the river.',
    ]);
    expect(summaries[0][1]).to.equal(
      '<p>TEHRAN, Aug. 13 (MNA) – US President Donald Trump departed on a secret military flight.</p>',
    );
  });

  it('stays where the words in brackets are not an agency’s, or do not open the summary', () => {
    const kept = [
      'AI (Artificial Intelligence) - the new electricity, some say.',
      'NASA (National Aeronautics) - a history.',
      'Protesters (left) - and police (right).',
      'IBM (NYSE: IBM) - shares rose.',
      'The Senate voted. WASHINGTON (Reuters) - more.',
      '(Reuters) -',
    ];
    const summaries = items(
      rss(kept.map((d) => `<item><title>T</title><description>${d}</description></item>`).join('')),
    );
    expect(summaries.map((it) => it.summary)).to.deep.equal(kept);
  });
});
