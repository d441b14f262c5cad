// Nothing outlives a removed widget: a removed widget stops loading and retrying, the page
// forgets shared feeds after their lifetime and within a budget, and the offline copies take
// a bounded, measured share of the host origin's storage.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { NewsCard } from '../../src/index.js';
import { clearFeedCache, loadSharedFeed } from '../../src/data/feed-cache.js';
import { clearStaleCopies, readStaleCopy, saveStaleCopy } from '../../src/data/stale-store.js';
import { $, WORLD, settled } from '../support/helpers.js';

const uniq = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
const PREFIX = 'news-widgets:feed:';
// The documented caps (README: Security), written out rather than imported, so that a change
// to the library's figures fails here.
const FRESH_MS = 60_000;
const MAX_SHARED_CHARS = 4_000_000;
const MAX_COPIES = 8;
const MAX_COPY_CHARS = 500_000;
const MAX_TOTAL_CHARS = 1_000_000;

describe('nothing outlives a removed widget', () => {
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

  describe('a widget removed from the page', () => {
    it('stops retrying a failing feed, and starts afresh when put back', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true, shouldAdvanceTime: true });
      try {
        const el = document.createElement('news-card');
        el.src = `/feeds-test/status/503?${uniq()}`;
        const failed = oneEvent(el, 'news-error');
        document.body.append(el);
        await failed;
        expect(fetchSpy.callCount).to.equal(1);

        el.remove();
        await clock.tickAsync(120_000);
        expect(fetchSpy.callCount, 'no retry after removal').to.equal(1);

        const failedAgain = oneEvent(el, 'news-error');
        document.body.append(el);
        await el.updateComplete;
        expect($(el, '[part~="skeleton"]'), 'loading again').to.exist;
        await failedAgain;
        expect(fetchSpy.callCount, 'one request at once').to.equal(2);
        await clock.tickAsync(2_500);
        expect(fetchSpy.callCount, 'and its own retries again').to.equal(3);
        el.remove();
      } finally {
        clock.restore();
      }
    });

    it('abandons its load: no event, warning or render once removed', async () => {
      const el = document.createElement('news-card');
      el.src = `/feeds-test/slow/400?${uniq()}`;
      const events: string[] = [];
      for (const type of ['news-load', 'news-error']) el.addEventListener(type, () => events.push(type));
      document.body.append(el);
      await el.updateComplete;
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(events).to.deep.equal([]);
      expect(warn.called).to.be.false;
      expect($(el, '[part~="title"]'), 'nothing rendered while away').to.be.null;

      const loaded = oneEvent(el, 'news-load');
      document.body.append(el);
      await loaded;
      await settled(el);
      expect($(el, '[part~="title"]')).to.exist;
      el.remove();
    });

    it('keeps a loaded widget as it is when it is moved', async () => {
      const el = document.createElement('news-card') as NewsCard;
      el.src = WORLD;
      document.body.append(el);
      await el.loadComplete;
      const events: string[] = [];
      el.addEventListener('news-load', () => events.push('news-load'));
      const box = document.createElement('div');
      document.body.append(box);
      box.append(el);
      await el.updateComplete;
      expect($(el, '[part~="skeleton"]')).to.be.null;
      expect($(el, '[part~="title"]')).to.exist;
      expect(events, 'not loaded again').to.deep.equal([]);
      expect(fetchSpy.callCount).to.equal(1);
      box.remove();
    });
  });

  describe('the feeds a page keeps to share between widgets', () => {
    it('forgets a feed once its lifetime is over', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldClearNativeTimers: true, shouldAdvanceTime: true });
      try {
        await loadSharedFeed(WORLD);
        // A second short of the lifetime (the clock also moves on by itself, a few milliseconds).
        await clock.tickAsync(FRESH_MS - 1_000);
        await loadSharedFeed(WORLD);
        expect(fetchSpy.callCount, 'kept within its lifetime').to.equal(1);
        await clock.tickAsync(1_000);
        await loadSharedFeed(WORLD);
        expect(fetchSpy.callCount, 'forgotten after it').to.equal(2);
      } finally {
        clock.restore();
      }
    });

    it(`keeps at most ${MAX_SHARED_CHARS.toLocaleString('en')} characters of feeds, the least recently used going first`, async function () {
      // Ten loads of feeds over a megabyte each: 10.2 s once in WebKit on a busy machine.
      this.timeout(30_000);
      const kilo = Math.ceil(MAX_SHARED_CHARS / 3 / 1024); // a third of the budget, and a little more
      const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((key) => new URL(`/feeds-test/sized/${kilo}-${key}${uniq()}`, location.href).href);
      const fetches = () => fetchSpy.callCount;
      await loadSharedFeed(a);
      await loadSharedFeed(b);
      await loadSharedFeed(a); // used again: b is now the least recently used
      expect(fetches(), 'a and b kept').to.equal(2);
      await loadSharedFeed(c); // past the budget: b goes
      await loadSharedFeed(a);
      expect(fetches(), 'a, used lately, kept').to.equal(3);
      await loadSharedFeed(b);
      expect(fetches(), 'b forgotten').to.equal(4);
      await loadSharedFeed(d); // past the budget again: c, least recently used, goes
      await loadSharedFeed(b);
      await loadSharedFeed(d);
      expect(fetches(), 'b and d kept').to.equal(5);
      await loadSharedFeed(c);
      expect(fetches(), 'c forgotten').to.equal(6);
    });
  });
});

describe('offline copies in the host origin’s storage', () => {
  /** Characters the copies take: their keys and stored strings. */
  const stored = () =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith(PREFIX))
      .reduce((sum, key) => sum + key.length + localStorage.getItem(key)!.length, 0);

  beforeEach(() => clearStaleCopies());
  after(() => clearStaleCopies());

  it('measures what it writes: a feed whose escaping would double it past the limit is not stored', () => {
    // 300 K characters, of which each escaped quote (`\"`) is stored as four: 600 K.
    const text = `{"version":"https://jsonfeed.org/version/1.1","items":[],"quote":"${'\\"'.repeat(150_000)}"}`;
    expect(text.length).to.be.below(MAX_COPY_CHARS);
    saveStaleCopy('https://news.example/escaped.json', text, 'https://news.example/escaped.json');
    expect(readStaleCopy('https://news.example/escaped.json')).to.be.undefined;
    expect(stored()).to.equal(0);
  });

  it(`keeps every copy, key and encoding included, within ${MAX_COPY_CHARS.toLocaleString('en')} characters`, () => {
    const text = 'x'.repeat(MAX_COPY_CHARS - 200);
    saveStaleCopy('https://news.example/a.json', text, 'https://news.example/a.json');
    saveStaleCopy('https://news.example/b.json', 'x'.repeat(MAX_COPY_CHARS - 100), 'https://news.example/b.json');
    expect(readStaleCopy('https://news.example/a.json')?.text).to.equal(text);
    expect(readStaleCopy('https://news.example/b.json'), 'too long once stored').to.be.undefined;
  });

  it(`keeps all copies together within ${MAX_TOTAL_CHARS.toLocaleString('en')} characters, the oldest going first`, () => {
    const urls = Array.from({ length: MAX_COPIES }, (_, i) => `https://news.example/${i}.json`);
    for (const url of urls) saveStaleCopy(url, 'x'.repeat(200_000), url);
    expect(stored()).to.be.at.most(MAX_TOTAL_CHARS);
    const kept = urls.filter((url) => readStaleCopy(url));
    expect(kept).to.deep.equal(urls.slice(-kept.length));
    expect(kept.length).to.be.at.least(4);
  });

  it('leaves the host page’s own keys alone when its storage is full', () => {
    const host: string[] = [];
    try {
      // The host page fills its storage.
      for (let size = 1024 * 1024; size >= 1024; ) {
        try {
          const key = `host-${host.length}`;
          localStorage.setItem(key, 'h'.repeat(size));
          host.push(key);
        } catch {
          size /= 2;
        }
      }
      const before = host.map((key) => localStorage.getItem(key));
      saveStaleCopy('https://news.example/full.json', 'x'.repeat(100_000), 'https://news.example/full.json');
      expect(readStaleCopy('https://news.example/full.json')).to.be.undefined;
      expect(host.map((key) => localStorage.getItem(key))).to.deep.equal(before);
    } finally {
      for (const key of host) localStorage.removeItem(key);
    }
  });

  it('stores the copy of a loaded feed, and shows it offline', async () => {
    const url = new URL(`/feeds-test/sized/64-${uniq()}`, location.href).href;
    await loadSharedFeed(url);
    await waitUntil(() => readStaleCopy(url));
    expect(stored()).to.be.above(64 * 1024);
  });
});
