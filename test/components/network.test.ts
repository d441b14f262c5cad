import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
// Loaded on demand by widgets with `refresh`; loaded here first so that it is in place before
// the fake clocks below start ticking.
import '../../src/data/refresh.js';
import type { NewsTrending, NewsCard } from '../../src/index.js';
import { clearFeedCache } from '../../src/data/feed-cache.js';
import { clearStaleCopies } from '../../src/data/stale-store.js';
import { $, $$, MONDE, WORLD, settled, text } from '../support/helpers.js';

const uniq = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`;

describe('network behaviour', () => {
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
  after(() => clearStaleCopies());

  it('makes one request for every widget on the page that shows the same feed', async () => {
    const page = await fixture(html`<div>
      <news-card src=${WORLD}></news-card>
      <news-card src=${WORLD} article-id="nato-rutte"></news-card>
      <news-trending src=${WORLD}></news-trending>
      <news-article src=${WORLD}></news-article>
    </div>`);
    await Promise.all([...page.children].map((el) => (el as NewsCard).loadComplete));
    expect(fetchSpy.callCount).to.equal(1);
    expect(String(fetchSpy.firstCall.args[0])).to.equal(WORLD);
  });

  it('with loading="lazy", fetches nothing until the widget nears the viewport', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 400vh"></div>
      <news-card loading="lazy" src=${WORLD}></news-card>
    </div>`);
    const card = page.querySelector('news-card')!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fetchSpy.callCount).to.equal(0);
    expect($(card, '[part~="skeleton"]'), 'reserves its space meanwhile').to.exist;
    card.scrollIntoView();
    await waitUntil(() => fetchSpy.callCount === 1, 'no request after scrolling');
    await settled(card);
    expect($(card, '[part~="title"]')).to.exist;
  });

  it('retries a transient failure by itself, with backoff', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true, shouldAdvanceTime: true });
    try {
      const el = document.createElement('news-card');
      el.src = `/feeds-test/flaky/${uniq()}`;
      const failed = oneEvent(el, 'news-error');
      document.body.append(el);
      await failed;
      expect(fetchSpy.callCount).to.equal(1);
      const loaded = oneEvent(el, 'news-load');
      await clock.tickAsync(1_000);
      expect(fetchSpy.callCount, 'not before the backoff delay').to.equal(1);
      await clock.tickAsync(2_000);
      await loaded;
      expect(fetchSpy.callCount).to.equal(2);
      el.remove();
    } finally {
      clock.restore();
    }
  });

  it('does not retry a failure that will not go away by itself', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true, shouldAdvanceTime: true });
    try {
      const el = document.createElement('news-card');
      el.src = `/feeds-test/status/404`;
      const failed = oneEvent(el, 'news-error');
      document.body.append(el);
      await failed;
      await clock.tickAsync(60_000);
      expect(fetchSpy.callCount).to.equal(1);
      el.remove();
    } finally {
      clock.restore();
    }
  });

  it('shows the last good copy, marked as such, when the network fails', async () => {
    const key = uniq();
    const src = `/feeds-test/down/${key}`;
    const first = await fixture<NewsCard>(html`<news-card src=${src}></news-card>`);
    await first.loadComplete;
    first.remove();
    await fetch(`/feeds-test/down-switch/${key}`);
    clearFeedCache();

    const el = document.createElement('news-card');
    el.src = src;
    const failed = oneEvent(el, 'news-error');
    const shown = await fixture<NewsCard>(el);
    expect((await failed).detail.error.status).to.equal(502);
    await shown.loadComplete;
    expect(text($(shown, '[part~="title"]'))).to.match(/^Putin Heads to Pyongyang/);
    expect(text($(shown, '[part~="stale"] span'))).to.equal('Offline: showing news from just now.');
    expect($(shown, '[part~="stale"] button')).to.exist;
    expect($(shown, '[part~="error"]')).to.be.null;
  });

  it('refreshes in the background, keeping the content on screen and announcing new stories', async () => {
    // The clock also runs on by itself, so the zero timers between a response and the
    // render pass while the test waits.
    const clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      shouldClearNativeTimers: true,
      shouldAdvanceTime: true,
    });
    try {
      const el = await fixture<NewsTrending>(html`<news-trending refresh="60" src=${`/feeds-test/growing/${uniq()}`}></news-trending>`);
      await el.loadComplete;
      expect($$(el, '[part~="item"]')).to.have.length(1);
      const live = $(el, '[aria-live="polite"]')!;
      expect(text(live)).to.equal('');

      await clock.tickAsync(60_000);
      expect($(el, '[part~="skeleton"]'), 'no skeleton during a refresh').to.be.null;
      await el.loadComplete;
      expect(fetchSpy.callCount).to.equal(2);
      expect($$(el, '[part~="item"]')).to.have.length(2);
      expect(text($(el, '[aria-live="polite"]'))).to.equal('1 new story');
    } finally {
      clock.restore();
    }
  });

  it('pauses refreshes while the tab is hidden', async () => {
    // The clock also runs on by itself, so the zero timers between a response and the
    // render pass while the test waits.
    const clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      shouldClearNativeTimers: true,
      shouldAdvanceTime: true,
    });
    const visibility = sinon.stub(document, 'visibilityState').get(() => 'hidden');
    try {
      const el = await fixture<NewsTrending>(html`<news-trending refresh="60" src=${`/feeds-test/growing/${uniq()}`}></news-trending>`);
      await el.loadComplete;
      await clock.tickAsync(180_000);
      expect(fetchSpy.callCount).to.equal(1);
      visibility.get(() => 'visible');
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      await el.loadComplete;
      expect(fetchSpy.callCount).to.equal(2);
    } finally {
      visibility.restore();
      clock.restore();
    }
  });

  it('shows the feed src was last set to, even when an earlier one answers later', async () => {
    const el = document.createElement('news-card');
    el.src = '/feeds-test/slow/600'; // the world feed, 0.6 s late
    await fixture(el);
    el.src = MONDE;
    await el.loadComplete;
    expect(text($(el, '[part~="title"]'))).to.match(/^Poutine/);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(text($(el, '[part~="title"]')), 'the slow answer is dropped').to.match(/^Poutine/);
    expect(warn.called, 'an abandoned load is not an error').to.be.false;
  });

  it('gives up after the timeout attribute and says the news is taking too long', async () => {
    const el = document.createElement('news-card');
    el.timeout = 0.2;
    el.src = '/feeds-test/slow/3000';
    const failed = oneEvent(el, 'news-error');
    await fixture(el);
    expect((await failed).detail.error.kind).to.equal('timeout');
    await settled(el);
    expect(text($(el, '[part~="error"] p'))).to.equal('News unavailable The news is taking too long to load.');
  });
});
