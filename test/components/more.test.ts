import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
// Loaded on demand by a widget whose feed names a next page or that has show-feed; loaded here
// first, so that it is in place when the widgets render.
import '../../src/internal/list-extras.js';
import type { NewsList, NewsTrending } from '../../src/index.js';
import { normaliseFeed } from '../../src/index.js';
import { clearFeedCache } from '../../src/data/feed-cache.js';
import { $, $$, FIXTURES, settled, text } from '../support/helpers.js';

// "More" through a paged feed (JSON Feed `next_url`), and the feed's header (`show-feed`), on
// <news-list> and <news-trending>. test/fixtures/paged/: page-1 (4 stories) → page-2 (4, one of
// them page-1's again) → page-3 (2), whose next_url points back to page-1.

const PAGE_1 = `${FIXTURES}paged/page-1.json`;
const V11 = 'https://jsonfeed.org/version/1.1';
const uniq = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
const titles = (el: Element) => $$(el, '[part~="item"] [part~="title"]').map(text);
const moreButton = (el: Element) => $(el, 'button[part~="more"]');
const live = (el: Element) => text($(el, '[part~="list"] ~ [aria-live="polite"]'));
/** Requests made for a page of the paged fixture. */
const pageRequests = (spy: sinon.SinonSpy) =>
  spy.getCalls().map((call) => String(call.args[0])).filter((url) => url.includes('/paged/'));

/** Presses "More" and waits until what it loaded is on screen (and the focus moved). */
async function press(el: NewsList | NewsTrending) {
  await waitUntil(() => moreButton(el), 'no "More" button', { timeout: 5000 });
  moreButton(el)!.click();
  await el.updateComplete;
  await waitUntil(() => !$(el, 'button[part~="more"][aria-disabled="true"]'), 'the press did not end', { timeout: 5000 });
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
}

describe('"More" and show-feed', () => {
  let fetchSpy: sinon.SinonSpy;
  let warn: sinon.SinonStub;
  beforeEach(() => {
    clearFeedCache();
    fetchSpy = sinon.spy(window, 'fetch');
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    fetchSpy.restore();
    warn.restore();
  });

  it('next_url is kept as an http(s) URL resolved against the feed\'s URL, and nothing else', () => {
    const read = (next_url: unknown) =>
      normaliseFeed({ version: V11, items: [], next_url }, { baseUrl: 'https://news.example/feeds/page-1.json' }).nextUrl;
    expect(read('page-2.json')).to.equal('https://news.example/feeds/page-2.json');
    expect(read('http://news.example/feeds/2')).to.equal('http://news.example/feeds/2');
    expect(read(' jav\tascript:alert(1)')).to.be.undefined;
    expect(read('data:application/json,{}')).to.be.undefined;
    expect(read('mailto:editor@news.example')).to.be.undefined;
    expect(read(42)).to.be.undefined;
  });

  it('<news-list> pages through the feed: limit stories per press, duplicates dropped, announced, focus on the first new card', async () => {
    const el = await fixture<NewsList>(html`<news-list limit="3" src=${PAGE_1}></news-list>`);
    await settled(el);
    expect(titles(el)).to.deep.equal(['Story p1-a', 'Story p1-b', 'Story p1-c']);
    await waitUntil(() => moreButton(el), 'no "More" button', { timeout: 5000 });
    expect(text(moreButton(el))).to.equal('More stories');
    expect(live(el)).to.equal('');

    await press(el);
    // The rest of page 1, then page 2 without its copy of p1-d.
    expect(titles(el)).to.deep.equal(['Story p1-a', 'Story p1-b', 'Story p1-c', 'Story p1-d', 'Story p2-a', 'Story p2-b']);
    expect(live(el)).to.equal('3 more stories');
    expect(el.shadowRoot!.activeElement?.closest('[part~="item"]')).to.equal($$(el, '[part~="item"]')[3]);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('link');
    expect(pageRequests(fetchSpy)).to.have.length(2);

    await press(el);
    expect(titles(el).slice(6)).to.deep.equal(['Story p2-c', 'Story p3-a', 'Story p3-b']);
    // page-3 points back to page-1: the end of the feed.
    expect(moreButton(el), 'no further page: no button').to.be.null;
    expect(live(el)).to.equal('3 more stories');
    expect(text(el.shadowRoot!.activeElement)).to.equal('Story p2-c');
    expect(pageRequests(fetchSpy)).to.have.length(3);
  });

  it('<news-trending> pages too, its ranks running on, the first page\'s own stories first', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending limit="2" src=${PAGE_1}></news-trending>`);
    await settled(el);
    expect(titles(el)).to.deep.equal(['Story p1-a', 'Story p1-b']);
    await press(el);
    expect(titles(el)).to.deep.equal(['Story p1-a', 'Story p1-b', 'Story p1-c', 'Story p1-d']);
    expect($$(el, '[part~="rank"]').map(text)).to.deep.equal(['1', '2', '3', '4']);
    expect(pageRequests(fetchSpy), 'page 1 had them: no request').to.have.length(1);
    expect(live(el)).to.equal('2 more stories');
    await press(el);
    expect(titles(el).slice(4)).to.deep.equal(['Story p2-a', 'Story p2-b']);
  });

  it('a section pages through its own stories only', async () => {
    const el = await fixture<NewsList>(html`<news-list category="sport" limit="1" src=${PAGE_1}></news-list>`);
    await settled(el);
    expect(titles(el)).to.deep.equal(['Story p1-b']);
    await press(el);
    expect(titles(el)).to.deep.equal(['Story p1-b', 'Story p2-a']);
    expect(live(el)).to.equal('1 more story');
    await press(el);
    expect(titles(el)).to.deep.equal(['Story p1-b', 'Story p2-a', 'Story p3-a']);
    expect(moreButton(el)).to.be.null;
  });

  it('no "More" for a feed without next_url, nor for a next page on another origin or not http(s)', async () => {
    const items = [1, 2, 3].map((n) => ({ id: `s${n}`, title: `Story ${n}`, url: `https://news.example/${n}` }));
    const plain = await fixture<NewsList>(html`<news-list limit="1" .feed=${{ version: V11, items }}></news-list>`);
    await plain.loadComplete;
    expect(moreButton(plain), 'more stories than shown, but no next page').to.be.null;

    const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const elsewhere = `${location.protocol}//${otherHost}:${location.port}/feeds-test/cors`;
    const away = await fixture<NewsList>(html`<news-list limit="1" .feed=${{ version: V11, items, next_url: elsewhere }}></news-list>`);
    await away.loadComplete;
    await waitUntil(() => warn.args.flat().join(' ').includes('another origin'), 'no warning');
    await away.updateComplete;
    expect(moreButton(away)).to.be.null;

    const script = await fixture<NewsList>(html`<news-list limit="1" .feed=${{ version: V11, items, next_url: 'javascript:alert(1)' }}></news-list>`);
    await script.loadComplete;
    expect(moreButton(script)).to.be.null;
  });

  it('a next page that fails shows an inline retry, keeps the list, and loads when tried again', async () => {
    const items = [1, 2].map((n) => ({ id: `s${n}`, title: `Story ${n}`, url: `https://news.example/${n}` }));
    // Fails once (503), then answers with the world sample feed.
    const feed = { version: V11, items, next_url: `/feeds-test/flaky/${uniq()}` };
    const errors = sinon.spy();
    const el = await fixture<NewsList>(html`<news-list limit="2" .feed=${feed} @news-error=${errors}></news-list>`);
    await el.loadComplete;
    await press(el);
    expect(titles(el)).to.deep.equal(['Story 1', 'Story 2']);
    expect(text($(el, '[part~="more-error"]'))).to.equal('More stories could not be loaded.');
    expect(live(el)).to.equal('More stories could not be loaded.');
    const retry = $(el, 'button[part~="more"][part~="retry"]')!;
    expect(text(retry)).to.equal('Try again');
    expect($(el, '[part~="error"]'), 'not the whole error state').to.be.null;
    expect(errors.called, 'no news-error: the widget still shows its stories').to.be.false;

    await press(el);
    expect($(el, '[part~="more-error"]')).to.be.null;
    expect(titles(el)).to.have.length(4);
    expect(titles(el)[2]).to.equal('Former Honduran President Hernández Could Get Life in US Drug Case');
  });

  it('a next page has the first page\'s size limit and the widget\'s timeout', async () => {
    const items = [{ id: 's1', title: 'Story 1', url: 'https://news.example/1' }];
    const big = await fixture<NewsList>(html`<news-list .feed=${{ version: V11, items, next_url: '/feeds-test/over-limit' }}></news-list>`);
    await big.loadComplete;
    await press(big);
    expect($(big, '[part~="more-error"]')).to.exist;
    expect(warn.args.flat().map(String).join(' ')).to.contain('byte limit');

    const slow = await fixture<NewsList>(html`<news-list timeout="1" .feed=${{ version: V11, items, next_url: '/feeds-test/slow/2500' }}></news-list>`);
    await slow.loadComplete;
    const started = performance.now();
    await press(slow);
    expect(performance.now() - started).to.be.below(2000);
    expect($(slow, '[part~="more-error"]')).to.exist;
    expect(warn.args.flat().map(String).join(' ')).to.contain('did not answer within 1000 ms');
  });

  it('show-feed heads the list with the feed\'s icon, and its title linked to its home page', async () => {
    const list = await fixture<NewsList>(html`<news-list show-feed limit="1" src=${PAGE_1}></news-list>`);
    await settled(list);
    await waitUntil(() => $(list, '[part~="feed-header"]'), 'no header', { timeout: 5000 });
    const link = $(list, 'a[part~="feed-link"]')!;
    expect(link.getAttribute('href')).to.equal('https://news.example/');
    expect(text(link)).to.equal('Paged Reports');
    expect(link.getAttribute('part')).to.contain('feed-title');
    const icon = $(list, 'img[part~="feed-icon"]') as HTMLImageElement;
    expect(icon.src).to.equal(new URL('/test/fixtures/images/kenya-tax-protests.svg', location.href).href);
    expect(icon.alt, 'decorative: the title says it').to.equal('');

    const trending = await fixture<NewsTrending>(html`<news-trending show-feed images="none" src=${PAGE_1}></news-trending>`);
    await settled(trending);
    await waitUntil(() => $(trending, '[part~="feed-header"]'), 'no header', { timeout: 5000 });
    expect(text($(trending, '[part~="feed-title"]'))).to.equal('Paged Reports');
    expect($(trending, '[part~="feed-icon"]'), 'images="none": no icon either').to.be.null;
    const header = $(trending, '[part~="feed-header"]')!;
    expect(header.compareDocumentPosition($(trending, '[part~="heading"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;

    const plain = await fixture<NewsList>(html`<news-list show-feed .feed=${{
      version: V11,
      title: 'No home',
      home_page_url: 'javascript:alert(1)',
      icon: 'javascript:alert(2)',
      items: [{ id: 'a', title: 'A' }],
    }}></news-list>`);
    await plain.loadComplete;
    await waitUntil(() => $(plain, '[part~="feed-header"]'), 'no header', { timeout: 5000 });
    expect($(plain, 'a[part~="feed-link"]'), 'an unsafe home page is no link').to.be.null;
    expect(text($(plain, '[part~="feed-title"]'))).to.equal('No home');
    expect($(plain, '[part~="feed-icon"]'), 'an unsafe icon is no image').to.be.null;

    const without = await fixture<NewsList>(html`<news-list src=${PAGE_1}></news-list>`);
    await settled(without);
    await waitUntil(() => moreButton(without), 'no "More" button', { timeout: 5000 });
    expect($(without, '[part~="feed-header"]'), 'only when asked').to.be.null;
  });

  it('a feed icon that fails to load is hidden, not shown broken', async () => {
    const feed = { version: V11, title: 'T', favicon: '/test/fixtures/images/missing-icon.png', items: [{ id: 'a', title: 'A' }] };
    const el = await fixture<NewsList>(html`<news-list show-feed .feed=${feed}></news-list>`);
    await el.loadComplete;
    await waitUntil(() => $(el, '[part~="feed-icon"]'), 'no icon', { timeout: 5000 });
    const icon = $(el, '[part~="feed-icon"]')!;
    // The failed request may take a while on a loaded machine.
    await waitUntil(() => icon.hidden, 'the broken icon stays', { timeout: 5000 });
    expect(getComputedStyle(icon).display).to.equal('none');
  });
});
