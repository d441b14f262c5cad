import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { NewsArticle, NewsCard, NewsTrending } from '../../src/index.js';
import { $, $$, NOW, pinClock, settled, text } from '../support/helpers.js';
import '../support/axe.js';

// What real feeds bring that our own samples do not: posts without titles or summaries,
// podcasts, link posts, pictures only in the body, dates only as date_modified.

const V11 = 'https://jsonfeed.org/version/1.1';
const BASE = 'https://micro.example/';
const feedOf = (...items: Record<string, unknown>[]) => ({ version: V11, home_page_url: BASE, items });

const PHOTO = {
  id: 'photo-1',
  url: 'https://micro.example/2024/06/26/photo.html',
  content_html: '<p><img src="https://micro.example/uploads/lake.jpg" width="600" height="400"></p>',
  date_published: '2024-06-20T10:00:00Z',
};
const NOTE = {
  id: 'note-1',
  url: 'https://micro.example/2024/06/26/note.html',
  content_text:
    'Walked by the lake this morning. The water was perfectly still and the light was extraordinary, all the way to the hills.',
  date_modified: '2024-06-26T15:00:00Z',
};
const EPISODE = {
  id: 'ep-12',
  title: 'Episode 12: Harbours',
  url: 'https://show.example/12',
  content_html: '<p>We talk about harbours.</p>',
  date_published: '2024-06-26T12:00:00Z',
  attachments: [{ url: 'https://cdn.example/ep12.mp3', mime_type: 'audio/mpeg', duration_in_seconds: 2520 }],
};
const LINK_POST = {
  id: 'link-1',
  title: 'A good read on ports',
  url: 'https://links.example/2024/ports',
  external_url: 'https://www.harbours.example/long-read',
  content_text: 'Worth your time.',
  date_published: '2024-06-26T09:00:00Z',
};
const REPEATED_IMAGE = {
  id: 'repeat',
  title: "The lead image is also the body's first picture",
  image: 'https://micro.example/uploads/lake.jpg',
  content_html: '<p><img src="https://micro.example/uploads/lake.jpg"></p><p>Text.</p>',
};

describe('feeds as real publishers write them', () => {
  let clock: sinon.SinonFakeTimers;
  let warn: sinon.SinonStub;
  beforeEach(() => {
    clock = pinClock(NOW);
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    clock.restore();
    warn.restore();
  });

  it('labels a photo post with no text "Photo" and its date, in every widget, as a named link', async () => {
    for (const tag of ['news-card', 'news-trending']) {
      const el = (await fixture(document.createElement(tag))) as NewsCard | NewsTrending;
      el.feed = feedOf(PHOTO);
      await settled(el);
      expect(text($(el, '[part~="link"]')), tag).to.equal('Photo · Jun 20, 2024');
      await expect(el).to.be.accessible();
    }
    const article = await fixture<NewsArticle>(html`<news-article .feed=${feedOf(PHOTO)}></news-article>`);
    await settled(article);
    expect(text($(article, '[part~="title"]'))).to.equal('Photo · Jun 20, 2024');
  });

  it("words the label in the widget's language", async () => {
    const el = await fixture<NewsCard>(html`<news-card locale="fr" .feed=${feedOf(PHOTO)}></news-card>`);
    await settled(el);
    await el.loadComplete;
    expect(text($(el, '[part~="link"]'))).to.equal('Photo · 20 juin 2024');
  });

  it('heads a micro-post with its opening words, and dates it by date_modified', async () => {
    const el = await fixture<NewsCard>(html`<news-card .feed=${feedOf(NOTE)}></news-card>`);
    await settled(el);
    const headline = text($(el, '[part~="link"]'));
    expect(headline.startsWith('Walked by the lake this morning.')).to.be.true;
    expect(headline.endsWith('…')).to.be.true;
    expect(text($(el, '[part~="time"]'))).to.equal('2 hours ago');
    expect($(el, '[part~="summary"]'), 'the text is not said twice').to.be.null;
  });

  it('gives a card without a summary an excerpt of its body, and the article no lede from it', async () => {
    const card = await fixture<NewsCard>(html`<news-card .feed=${feedOf(EPISODE)}></news-card>`);
    await settled(card);
    expect(text($(card, '[part~="summary"]'))).to.equal('We talk about harbours.');
    const article = await fixture<NewsArticle>(html`<news-article .feed=${feedOf(EPISODE)}></news-article>`);
    await settled(article);
    expect($(article, '[part~="summary"]')).to.be.null;
    expect(text($(article, '[part~="body"]'))).to.equal('We talk about harbours.');
  });

  it('says "Audio" with the length on a podcast card, and plays it in the article', async () => {
    const card = await fixture<NewsCard>(html`<news-card .feed=${feedOf(EPISODE)}></news-card>`);
    await settled(card);
    expect(text($(card, '[part~="attachment"]'))).to.equal('Audio · 42 min');
    const article = await fixture<NewsArticle>(html`<news-article .feed=${feedOf(EPISODE)}></news-article>`);
    await settled(article);
    const audio = $(article, '[part~="attachment"] audio') as HTMLAudioElement;
    expect(audio.controls).to.be.true;
    expect(audio.getAttribute('preload'), 'nothing loads before play').to.equal('none');
    expect(audio.src).to.equal('https://cdn.example/ep12.mp3');
    expect(text($(article, '[part~="attachment"] figcaption'))).to.equal('Episode 12: Harbours · 42 min');
    await expect(article).to.be.accessible();
  });

  it('plays an episode once, in its body, where the body has its player (WordPress’s audio shortcode)', async () => {
    const inBody = {
      ...EPISODE,
      content_html:
        '<p>We talk about harbours.</p><audio class="wp-audio-shortcode" preload="none" controls="controls">' +
        '<source type="audio/mpeg" src="https://cdn.example/ep12.mp3?_=1" /><a href="https://cdn.example/ep12.mp3">https://cdn.example/ep12.mp3</a></audio>',
    };
    const article = await fixture<NewsArticle>(html`<news-article .feed=${feedOf(inBody)}></news-article>`);
    await settled(article);
    expect($$(article, 'audio').map((audio) => (audio as HTMLAudioElement).src)).to.deep.equal([
      'https://cdn.example/ep12.mp3?_=1',
    ]);
    expect($(article, '[part~="attachments"]')).to.be.null;
    expect(text($(article, '[part~="body"]'))).to.equal('We talk about harbours.');
    // Another file than the body's is still the article's to play.
    const other = { ...inBody, attachments: [{ url: 'https://cdn.example/ep12-extended.mp3', mime_type: 'audio/mpeg' }] };
    const both = await fixture<NewsArticle>(html`<news-article .feed=${feedOf(other)}></news-article>`);
    await settled(both);
    expect($$(both, 'audio')).to.have.length(2);
    await expect(both).to.be.accessible();
  });

  it('plays a video attachment in a video player, and says "Video" on the card', async () => {
    const video = {
      ...EPISODE,
      attachments: [{ url: 'https://cdn.example/clip.mp4', mime_type: 'video/mp4', duration_in_seconds: 3900 }],
    };
    const card = await fixture<NewsCard>(html`<news-card .feed=${feedOf(video)}></news-card>`);
    await settled(card);
    expect(text($(card, '[part~="attachment"]'))).to.equal('Video · 1 hr 5 min');
    const article = await fixture<NewsArticle>(html`<news-article .feed=${feedOf(video)}></news-article>`);
    await settled(article);
    expect(($(article, 'video') as HTMLVideoElement).getAttribute('preload')).to.equal('none');
  });

  it('shows where a link post links to, by domain', async () => {
    const article = await fixture<NewsArticle>(html`<news-article .feed=${feedOf(LINK_POST)}></news-article>`);
    await settled(article);
    const external = $(article, '[part~="external"]')!;
    expect(text(external)).to.equal('Link: harbours.example');
    const link = external.querySelector('a')!;
    expect(link.href).to.equal('https://www.harbours.example/long-read');
    expect(link.rel).to.equal('noopener noreferrer');
  });

  it('finds the picture in the body when the item names none, and shows a lead image once', async () => {
    const card = await fixture<NewsCard>(html`<news-card .feed=${feedOf(PHOTO)}></news-card>`);
    await settled(card);
    expect(($(card, '[part~="image"]') as HTMLImageElement).src).to.equal('https://micro.example/uploads/lake.jpg');
    const article = await fixture<NewsArticle>(html`<news-article .feed=${feedOf(REPEATED_IMAGE)}></news-article>`);
    await settled(article);
    expect($(article, '[part~="figure"]'), 'no lead figure').to.be.null;
    expect($$(article, 'img')).to.have.length(1);
  });

  it('shows a picture once where the body has it at another size (TechCrunch, WordPress, Ghost)', async () => {
    // Pictures this test server has, so that a lead image left out is left out for being in the
    // body, not for failing to load.
    const images = new URL('/test/fixtures/images/', location.href).href;
    const show = async (image: string, src: string) => {
      const item = { id: 'p', title: 'Pictures', image, content_html: `<p><img src="${src}" width="100" height="62"></p><p>Text.</p>` };
      const article = await fixture<NewsArticle>(html`<news-article .feed=${feedOf(item)}></news-article>`);
      await settled(article);
      return $$(article, 'img').map((img) => (img as HTMLImageElement).getAttribute('src'));
    };
    const kenya = `${images}kenya-tax-protests.svg`;
    // The lead is shown where the body has another picture: the test can see a lead image.
    expect(await show(kenya, `${images}putin-north-korea.svg`)).to.have.length(2);
    // TechCrunch's (techcrunch-wordpress-media.rss.xml): the thumbnail `?w=150`, the body's crop.
    const crop = `${kenya}?w=100&h=62&crop=1`;
    expect(await show(`${kenya}?w=150`, crop)).to.deep.equal([crop]);
    // A Hugo theme's (journal.3960.org): the picture, and the body's `-240x240` copy.
    const small = `${images}kenya-tax-protests-240x240.svg`;
    expect(await show(kenya, small)).to.deep.equal([small]);
    // Ghost's: `/size/w600/` in the body's address.
    const ghost = kenya.replace('/images/', '/size/w600/images/');
    expect(await show(kenya, ghost)).to.deep.equal([ghost]);
    // Two pictures of one service, told apart by more than their size, are two.
    expect(await show(`${kenya}?id=1&w=150`, `${kenya}?id=2&w=100`)).to.have.length(2);
  });

  it('warns once for a whole feed of repaired items, naming what it did', async () => {
    const items = Array.from({ length: 12 }, (_, i) => ({
      url: `https://x.example/${i}`,
      title: `Item ${i}`,
      author: `Writer ${i}`,
    }));
    const el = await fixture<NewsTrending>(html`<news-trending .feed=${{ version: V11, items }}></news-trending>`);
    await settled(el);
    const calls = warn.getCalls().filter((call) => String(call.args[0]).includes('repaired'));
    expect(calls).to.have.length(1);
    expect(calls[0]!.args[0]).to.contain('12 × items[].id: missing, derived from the item');
    expect(calls[0]!.args[0]).to.contain('12 × items[].author: given as text, taken as a name');
  });
});

// Platforms' feeds as their sites published them (test/fixtures/real/, and its README).
describe('platforms’ article bodies, as real sites publish them', () => {
  const article = async (file: string, id: string, attributes = '') => {
    const el = await fixture<NewsArticle>(html`<news-article article-id=${id}></news-article>`);
    if (attributes) el.setAttribute('images', attributes);
    el.src = `/feeds-test/real/${file}${attributes ? '' : '?remote=local'}`;
    await settled(el);
    return el;
  };

  it('links a Ghost post’s YouTube and Vimeo videos where their players were (It’s FOSS)', async () => {
    // Without pictures, so that the players' addresses stay as published and nothing is fetched.
    const weekly = await article('ghost-itsfoss-embeds.rss.xml', '69afdc1d2f3b5300017ffbf6', 'none');
    const video = $$(weekly, '[part~="body"] figure a')
      .map((a) => [(a as HTMLAnchorElement).href, text(a)])
      .filter(([href]) => href.includes('youtube'));
    expect(video).to.deep.equal([
      ['https://www.youtube.com/watch?v=w4iER2ADa8k', '15 Essential Keyboard Shortcuts for Linux Mint Users'],
    ]);
    const foot = await article('ghost-itsfoss-embeds.rss.xml', '69aa75472f3b5300017fe306', 'none');
    const link = $(foot, '[part~="body"] figure a[href="https://vimeo.com/1171569394"]')!;
    expect(text(link)).to.equal('foot-open-urls');
    const clip = link.closest('figure')!;
    expect(text(clip.querySelector('figcaption')!)).to.match(/^A clip showing opening links/);
    for (const el of [weekly, foot])
      expect($$(el, '[part~="body"] figure').filter((figure) => !text(figure))).to.have.length(0);
  });

  it('ends a Medium story at its own end, its subtitles below the headline (Invironment)', async () => {
    // Without pictures: the story's address is its id, which the local copy's addresses would change.
    const medium = await article('medium-invironment-footer.rss.xml', 'https://medium.com/p/125af37d838f', 'none');
    const body = $(medium, '[part~="body"]')!;
    expect(text(body)).to.contain('zombie apocalypse');
    expect(text(body)).not.to.contain('originally published');
    // The feed's <h3> and <h4> under the article's <h2>: h3 and h4, in that order.
    expect([...new Set($$(medium, '[part~="body"] :is(h2, h3, h4, h5, h6)').map((h) => h.localName))]).to.deep.equal([
      'h3',
      'h4',
    ]);
    await expect(medium).to.be.accessible();
  });

  it('ends a story without FeedBurner’s share buttons (Google Testing Blog)', async () => {
    const blogger = await article(
      'blogger-googletesting-feedflare.atom.xml',
      'tag:blogger.com,1999:blog-15045980.post-8046216467923860328',
    );
    expect(text($(blogger, '[part~="body"]'))).to.contain('Code Health');
    expect($$(blogger, '[part~="body"] img, [part~="body"] a[href*="feedburner"]')).to.have.length(0);
  });
});
