// Attributes with absurd values: each is brought into its documented range, rather than fail
// at once, refetch without pause or render without end. (A timer delay past 2³¹ ms fires at
// once, so huge timeouts and refresh periods used to do just that.)
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
// Loaded on demand by widgets with `refresh`; loaded first so it is in place before the fake clock.
import '../../src/data/refresh.js';
import type { NewsCard, NewsTrending } from '../../src/index.js';
import { MAX_LIMIT } from '../../src/components/trending/trending.js';

/** Entries a trending list renders in one task (README: Security). */
const SLICE = 250;
import { clearFeedCache } from '../../src/data/feed-cache.js';
import { clearStaleCopies } from '../../src/data/stale-store.js';
import { $, $$, settled } from '../support/helpers.js';

const uniq = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`;

describe('attributes with absurd values', () => {
  let fetchSpy: sinon.SinonSpy;
  beforeEach(() => {
    clearFeedCache();
    fetchSpy = sinon.spy(window, 'fetch');
  });
  afterEach(() => fetchSpy.restore());
  after(() => clearStaleCopies());

  it('timeout="3000000" waits for a slow feed instead of failing at once', async () => {
    const el = await fixture<NewsCard>(html`<news-card timeout="3000000" src=${`/feeds-test/slow/300?${uniq()}`}></news-card>`);
    await el.loadComplete;
    expect($(el, '[part~="error"]'), 'the error state').to.be.null;
    expect($(el, '[part~="title"]')).to.exist;
  });

  it('refresh="3000000" refreshes once a day, not every moment', async () => {
    const clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      shouldClearNativeTimers: true,
      shouldAdvanceTime: true,
    });
    const delays = sinon.spy(window, 'setTimeout');
    try {
      const el = await fixture<NewsTrending>(html`<news-trending refresh="3000000" src=${`/feeds-test/growing/${uniq()}`}></news-trending>`);
      await el.loadComplete;
      await clock.tickAsync(120_000);
      await el.loadComplete;
      expect(fetchSpy.callCount, 'no refresh within two minutes').to.equal(1);
      // (A day of this clock would take long: the next refresh is due in a day.)
      expect(delays.getCalls().map((call) => call.args[1])).to.include(86_400_000);
    } finally {
      delays.restore();
      clock.restore();
    }
  });

  it('refresh="1" refreshes every 30 seconds, the documented minimum, not every second', async () => {
    const clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      shouldClearNativeTimers: true,
      shouldAdvanceTime: true,
    });
    try {
      const el = await fixture<NewsTrending>(html`<news-trending refresh="1" src=${`/feeds-test/growing/${uniq()}`}></news-trending>`);
      await el.loadComplete;
      // 25 s rather than 29: the clock also runs on by itself while the first render settles.
      await clock.tickAsync(25_000);
      await el.loadComplete;
      expect(fetchSpy.callCount, 'no refresh within 25 seconds').to.equal(1);
      await clock.tickAsync(5_000);
      await el.loadComplete;
      expect(fetchSpy.callCount, 'one refresh at 30 seconds').to.equal(2);
      expect($$(el, '[part~="item"]'), 'the refreshed feed on screen').to.have.length(2);
    } finally {
      clock.restore();
    }
  });

  it(`limit="1e9" shows at most ${MAX_LIMIT} entries, rendered ${SLICE} at a time`, async () => {
    const items = Array.from({ length: MAX_LIMIT + 200 }, (_, i) => ({ id: `story-${i}`, title: `Story ${i}` }));
    const el = document.createElement('news-trending') as NewsTrending;
    el.setAttribute('limit', '1e9');
    el.feed = { version: 'https://jsonfeed.org/version/1.1', items };
    document.body.append(el);
    // How many entries the list has after each change to it.
    const counts: number[] = [];
    const observer = new MutationObserver(() => counts.push($$(el, '[part~="item"]').length));
    try {
      await el.updateComplete;
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await settled(el);
      await el.loadComplete;
      expect(counts.filter((n) => n > 0), 'a slice more each time').to.deep.equal(
        Array.from({ length: MAX_LIMIT / SLICE }, (_, i) => (i + 1) * SLICE),
      );
      const entries = $$(el, '[part~="item"]');
      expect(entries).to.have.length(MAX_LIMIT);
      expect(entries.at(-1)!.querySelector('[part~="rank"]')!.textContent).to.equal(String(MAX_LIMIT));
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('a negative or non-numeric limit shows the default five entries', async () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ id: `story-${i}`, title: `Story ${i}` }));
    for (const limit of ['-3', 'many', '0']) {
      const el = document.createElement('news-trending') as NewsTrending;
      el.setAttribute('limit', limit);
      el.feed = { version: 'https://jsonfeed.org/version/1.1', items };
      document.body.append(el);
      await el.loadComplete;
      expect($$(el, '[part~="item"]'), `limit="${limit}"`).to.have.length(5);
      el.remove();
    }
  });
});
