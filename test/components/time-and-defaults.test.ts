import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { NewsCard, NewsTrending } from '../../src/index.js';
import { loadFeed, DEFAULT_MAX_BYTES } from '../../src/data/load.js';
import { FeedError } from '../../src/data/feed-error.js';
import { clearFeedCache } from '../../src/data/feed-cache.js';
import { $, settled, text } from '../support/helpers.js';

// What a reader notices only with time, and defaults tested as defaults: a relative time that
// moves on by itself, the retry schedule, the page's shared copy of a feed, the 5 MiB limit,
// and the error state in the widget's language and direction.

const uniq = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
// The documented figures (README: States, Loading and requests), written out rather than
// imported, so that a change to the library's constants fails here.
const TICK_MS = 60_000;
const RETRY_DELAYS_MS = [2_000, 6_000, 18_000];
const SHARED_COPY_MS = 60_000;

// Every test here: a clean page cache, and the widgets' console warnings kept out of the log.
let warn: sinon.SinonStub;
beforeEach(() => {
  warn = sinon.stub(console, 'warn');
  clearFeedCache();
});
afterEach(() => warn.restore());
const V11 = 'https://jsonfeed.org/version/1.1';

describe('time', () => {
  it('moves relative times on by itself, once a minute, with one timer for every widget', async () => {
    const start = new Date('2024-06-26T12:00:30Z');
    const clock = sinon.useFakeTimers({ now: start, toFake: ['Date', 'setInterval', 'clearInterval'] });
    try {
      const published = new Date(start.getTime() - 59 * 60_000).toISOString();
      const feed = { version: V11, items: [{ id: 'a', title: 'A', date_published: published }] };
      const page = await fixture(html`<div>
        <news-card .feed=${feed}></news-card>
        <news-trending .feed=${feed}></news-trending>
      </div>`);
      const [card, trending] = [...page.children] as [NewsCard, NewsTrending];
      await Promise.all([settled(card), settled(trending)]);
      expect(clock.countTimers(), 'one timer for both widgets (none left by an earlier test)').to.equal(1);
      expect(text($(card, '[part~="time"]'))).to.equal('59 minutes ago');
      clock.tick(TICK_MS - 1);
      await card.updateComplete;
      expect(text($(card, '[part~="time"]')), 'not before the minute').to.equal('59 minutes ago');
      clock.tick(1);
      await Promise.all([card.updateComplete, trending.updateComplete]);
      expect(text($(card, '[part~="time"]'))).to.equal('1 hour ago');
      expect(text($(trending, '[part~="time"]'))).to.equal('1 hour ago');
      page.remove();
      expect(clock.countTimers(), 'the timer stops with the last widget').to.equal(0);
    } finally {
      clock.restore();
    }
  });

  it('retries a transient failure 3 times, after about 2, 6 and 18 seconds, then waits for the reader', async () => {
    const random = sinon.stub(Math, 'random').returns(0.5); // no jitter: the delays are exact
    // Only the retry timers are fake, and they move only when ticked: waiting for a real request
    // (on a loaded machine it may take seconds) must not bring the next retry closer.
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
    const fetchSpy = sinon.spy(window, 'fetch');
    /** Waits in real time (frames, not the faked timers) until `done`, for at most 5 s. */
    const answered = async (done: () => boolean, message: string) => {
      const end = performance.now() + 5_000;
      while (!done()) {
        if (performance.now() > end) throw new Error(`not in 5 s: ${message}`);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    };
    try {
      const el = document.createElement('news-card');
      el.setAttribute('src', `/feeds-test/status/503?${uniq()}`);
      let errors = 0;
      el.addEventListener('news-error', () => (errors += 1));
      document.body.append(el);
      await answered(() => errors === 1, 'the first failure');
      for (const [n, delay] of RETRY_DELAYS_MS.entries()) {
        await clock.tickAsync(delay - 100);
        expect(fetchSpy.callCount, `retry ${n + 1} not before ${delay} ms`).to.equal(n + 1);
        await clock.tickAsync(100);
        await answered(() => errors === n + 2, `retry ${n + 1} after ${delay} ms`);
        expect(fetchSpy.callCount).to.equal(n + 2);
      }
      await clock.tickAsync(10 * 60_000);
      expect(fetchSpy.callCount, 'no fourth automatic retry').to.equal(4);
      expect($(el, '[part~="retry"]'), 'the reader can still try').to.exist;
      el.remove();
    } finally {
      fetchSpy.restore();
      clock.restore();
      random.restore();
    }
  });
});

describe('the page\'s shared copy of a feed', () => {
  it('is reused by a widget that starts within a minute of the load, and fetched afresh after', async () => {
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    const fetchSpy = sinon.spy(window, 'fetch');
    try {
      const src = `/feeds-test/growing/${uniq()}`;
      const first = await fixture<NewsCard>(html`<news-card src=${src}></news-card>`);
      await first.loadComplete;
      clock.tick(SHARED_COPY_MS - 1_000);
      const second = await fixture<NewsCard>(html`<news-card src=${src}></news-card>`);
      await second.loadComplete;
      expect(fetchSpy.callCount, 'reused within the window').to.equal(1);
      expect(text($(second, '[part~="title"]'))).to.equal('Story 1');
      clock.tick(2_000);
      const third = await fixture<NewsCard>(html`<news-card src=${src}></news-card>`);
      await third.loadComplete;
      expect(fetchSpy.callCount, 'asked again after the window').to.equal(2);
      expect(text($(third, '[part~="title"]'))).to.equal('Story 2');
    } finally {
      fetchSpy.restore();
      clock.restore();
    }
  });
});

describe('defaults', () => {
  it('limits a feed to 5 MiB by default, with or without a Content-Length', async () => {
    expect(DEFAULT_MAX_BYTES).to.equal(5 * 1024 * 1024);
    for (const route of ['over-limit/sized', 'over-limit/stream']) {
      const error = await loadFeed(`/feeds-test/${route}`).catch((e: unknown) => e);
      expect(error, route).to.be.instanceOf(FeedError);
      expect((error as FeedError).kind, route).to.equal('too-large');
    }
    const feed = await loadFeed('/feeds-test/under-limit');
    expect(feed.items[0]!.title).to.equal('Big');
  });

  it('a widget refuses a streamed feed over 5 MiB, saying it is too large, with no retry button', async () => {
    const el = document.createElement('news-card');
    el.setAttribute('src', '/feeds-test/over-limit/stream');
    const failed = oneEvent(el, 'news-error');
    await fixture(el);
    expect((await failed).detail.error.kind).to.equal('too-large');
    await settled(el);
    expect(text($(el, '[part~="error"] p'))).to.equal('News unavailable This news feed is too large to show.');
    expect($(el, '[part~="retry"]')).to.be.null;
  });
});

describe('the error state in the widget\'s language', () => {
  it('speaks French for locale="fr", with "Réessayer"', async () => {
    const el = await fixture<NewsCard>(html`<news-card locale="fr" src="/feeds-test/status/503"></news-card>`);
    await el.loadComplete;
    const error = $(el, '[part~="error"]')!;
    expect(error.getAttribute('lang')).to.equal('fr');
    expect(text(error.querySelector('p'))).to.equal('Actualités indisponibles Le service d’actualités est indisponible pour le moment.');
    expect(text($(el, '[part~="retry"]'))).to.equal('Réessayer');
    el.remove();
  });

  it('is laid out right to left for locale="ar"', async () => {
    const el = await fixture<NewsCard>(html`<news-card locale="ar" src="/feeds-test/status/503"></news-card>`);
    await el.loadComplete;
    const error = $(el, '[part~="error"]')!;
    expect(error.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(error).direction).to.equal('rtl');
    expect(text($(el, '[part~="retry"]'))).to.equal('إعادة المحاولة');
    el.remove();
  });
});
