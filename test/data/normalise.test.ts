import { expect } from '@open-wc/testing';
import { normaliseFeed, isNormalisedFeed } from '../../src/data/normalise.js';
import { FeedError } from '../../src/data/feed-error.js';

// The documented figures (docs/feed-format.md, README: Security), written out rather than
// imported, so that a change to the library's figures fails here.
const FALLBACK_TITLE_LENGTH = 100;
const MAX_ITEMS = 1_000;
const MAX_LIST = 50;

const BASE = 'https://news.example/feeds/world.json';
const V11 = 'https://jsonfeed.org/version/1.1';

function feedWith(items: unknown[], extra: Record<string, unknown> = {}) {
  return { version: V11, title: 'Test', items, ...extra };
}

function one(item: Record<string, unknown>, warnings: string[] = []) {
  const feed = normaliseFeed(feedWith([{ id: 'a', title: 'A', ...item }]), {
    baseUrl: BASE,
    warn: (m) => warnings.push(m),
  });
  return feed.items[0]!;
}

describe('normaliseFeed', () => {
  it('reads a full JSON Feed 1.1 item with the _news extension', () => {
    const item = one({
      url: 'https://news.example/a',
      summary: 'Sum',
      content_html: '<p>Body</p>',
      image: 'https://news.example/a.jpg',
      date_published: '2024-06-17T09:30:00.000Z',
      date_modified: '2024-06-18T10:00:00+02:00',
      authors: [{ name: 'Jane Doe', url: 'https://news.example/jane' }],
      tags: ['World', 'Russia'],
      _news: {
        category: 'Politics',
        image_caption: 'Credit: Agency',
        key_points: ['One', 'Two'],
        sources: [{ name: 'Le Figaro', url: 'https://www.lefigaro.fr/' }, { name: 'Le Parisien' }],
        trending_rank: 2,
      },
    });
    expect(item).to.deep.include({
      id: 'a',
      title: 'A',
      url: 'https://news.example/a',
      summary: 'Sum',
      contentHtml: '<p>Body</p>',
      image: 'https://news.example/a.jpg',
      category: 'Politics',
      imageCaption: 'Credit: Agency',
      trendingRank: 2,
    });
    expect(item.datePublished!.toISOString()).to.equal('2024-06-17T09:30:00.000Z');
    expect(item.dateModified!.toISOString()).to.equal('2024-06-18T08:00:00.000Z');
    expect(item.authors).to.deep.equal([{ name: 'Jane Doe', url: 'https://news.example/jane' }]);
    expect(item.keyPoints).to.deep.equal(['One', 'Two']);
    expect(item.sources).to.deep.equal([
      { name: 'Le Figaro', url: 'https://www.lefigaro.fr/' },
      { name: 'Le Parisien', url: undefined },
    ]);
  });

  it('reads the feed-level fields', () => {
    const feed = normaliseFeed(
      feedWith([], {
        home_page_url: 'https://news.example/',
        feed_url: 'https://news.example/feed.json',
        description: 'All the news',
        language: 'fr-FR',
        icon: '/icon.png',
      }),
      { baseUrl: BASE },
    );
    expect(feed).to.deep.include({
      version: V11,
      title: 'Test',
      description: 'All the news',
      homePageUrl: 'https://news.example/',
      language: 'fr-FR',
      icon: 'https://news.example/icon.png',
      baseUrl: BASE,
    });
    expect(feed.items).to.deep.equal([]);
  });

  it('accepts a JSON Feed 1.0 author object', () => {
    const feed = normaliseFeed({
      version: 'https://jsonfeed.org/version/1',
      author: { name: 'Feed Author' },
      items: [{ id: '1', title: 'Old', author: { name: 'Item Author', url: 'https://a.example/' } }],
    });
    expect(feed.version).to.equal('https://jsonfeed.org/version/1');
    expect(feed.authors).to.deep.equal([{ name: 'Feed Author', url: undefined }]);
    expect(feed.items[0]!.authors).to.deep.equal([{ name: 'Item Author', url: 'https://a.example/' }]);
  });

  it('prefers 1.1 authors over a 1.0 author when both are present', () => {
    const item = one({ authors: [{ name: 'New' }], author: { name: 'Old' } });
    expect(item.authors.map((a) => a.name)).to.deep.equal(['New']);
  });

  it('renders a feed without _news: category from the first tag, no key points or sources', () => {
    const item = one({ tags: ['Sport', 'Football'] });
    expect(item.category).to.equal('Sport');
    expect(item.keyPoints).to.deep.equal([]);
    expect(item.sources).to.deep.equal([]);
    expect(item.trendingRank).to.be.undefined;
  });

  it('resolves relative URLs against the feed URL', () => {
    const item = one({
      url: '../world/story',
      image: 'images/a.svg',
      banner_image: '/banner.png',
      _news: { sources: [{ name: 'Src', url: 'refs/src.html' }] },
    });
    expect(item.url).to.equal('https://news.example/world/story');
    expect(item.image).to.equal('https://news.example/feeds/images/a.svg');
    expect(item.bannerImage).to.equal('https://news.example/banner.png');
    expect(item.sources[0]!.url).to.equal('https://news.example/feeds/refs/src.html');
  });

  it("resolves a body's relative addresses against its story's own address, where it has one", () => {
    // The Next.js blog of nextjs-korean-gravatar-image.json, a Hugo page bundle: a post's pictures
    // sit next to the post (`./shot.png`) and its footnotes are fragments of its page.
    const feed = normaliseFeed(
      feedWith([
        { id: 'a', title: 'A', url: '/post/retro/', content_html: '<p><img src="./shot.png" alt=""><a href="#fn-1">1</a></p>' },
        { id: 'b', title: 'B', url: 'https://blog.example/2025/08/26/port.html', content_html: '<img src="../../map.png" alt="">' },
        // A link post's external_url is another site's page, whose address says nothing of the body's.
        { id: 'c', title: 'C', external_url: 'https://elsewhere.example/x/y', content_html: '<img src="c.png" alt="">' },
        { id: 'd', title: 'D', content_html: '<img src="d.png" alt="">' },
      ]),
      { baseUrl: BASE },
    );
    expect(feed.items.map((item) => item.baseUrl)).to.deep.equal([
      'https://news.example/post/retro/',
      'https://blog.example/2025/08/26/port.html',
      undefined,
      undefined,
    ]);
    expect(feed.items.map((item) => item.image)).to.deep.equal([
      'https://news.example/post/retro/shot.png',
      'https://blog.example/2025/map.png',
      'https://news.example/feeds/c.png',
      'https://news.example/feeds/d.png',
    ]);
  });

  it('drops URLs with unsafe schemes and says so', () => {
    const warnings: string[] = [];
    const item = one(
      {
        url: 'javascript:alert(1)',
        image: 'data:image/svg+xml,<svg onload=alert(1)>',
        _news: { sources: [{ name: 'X', url: ' JaVaScRiPt:alert(1)' }] },
      },
      warnings,
    );
    expect(item.url).to.be.undefined;
    expect(item.image).to.be.undefined;
    expect(item.sources).to.deep.equal([{ name: 'X', url: undefined }]);
    expect(warnings.some((w) => w.includes('items[0].url'))).to.be.true;
  });

  it('takes "undefined" or "null" for an address as a template\'s missing value, not a page of that name', () => {
    const warnings: string[] = [];
    const item = one(
      {
        url: 'undefined',
        external_url: 'https://other.example/story',
        image: 'null',
        content_html: '<p>Text.</p><img src="undefined"><img src="/img/kenya.jpg" width="640">',
      },
      warnings,
    );
    expect(item.url).to.equal('https://other.example/story');
    expect(item.image, "the body's first picture with an address").to.equal('https://news.example/img/kenya.jpg');
    expect(warnings[0]).to.contain('items[0].url: not a safe http(s) URL, ignored');
  });

  it('takes no picture that is an icon or an avatar, and looks in the body instead', () => {
    const feed = normaliseFeed(
      feedWith(
        [
          // rsparser-3960 (journal.3960.org): its favicon, the feed's icon, for a post without a picture.
          { id: 'a', title: 'A', image: 'https://cdn.3960.org/favicon-192x192.png', banner_image: 'https://cdn.3960.org/favicon-192x192.png' },
          // nextjs-litehell-ko: the author's gravatar, the body's screenshot after it.
          {
            id: 'b',
            title: 'B',
            image: 'https://gravatar.com/avatar/837266b567b50fd59e72428220bf69b1',
            content_html: '<p><img src="/xabelfish.png" alt="Xabelfish"></p>',
          },
          { id: 'c', title: 'C', image: 'https://cdn.3960.org/images/photo.jpg' },
          // Google's Ads developer blog (Blogger, through FeedBurner): the 72 px thumbnail Blogger
          // crops from a post's first picture, here its byline's, the author's Google profile photo.
          {
            id: 'd',
            title: 'D',
            image: 'https://lh3.googleusercontent.com/-I5VHr9twxlU/AAAAAAAAAAI/AAAAAAAABoc/XKIvgIIEw7I/s72-c/photo.jpg',
          },
        ],
        { icon: 'https://cdn.3960.org/favicon-192x192.png' },
      ),
      { baseUrl: BASE },
    );
    expect(feed.items[0]!.bannerImage).to.be.undefined;
    expect(feed.items.map((item) => item.image)).to.deep.equal([
      undefined,
      'https://news.example/xabelfish.png',
      'https://cdn.3960.org/images/photo.jpg',
      undefined,
    ]);
  });

  it("takes no picture from a body that three or more stories' bodies share: a site's banner, no story's", () => {
    // brasildefato (RSS, 2024): its live coverage's banner opens 9 of 20 stories, a donation banner
    // 6, and a WhatsApp banner ends 3. Addresses shortened.
    const live = '<p><a href="https://www.brasildefato.com.br/minuto-a-minuto/venezuela"><img src="https://images01.brasildefato.com.br/8498f573.webp"></a><br><strong>Clique na imagem</strong></p>';
    const donate = '<p><a href="https://apoia.se/brasildefators_enchentes"><img src="https://cdn.brasildefato.com.br/assets/7f79d3d4.gif"></a></p>';
    const whatsapp = '<hr><p><a href="https://api.whatsapp.com/send?phone=5551998132796"><img src="https://images03.brasildefato.com.br/238bbb7f.jpeg"></a></p>';
    const story = (i: number, body: string) => ({ id: `s${i}`, title: `Story ${i}`, content_html: body });
    const feed = normaliseFeed(
      feedWith([
        story(1, `<p>Words.</p>${live}<p>More.</p>`),
        story(2, `${live}<p>Words.</p>`),
        story(3, `<p>Words.</p>${live}`),
        story(4, `<p>Words.</p>${donate}<p>More.</p><p><img src="https://images01.brasildefato.com.br/42db6c5.webp"></p>${whatsapp}`),
        story(5, `${donate}${whatsapp}`),
        story(6, `${donate}<p><img src="https://images01.brasildefato.com.br/c19edd2.webp"></p>${whatsapp}`),
        // Twice is not three times: a picture two stories share may be each one's.
        story(7, '<p><img src="https://images03.brasildefato.com.br/dba9f89b.webp"></p>'),
        story(8, '<p><img src="https://images03.brasildefato.com.br/dba9f89b.webp"></p>'),
        // A picture the feed gives is the item's, however many give it.
        { ...story(9, live), image: 'https://images01.brasildefato.com.br/8498f573.webp' },
      ]),
    );
    expect(feed.items.map((item) => item.image)).to.deep.equal([
      undefined,
      undefined,
      undefined,
      'https://images01.brasildefato.com.br/42db6c5.webp',
      undefined,
      'https://images01.brasildefato.com.br/c19edd2.webp',
      'https://images03.brasildefato.com.br/dba9f89b.webp',
      'https://images03.brasildefato.com.br/dba9f89b.webp',
      'https://images01.brasildefato.com.br/8498f573.webp',
    ]);
  });

  it("takes an untitled post's headline from its HTML before its plain text, which may be Markdown (Micro.blog)", () => {
    // microblog-keithpound: content_text is the Markdown the HTML was made from.
    const item = one({
      title: undefined,
      content_html: '<p>The view from today’s office</p>\n\n<p><img src="uploads/2026/ca84512d96.jpg" width="600" height="450" alt=""></p>',
      content_text: 'The view from today’s office\n\n<img src="uploads/2026/ca84512d96.jpg" alt="">',
    });
    expect(item.title).to.equal('The view from today’s office');
    expect(one({ title: undefined, content_text: 'Plain *words* only.' }).title).to.equal('Plain *words* only.');
  });

  it('splits tags given as one text at its commas (Grav), and keeps a key point given as one text whole', () => {
    const warnings: string[] = [];
    const item = one({ tags: 'automators,shortcuts, siri shortcuts,,workflow', _news: { key_points: 'Prices rose, wages fell.' } }, warnings);
    expect(item.tags).to.deep.equal(['automators', 'shortcuts', 'siri shortcuts', 'workflow']);
    expect(item.category).to.equal('automators');
    expect(item.keyPoints).to.deep.equal(['Prices rose, wages fell.']);
    expect(warnings[0]).to.contain('items[0].tags: given as text, taken as a list');
  });

  it('falls back to external_url when url is missing, and keeps it as the link post\'s target', () => {
    const item = one({ external_url: 'https://elsewhere.example/x' });
    expect(item.url).to.equal('https://elsewhere.example/x');
    expect(item.externalUrl).to.equal('https://elsewhere.example/x');
    const linked = one({ url: 'https://blog.example/p/1', external_url: 'https://elsewhere.example/x' });
    expect(linked.url).to.equal('https://blog.example/p/1');
    expect(linked.externalUrl).to.equal('https://elsewhere.example/x');
  });

  it('coerces a numeric id to a string, as JSON Feed requires', () => {
    const feed = normaliseFeed(feedWith([{ id: 42, title: 'Numbered' }]));
    expect(feed.items[0]!.id).to.equal('42');
  });

  it('keeps items without an id, deriving one: the url, else a stable hash', () => {
    const warnings: string[] = [];
    const items = [
      { title: 'No id', url: 'https://news.example/no-id' },
      { id: '', title: 'Empty id', date_published: '2024-06-17T09:30:00Z' },
      'text',
      null,
      { id: 'ok', title: 'Kept' },
    ];
    const feed = normaliseFeed(feedWith(items), { warn: (m) => warnings.push(m) });
    expect(feed.items.map((i) => i.title)).to.deep.equal(['No id', 'Empty id', 'Kept']);
    expect(feed.items[0]!.id).to.equal('https://news.example/no-id');
    expect(feed.items[1]!.id).to.match(/^item-[0-9a-z]+$/);
    expect(normaliseFeed(feedWith(items)).items[1]!.id, 'the same id on every load').to.equal(feed.items[1]!.id);
    expect(warnings, 'one warning for the whole feed').to.have.length(1);
    expect(warnings[0]).to.contain('2 × items[].id: missing, derived from the item (first: items[0].id)');
    expect(warnings[0]).to.contain('2 × items[]: not an object, ignored (first: items[2])');
  });

  it('makes derived ids unique when two items share a url', () => {
    const feed = normaliseFeed(feedWith([{ url: 'https://x.example/a', title: 'One' }, { url: 'https://x.example/a', title: 'Two' }]));
    expect(feed.items.map((i) => i.title)).to.deep.equal(['One', 'Two']);
    expect(new Set(feed.items.map((i) => i.id)).size).to.equal(2);
  });

  it('shows once an item without an id that repeats an earlier one\'s address and headline (India Today)', () => {
    const story = {
      url: 'https://www.indiatoday.in/india/story/parliament-erupts-2829001-2025-12-17',
      title: "Parliament erupts over 'shuddhikaran' event after Kharge rally, Nadda reacts",
    };
    const warnings: string[] = [];
    const feed = normaliseFeed(feedWith([story, { url: 'https://www.indiatoday.in/other', title: 'Other' }, story]), {
      warn: (m) => warnings.push(m),
    });
    expect(feed.items.map((i) => i.title)).to.deep.equal([story.title, 'Other']);
    // A story repeated, as the feed gave no id to repeat.
    expect(warnings[0]).to.contain('items[2]: duplicate story, ignored');
  });

  it('keeps the first of two items with the same id', () => {
    const warnings: string[] = [];
    const feed = normaliseFeed(feedWith([{ id: 'x', title: 'First' }, { id: 'x', title: 'Second' }]), {
      warn: (m) => warnings.push(m),
    });
    expect(feed.items.map((i) => i.title)).to.deep.equal(['First']);
    expect(warnings[0]).to.contain('items[1]: duplicate id, ignored');
  });

  it('gives an untitled item its summary as headline, and does not repeat it as the summary', () => {
    const item = one({ title: undefined, summary: 'Short summary.' });
    expect(item.title).to.equal('Short summary.');
    expect(item.summary).to.be.undefined;
  });

  it('gives a micro-post the opening words of its text as headline', () => {
    expect(one({ title: undefined, content_text: 'Just landed in Lisbon.\n\nMore soon.' }).title).to.equal(
      'Just landed in Lisbon. More soon.',
    );
    const html = one({ title: undefined, content_html: `<p>Reading <a href="x">a book</a> &#8211; ${'slowly '.repeat(30)}</p>` });
    expect(html.title.startsWith('Reading a book – slowly')).to.be.true;
    expect(html.title.endsWith('slowly…')).to.be.true;
  });

  it('leaves the headline of a post with no text empty, for the widget to label', () => {
    const item = one({ title: undefined, content_html: '<p><img src="https://x.example/photo.jpg"></p>' });
    expect(item.title).to.equal('');
    expect(item.image).to.equal('https://x.example/photo.jpg');
  });

  it('cuts a long fallback headline at a word boundary with an ellipsis', () => {
    const summary = 'word '.repeat(60).trim();
    const title = one({ title: undefined, summary }).title;
    expect(title.length).to.be.at.most(FALLBACK_TITLE_LENGTH + 1);
    expect(title.endsWith('word…')).to.be.true;
  });

  it('gives an item without title or summary an empty headline, not "undefined"', () => {
    expect(one({ title: undefined }).title).to.equal('');
  });

  it('ignores fields of the wrong type instead of rendering "[object Object]"', () => {
    const warnings: string[] = [];
    const item = one(
      {
        title: { text: 'object title' },
        summary: ['array'],
        content_html: 12,
        image: { src: 'x.jpg' },
        tags: 42,
        date_published: 1718616600,
        _news: { category: 7, key_points: { first: 'not a list' }, sources: { name: 'x' }, image_caption: false },
      },
      warnings,
    );
    expect(item.title).to.equal('');
    expect(item.summary).to.be.undefined;
    expect(item.contentHtml).to.be.undefined;
    expect(item.image).to.be.undefined;
    expect(item.tags).to.deep.equal([]);
    expect(item.datePublished).to.be.undefined;
    expect(item.category).to.be.undefined;
    expect(item.keyPoints).to.deep.equal([]);
    expect(item.sources).to.deep.equal([]);
    expect(item.imageCaption).to.be.undefined;
    expect(warnings).to.have.length(1);
    for (const field of ['title', 'summary', 'content_html', 'image', 'tags', 'date_published', '_news.category', '_news.key_points', '_news.sources', '_news.image_caption']) {
      expect(warnings[0], field).to.contain(`items[0].${field}: `);
    }
  });

  it('keeps the good entries of a list with some of the wrong type', () => {
    const item = one({
      tags: ['World', 3, null, '  ', 'Europe'],
      _news: { key_points: ['One', { x: 1 }, 'Two'], sources: ['Plain name', { url: 'https://x.example' }, { name: 'Named' }] },
    });
    expect(item.tags).to.deep.equal(['World', 'Europe']);
    expect(one({ tags: 'Bare' }).tags, 'a bare string is a list of one').to.deep.equal(['Bare']);
    expect(item.keyPoints).to.deep.equal(['One', 'Two']);
    expect(item.sources.map((s) => s.name)).to.deep.equal(['Plain name', 'Named']);
  });

  it('shows no date for an unparseable date', () => {
    const item = one({ date_published: 'yesterday', date_modified: '2024-13-45T99:99:99Z' });
    expect(item.datePublished).to.be.undefined;
    expect(item.dateModified).to.be.undefined;
  });

  it('accepts only whole trending ranks of 1 or more', () => {
    expect(one({ _news: { trending_rank: 3 } }).trendingRank).to.equal(3);
    expect(one({ _news: { trending_rank: 0 } }).trendingRank).to.be.undefined;
    expect(one({ _news: { trending_rank: 1.5 } }).trendingRank).to.be.undefined;
    expect(one({ _news: { trending_rank: '1' } }).trendingRank).to.be.undefined;
  });

  it('ignores a _news extension that is not an object', () => {
    const item = one({ tags: ['Tag'], _news: ['category'] });
    expect(item.category).to.equal('Tag');
  });

  it('inherits the feed language when an item has none', () => {
    const feed = normaliseFeed(feedWith([{ id: '1', title: 'a' }, { id: '2', title: 'b', language: 'de' }], { language: 'fr' }));
    expect(feed.items.map((i) => i.language)).to.deep.equal(['fr', 'de']);
  });

  it('trims whitespace and treats blank strings as missing', () => {
    const item = one({ title: '  Spaced  ', summary: '   ' });
    expect(item.title).to.equal('Spaced');
    expect(item.summary).to.be.undefined;
  });

  it('skips authors without a name, and takes a bare string as a name', () => {
    expect(one({ authors: [{ url: 'https://a.example' }, { name: 'Named' }, 'Plain'] }).authors).to.deep.equal([
      { name: 'Named', url: undefined },
      { name: 'Plain', url: undefined },
    ]);
    expect(one({ authors: undefined, author: 'Jane Roe' }).authors).to.deep.equal([{ name: 'Jane Roe', url: undefined }]);
  });

  it('gives items without authors the feed\'s (JSON Feed 1.1 says they inherit)', () => {
    const feed = normaliseFeed(
      feedWith([{ id: '1', title: 'a' }, { id: '2', title: 'b', authors: [{ name: 'Own' }] }], { authors: [{ name: 'Feed' }] }),
    );
    expect(feed.items.map((i) => i.authors.map((a) => a.name))).to.deep.equal([['Feed'], ['Own']]);
  });

  it('decodes entities and strips stray tags in every text field', () => {
    const item = one({
      title: 'Storm &#8211; day <b>two</b> &amp; after',
      summary: 'Caf&eacute; &hellip;',
      tags: ['R&amp;D'],
      authors: [{ name: 'O&#8217;Brien' }],
      _news: { key_points: ['A &lt; B'], sources: [{ name: 'Le <i>Monde</i>' }], image_caption: '&copy; AP' },
    });
    expect(item.title).to.equal('Storm – day two & after');
    expect(item.summary).to.equal('Café …');
    expect(item.tags).to.deep.equal(['R&D']);
    expect(item.authors[0]!.name).to.equal('O’Brien');
    expect(item.keyPoints).to.deep.equal(['A < B']);
    expect(item.sources[0]!.name).to.equal('Le Monde');
    expect(item.imageCaption).to.equal('© AP');
  });

  it('reads RFC 822 dates, and date_modified alone', () => {
    const item = one({ date_published: 'Fri, 31 May 2019 12:17:58 -0700' });
    expect(item.datePublished!.toISOString()).to.equal('2019-05-31T19:17:58.000Z');
    const modified = one({ date_modified: '2024-01-02T03:04:05Z' });
    expect(modified.datePublished).to.be.undefined;
    expect(modified.dateModified!.toISOString()).to.equal('2024-01-02T03:04:05.000Z');
  });

  it('takes the image from banner_image, else the first picture in the body', () => {
    expect(one({ banner_image: '/b.jpg' }).bannerImage).to.equal('https://news.example/b.jpg');
    const item = one({ content_html: '<p><img src="data:image/png;base64,AA"><img src="pixel.gif" width="1"><img src="photos/big.jpg"></p>' });
    expect(item.image).to.equal('https://news.example/feeds/photos/big.jpg');
    expect(one({ content_html: '<img src="javascript:alert(1)">' }).image).to.be.undefined;
  });

  it('gives an item without a summary an excerpt of its body', () => {
    const item = one({ content_html: `<p>${'Long body text. '.repeat(40)}</p>` });
    expect(item.summary).to.be.undefined;
    expect(item.excerpt!.length).to.be.at.most(201);
    expect(item.excerpt!.endsWith('…')).to.be.true;
    expect(one({ content_text: 'Short body.' }).excerpt).to.equal('Short body.');
    expect(one({ summary: 'Given', content_text: 'Body' }).excerpt).to.be.undefined;
  });

  it('does not repeat the headline as the summary or at the start of the excerpt', () => {
    // RSS 0.91 (dicas-l.com.br): title and description both "bash - Expansão de Parâmetros".
    const same = one({ title: 'bash - Expansão de Parâmetros', summary: 'bash - Expansão de Parâmetros' });
    expect([same.summary, same.excerpt]).to.deep.equal([undefined, undefined]);
    // GitHub's commits feed: a one-line commit message is the title and the whole body.
    const docs = one({ title: 'docs: Regen CLI docs', content_html: '<pre>docs: Regen CLI docs</pre>' });
    expect(docs.excerpt).to.be.undefined;
    // overcube.com's Atom feed: the body opens with the headline and a full stop.
    expect(one({ title: 'あけましておめでとうございます', summary: 'あけましておめでとうございます。 今年もよろしく' }).summary).to.equal(
      '今年もよろしく',
    );
    expect(one({ title: 'いろいろ待ってネ。', content_text: 'いろいろ待ってネ。次の話' }).excerpt).to.equal('次の話');
    expect(one({ title: 'Update', summary: 'Update: the server is back.' }).summary).to.equal('the server is back.');
    expect(one({ title: 'Markets', content_html: '<h1>Markets</h1> — <p>Stocks fell.</p>' }).excerpt).to.equal('Stocks fell.');
    // French sets a space before a colon (a Le Monde headline, lemonde-html-typed-enclosure.rss.xml).
    expect(
      one({ title: 'Affaire Maëlys', summary: 'Affaire Maëlys : un faisceau d’indices et un point d’interrogation' }).summary,
    ).to.equal('un faisceau d’indices et un point d’interrogation');
    // A dash after a no-break space and a space, as WordPress's editor writes them (`&nbsp; `);
    // a stop inside what follows a headline's own stop.
    expect(one({ title: 'Markets', summary: 'Markets&nbsp; — Stocks fell.' }).summary).to.equal('Stocks fell.');
    expect(one({ title: 'いろいろ待ってネ。', content_text: 'いろいろ待ってネ。次の話。また来週' }).excerpt).to.equal('次の話。また来週');
  });

  it('shows no summary or excerpt that is the headline in other punctuation (India Today)', () => {
    const title = "Parliament erupts over 'shuddhikaran' event after Kharge rally, Nadda reacts";
    const given = one({ title, summary: 'Parliament erupts over shuddhikaran event after Kharge rally Nadda reacts' });
    expect([given.summary, given.excerpt]).to.deep.equal([undefined, undefined]);
    expect(one({ title, content_html: '<p>Parliament erupts over “shuddhikaran” event, after Kharge rally — Nadda reacts.</p>' }).excerpt).to.be
      .undefined;
    // Twice the headline's length or more is more than the headline, even in the same letters.
    const twice = 'Kharge rally Kharge rally';
    expect(one({ title: 'Kharge rally', summary: twice }).summary).to.equal(twice);
  });

  it('keeps a summary or body that may only begin with the headline\'s words', () => {
    // After a space the same sentence may go on, in a script with capitals or without.
    expect(one({ title: 'Fed raises rates', summary: 'Fed raises rates by a quarter point.' }).summary).to.equal(
      'Fed raises rates by a quarter point.',
    );
    expect(one({ title: 'Biden meets Xi', content_text: 'Biden meets Xi Jinping in Woodside.' }).excerpt).to.equal(
      'Biden meets Xi Jinping in Woodside.',
    );
    // naver.com's blog: "Silva Method" + "basic lecture series schedule".
    const naver = '실바 메서드(The Silva Method) 기본강의시리즈(BLS)일정';
    expect(one({ title: '실바 메서드(The Silva Method)', summary: naver }).summary).to.equal(naver);
    // The headline is part of a longer word, or the sentence goes on after a comma.
    expect(one({ title: 'AI', content_text: 'AIDS drug approved.' }).excerpt).to.equal('AIDS drug approved.');
    expect(one({ title: 'Title', content_text: 'Title-based search.' }).excerpt).to.equal('Title-based search.');
    expect(one({ title: 'Rates', content_text: 'Rates, as expected, rose.' }).excerpt).to.equal('Rates, as expected, rose.');
    // A stop inside the headline is not its end.
    expect(one({ title: 'U.S. stocks rise', summary: 'U.S. stocks rise on jobs data.' }).summary).to.equal(
      'U.S. stocks rise on jobs data.',
    );
  });

  it('reads audio and video attachments, keeping only safe URLs', () => {
    const item = one({
      attachments: [
        { url: 'https://cdn.example/ep1.mp3', mime_type: 'audio/mpeg', title: 'Episode 1', size_in_bytes: 1000, duration_in_seconds: 2520 },
        { url: 'javascript:alert(1)', mime_type: 'audio/mpeg' },
        { url: 'https://cdn.example/clip.mp4' },
        { url: 'https://cdn.example/clip.mp4', mime_type: 'video/mp4', duration_in_seconds: -3 },
      ],
    });
    expect(item.attachments).to.deep.equal([
      { url: 'https://cdn.example/ep1.mp3', mimeType: 'audio/mpeg', title: 'Episode 1', sizeInBytes: 1000, durationInSeconds: 2520 },
      { url: 'https://cdn.example/clip.mp4', mimeType: 'video/mp4', title: undefined, sizeInBytes: undefined, durationInSeconds: undefined },
    ]);
  });

  it('reads at most MAX_ITEMS items and MAX_LIST entries of a list, whatever the feed holds', () => {
    const warnings: string[] = [];
    const many = Array.from({ length: MAX_ITEMS + 500 }, (_, i) => ({ id: String(i), title: `Item ${i}` }));
    const feed = normaliseFeed(feedWith(many), { warn: (m) => warnings.push(m) });
    expect(feed.items).to.have.length(MAX_ITEMS);
    const item = one({ tags: Array.from({ length: 10_000 }, (_, i) => `t${i}`), _news: { key_points: Array(10_000).fill('k') } });
    expect(item.tags).to.have.length(MAX_LIST);
    expect(item.keyPoints).to.have.length(MAX_LIST);
    expect(warnings[0]).to.contain(`${MAX_ITEMS + 500} items, only the first ${MAX_ITEMS} read`);
  });

  it('throws a format FeedError for input that is not a feed', () => {
    for (const input of [null, 'feed', [], 42, {}, { items: {} }, { items: 'none' }]) {
      expect(() => normaliseFeed(input)).to.throw(FeedError).with.property('kind', 'format');
    }
  });

  it('marks its output so a normalised feed is recognised', () => {
    const feed = normaliseFeed(feedWith([]));
    expect(isNormalisedFeed(feed)).to.be.true;
    expect(isNormalisedFeed(feedWith([]))).to.be.false;
  });

  it('normalises the bundled sample feed', async () => {
    const json = await (await fetch('/test/fixtures/world.json')).json();
    const feed = normaliseFeed(json, { baseUrl: new URL('/test/fixtures/world.json', location.href).href });
    expect(feed.items).to.have.length(7);
    expect(feed.items[0]!.keyPoints).to.have.length(3);
    expect(feed.items.filter((i) => i.trendingRank !== undefined)).to.have.length(6);
  });
});
