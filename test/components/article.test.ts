import { expect, fixture, html } from '@open-wc/testing';
import type sinon from 'sinon';
import '../../src/define.js';
import type { NewsArticle } from '../../src/index.js';
import { parseFeed } from '../../src/data/load.js';
import { $, $$, FIXTURES, MONDE, WORLD, pinClock, settled, text } from '../support/helpers.js';
import '../support/axe.js';

describe('<news-article>', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = pinClock();
  });
  afterEach(() => clock.restore());

  it('shows the whole story: category, headline, lede, byline, image with credit', async () => {
    const el = await fixture<NewsArticle>(html`<news-article src=${WORLD}></news-article>`);
    await settled(el);
    expect(text($(el, '[part~="category"]'))).to.equal('World');
    expect($(el, 'h2[part~="title"]')).to.exist;
    expect(text($(el, '[part~="title"]'))).to.match(/^Putin Heads to Pyongyang/);
    expect(text($(el, '[part~="summary"]'))).to.match(/^The Russian president travels/);
    expect(text($(el, '[part~="byline"]'))).to.contain('By Daily Reports');
    const published = $(el, 'time[part~="time"]')!;
    expect(published.getAttribute('datetime')).to.equal('2024-06-17T09:30:00.000Z');
    expect(text(published)).to.equal('Jun 17, 2024, 9:30 AM');
    expect(text($(el, '[part~="caption"]'))).to.equal('Images from the reference sources');
    expect(($(el, 'img[part~="image"]') as HTMLImageElement).src).to.equal(`${FIXTURES}images/putin-north-korea.svg`);
  });

  it('renders the sanitised HTML body', async () => {
    const el = await fixture<NewsArticle>(html`<news-article src=${WORLD}></news-article>`);
    await settled(el);
    const body = $(el, '[part~="body"]')!;
    // The feed's <h2>, one level below the headline's <h2>.
    expect(text(body.querySelector('h3'))).to.equal('A rare trip that tightens the Moscow–Pyongyang axis');
    expect(body.querySelectorAll('p')).to.have.length(6);
  });

  it('lists the key points', async () => {
    const el = await fixture<NewsArticle>(html`<news-article src=${WORLD}></news-article>`);
    await settled(el);
    const points = $(el, '[part~="key-points"]')!;
    expect(text(points.querySelector('h3'))).to.equal('Key points');
    expect(points.querySelectorAll('li')).to.have.length(3);
  });

  it('names the sources, linked where the feed gives a URL', async () => {
    const el = await fixture<NewsArticle>(html`<news-article src=${WORLD}></news-article>`);
    await settled(el);
    const sources = $(el, '[part~="sources"]')!;
    expect(text(sources)).to.equal('Sources: Le Figaro · Le Parisien');
    const links = [...sources.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://www.lefigaro.fr/', 'https://www.leparisien.fr/']);
    expect(links[0]!.rel).to.equal('noopener noreferrer');
  });

  it('shows the tags', async () => {
    const el = await fixture<NewsArticle>(html`<news-article src=${WORLD}></news-article>`);
    await settled(el);
    expect($$(el, '[part~="tags"] li').map(text)).to.deep.equal(['World', 'Russia', 'North Korea']);
  });

  it('splits content_text into paragraphs at blank lines', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article src=${WORLD} article-id="kenya-tax-protests"></news-article>`,
    );
    await settled(el);
    const paragraphs = $$(el, '[part~="body"] p');
    expect(paragraphs).to.have.length(2);
    expect(text(paragraphs[1])).to.match(/^International organisations/);
    expect($(el, '[part~="key-points"]')).to.be.null;
    expect(text($(el, '[part~="sources"]'))).to.equal('Sources: Le Parisien');
  });

  it('resolves relative links and images inside content_html against the feed URL', async () => {
    const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
    el.src = `${FIXTURES}nested/relative.json`;
    await settled(el);
    const body = $(el, '[part~="body"]')!;
    expect(body.querySelector('a')!.href).to.equal(`${FIXTURES}nested/story.html`);
    expect(body.querySelector('a')!.rel).to.equal('noopener noreferrer');
    expect(body.querySelector('img')!.getAttribute('src')).to.equal(`${FIXTURES}images/kenya-tax-protests.svg`);
    expect(($(el, 'img[part~="image"]') as HTMLImageElement).src).to.equal(`${FIXTURES}nested/lead.svg`);
  });

  it('gives no lede that only repeats the opening of the body, and keeps one that says something else', async () => {
    // TechCrunch's WordPress RSS: the description is the post's first words, with straight
    // quotes where the body has curly ones; WordPress News's ends with "[…]".
    const feed = await parseFeed(
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>TC</title>
        <item><title>Womply</title><link>https://techcrunch.example/womply</link>
          <description>Womply's "Efortless Offers" is a new offers platform [&#8230;]</description>
          <content:encoded><![CDATA[<p>Womply’s “Efortless Offers” is a new offers platform for small businesses.</p><p>More.</p>]]></content:encoded></item>
        <item><title>Unsplash</title><link>https://unsplash.example/tips</link>
          <description>Helpful travel photography tips from the pros</description>
          <content:encoded><![CDATA[<p>For most of us, the urge to take photos has never been stronger.</p>]]></content:encoded></item>
      </channel></rss>`,
      'https://techcrunch.example/feed',
    );
    const el = await fixture<NewsArticle>(html`<news-article .feed=${feed}></news-article>`);
    await settled(el);
    expect($(el, '[part~="summary"]')).to.be.null;
    expect(text($(el, '[part~="body"] p'))).to.equal(
      'Womply’s “Efortless Offers” is a new offers platform for small businesses.',
    );
    el.articleId = 'https://unsplash.example/tips';
    await el.updateComplete;
    await el.loadComplete;
    await el.updateComplete;
    expect(text($(el, '[part~="summary"]'))).to.equal('Helpful travel photography tips from the pros');
  });

  it('gives no lede that the body holds a little further on (The Omni Show, after its show notes’ link)', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article src=${`${FIXTURES}real/theomnishow-podcast.rss.xml`}></news-article>`,
    );
    await settled(el);
    expect(text($(el, '[part~="title"]'))).to.equal('Andrea McVittie, User Experience Designer');
    // (Its text, not the element: a failure then reports a string.)
    expect($(el, '[part~="summary"]')?.textContent ?? null).to.be.null;
    const body = text($(el, '[part~="body"]'));
    expect(body.match(/Andrea studied fine art/g)).to.have.length(1);
  });

  it('shows a date without a time as that day, with no time', async () => {
    // RSS 1.0 as misuzilla.org writes it: <dc:date> with the day alone.
    const feed = await parseFeed(
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://example.jp/"><title>Diary</title><link>https://example.jp/</link></channel>
        <item rdf:about="https://example.jp/1"><title>Day</title><link>https://example.jp/1</link>
          <dc:date>2024-06-11</dc:date></item></rdf:RDF>`,
      'https://example.jp/index.rdf',
    );
    const el = await fixture<NewsArticle>(html`<news-article .feed=${feed}></news-article>`);
    await settled(el);
    const published = $(el, 'time[part~="time"]')!;
    expect(published.getAttribute('datetime')).to.equal('2024-06-11T00:00:00.000Z');
    expect(text(published)).to.equal('Jun 11, 2024');
  });

  it("resolves an Atom body's links and pictures against its xml:base, not the feed's address", async () => {
    const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
    el.feed = await parseFeed(
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
        <entry><title>Port</title><link href="https://blog.example/2025/08/26/port.html"/>
          <content type="html" xml:base="https://blog.example/2025/08/26/port.html">&lt;p&gt;Text and
            &lt;a href="notes.html"&gt;notes&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;img src="map.png" alt="A map"&gt;&lt;/p&gt;</content></entry></feed>`,
      'https://blog.example/feed.xml',
    );
    await settled(el);
    expect($(el, '[part~="body"] a')!.getAttribute('href')).to.equal('https://blog.example/2025/08/26/notes.html');
    const pictures = $$(el, 'img').map((img) => img.getAttribute('src'));
    expect(pictures).to.include('https://blog.example/2025/08/26/map.png');
    expect(pictures.filter((src) => src === 'https://blog.example/map.png')).to.deep.equal([]);
  });

  it("resolves a JSON body's links and pictures against its story's address, not the feed's", async () => {
    // A Hugo page bundle or a Next.js post (nextjs-korean-gravatar-image.json): the pictures are
    // next to the post, the footnotes are on its page.
    const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
    el.feed = await parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          {
            id: 'retro',
            title: 'A year in review',
            url: 'https://blog.example/post/retro/',
            content_html:
              '<p>Text<sup><a href="#fn-1">1</a></sup> and <a href="../tor/">more</a>.</p><p><img src="./shot.png" alt="A screenshot"></p>',
          },
        ],
      }),
      'https://blog.example/feed/json',
    );
    await settled(el);
    expect($$(el, '[part~="body"] a').map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://blog.example/post/retro/#fn-1',
      'https://blog.example/post/tor/',
    ]);
    const pictures = $$(el, 'img').map((img) => img.getAttribute('src'));
    expect(pictures).to.include('https://blog.example/post/retro/shot.png');
    expect(pictures.filter((src) => src!.startsWith('https://blog.example/feed/'))).to.deep.equal([]);
  });

  it('links its headline to the story when it has no body to show (a feed of summaries), and only then', async () => {
    const feed = {
      items: [
        { id: 'summary', title: 'Rates held', summary: 'The bank waits.', url: 'https://news.example/rates' },
        { id: 'body', title: 'Rates cut', url: 'https://news.example/cut', content_html: '<p>The bank cut rates.</p>' },
        { id: 'text', title: 'Rates rise', url: 'https://news.example/rise', content_text: 'The bank raised rates.' },
        { id: 'nowhere', title: 'Rates', summary: 'No address.' },
      ],
    };
    const show = async (id: string) => {
      const el = await fixture<NewsArticle>(html`<news-article article-id=${id} .feed=${feed}></news-article>`);
      await settled(el);
      await el.loadComplete;
      await el.updateComplete;
      return el;
    };
    const el = await show('summary');
    const link = $(el, '[part~="title"] a[part~="link"]') as HTMLAnchorElement;
    expect(link.href).to.equal('https://news.example/rates');
    expect(text(link)).to.equal('Rates held');
    expect([link.target, link.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
    // It looks like a link before it is hovered: the only way to the story.
    expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
    await expect(el).to.be.accessible();
    for (const id of ['body', 'text', 'nowhere']) {
      const other = await show(id);
      expect(text($(other, '[part~="title"]')), id).to.match(/^Rates/);
      expect($$(other, '[part~="title"] a'), id).to.have.length(0);
    }
  });

  it('marks a focused link in its body or sources inside its box, even one that starts a line at its edge', async function () {
    const feed = {
      language: 'ar',
      items: [
        {
          id: 'a',
          title: 'الميناء',
          content_html: '<p><a href="https://port.example/">هيئة الميناء</a> قالت إن الميناء سيعاد فتحه.</p>',
          _news: { sources: [{ name: 'الجزيرة', url: 'https://source.example/' }] },
        },
      ],
    };
    const el = await fixture<NewsArticle>(html`<news-article style="width: 320px" .feed=${feed}></news-article>`);
    await settled(el);
    const box = el.getBoundingClientRect();
    for (const link of [$(el, '[part~="body"] a'), $(el, '[part~="sources"] a')] as HTMLAnchorElement[]) {
      link.focus();
      if (!link.matches(':focus-visible')) this.skip();
      const style = getComputedStyle(link);
      // The focus colour and the background's, as the tokens give them (light theme).
      expect([style.backgroundColor, style.color]).to.deep.equal(['rgb(26, 95, 180)', 'rgb(255, 255, 255)']);
      const { left, right } = link.getBoundingClientRect();
      expect(left >= box.left && right <= box.right).to.equal(true);
    }
    // The body's link starts its line at the widget's right edge (right to left), where a ring
    // drawn outside it would be cut off.
    expect(Math.round(($(el, '[part~="body"] a') as HTMLElement).getBoundingClientRect().right)).to.equal(
      Math.round(box.right),
    );
  });

  it('shows the updated date when the item has one', async () => {
    const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
    el.feed = {
      items: [{ id: '1', title: 'T', date_published: '2024-06-20T08:00:00Z', date_modified: '2024-06-21T10:15:00Z' }],
    };
    await settled(el);
    expect(text($(el, '[part~="updated"]'))).to.equal('Jun 21, 2024, 10:15 AM');
    expect(text($(el, '[part~="byline"]'))).to.contain('Updated');
  });

  it('is written in French for a French page', async () => {
    const wrapper = await fixture(html`<div lang="fr"><news-article src=${MONDE}></news-article></div>`);
    const el = wrapper.querySelector('news-article')!;
    await settled(el);
    expect(text($(el, '[part~="key-points"] h3'))).to.equal('Points clés');
    expect(text($(el, 'time[part~="time"]'))).to.equal('17 juin 2024, 09:30');
    // French typography: a narrow no-break space before the colon, never a line break there.
    expect($(el, '[part~="sources"]')!.textContent!.trim()).to.match(/^Sources\u202f: /);
  });

  it('says what went wrong in the widget’s language, one heading per kind of error', async () => {
    const wrapper = await fixture(html`<div>
      <news-article lang="fr" src=${MONDE} article-id="no-such-story"></news-article>
      <news-article lang="ar" src=${WORLD} article-id="no-such-story"></news-article>
    </div>`);
    const [fr, ar] = [...wrapper.querySelectorAll('news-article')];
    await settled(fr!);
    await settled(ar!);
    expect(text($(fr!, '[part~="error"] strong'))).to.equal('Article introuvable');
    expect(text($(ar!, '[part~="error"] strong'))).to.equal('الخبر غير موجود');
    expect($(ar!, '[part~="error"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('is written in Hebrew, right to left, on a Hebrew page, and in Russian for a Russian widget', async () => {
    const wrapper = await fixture(html`<div lang="he">
      <news-article src=${WORLD}></news-article>
      <news-article lang="ru" src=${WORLD}></news-article>
      <news-article src=${WORLD} article-id="no-such-story"></news-article>
    </div>`);
    const [he, ru, missing] = [...wrapper.querySelectorAll('news-article')];
    await Promise.all([he, ru, missing].map((el) => settled(el!)));
    expect(text($(he!, '[part~="key-points"] h3'))).to.equal('עיקרי הדברים');
    expect($(he!, '[part~="sources"]')!.textContent!.trim()).to.match(/^מקורות: /);
    expect(text($(ru!, '[part~="key-points"] h3'))).to.equal('Главное');
    expect(text($(ru!, '[part~="byline"]'))).to.match(/^Автор: /);
    expect(text($(missing!, '[part~="error"] strong'))).to.equal('הכתבה לא נמצאה');
    expect($(missing!, '[part~="error"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('passes the accessibility audit', async () => {
    const el = await fixture<NewsArticle>(html`<news-article src=${WORLD}></news-article>`);
    await settled(el);
    await expect(el).to.be.accessible();
  });
});
