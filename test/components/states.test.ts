import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { NewsCard, NewsTrending, NewsArticle, NewsList } from '../../src/index.js';
import { $, $$, WORLD, settled, text } from '../support/helpers.js';

const TAGS = ['news-card', 'news-article', 'news-trending', 'news-list'] as const;

function make(tag: string, src?: string): HTMLElement {
  const el = document.createElement(tag);
  if (src) el.setAttribute('src', src);
  return el;
}

describe('widget states', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => warn.restore());

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('shows a skeleton, busy for assistive technology, while loading', async () => {
        const el = await fixture(make(tag, '/feeds-test/slow/800'));
        const skeleton = $(el, '[part~="skeleton"]')!;
        expect(skeleton).to.exist;
        expect(skeleton.getAttribute('aria-busy')).to.equal('true');
        expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
        await settled(el);
        expect($(el, '[part~="skeleton"]')).to.be.null;
      });

      it('shows a readable error with a retry button, and fires news-error', async () => {
        const el = make(tag, '/feeds-test/status/503');
        const errorEvent = oneEvent(el, 'news-error');
        await fixture(el);
        const { detail } = await errorEvent;
        expect(detail.error.kind).to.equal('http');
        expect(detail.error.status).to.equal(503);
        await settled(el);
        const error = $(el, '[part~="error"]')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(text(error.querySelector('p'))).to.equal('News unavailable The news service is not available right now.');
        expect(text(error.querySelector('strong'))).to.equal('News unavailable');
        expect(text(error.querySelector('button'))).to.equal('Try again');
        expect(text(error)).to.not.contain('503');
        expect(warn.calledWithMatch(sinon.match(/503/))).to.be.true;
      });

      it('loads again when the reader presses retry', async () => {
        const el = make(tag, `/feeds-test/flaky/${tag}-${Date.now()}`);
        await fixture(el);
        await waitUntil(() => $(el, '[part~="error"]'), 'no error state', { timeout: 5_000 });
        const loaded = oneEvent(el, 'news-load');
        ($(el, '[part~="error"] button') as HTMLButtonElement).click();
        await loaded;
        await settled(el);
        expect($(el, '[part~="error"]')).to.be.null;
        expect($(el, '[part~="title"]')).to.exist;
      });

      it('shows a short message for an empty feed', async () => {
        const el = await fixture(make(tag, '/feeds-test/empty'));
        await settled(el);
        expect(text($(el, '[part~="empty"]'))).to.equal('No stories to show right now.');
      });

      it('warns the developer and shows nothing without src or feed', async () => {
        const el = await fixture(make(tag));
        await (el as NewsCard).updateComplete;
        expect(el.shadowRoot!.textContent!.trim()).to.equal('');
        expect(el.getBoundingClientRect().height).to.equal(0);
        expect(warn.calledWithMatch(sinon.match(/set the "src" attribute or the "feed" property/))).to.be.true;
      });

      it('fires news-load with the normalised feed', async () => {
        const el = make(tag, WORLD);
        const loaded = oneEvent(el, 'news-load');
        await fixture(el);
        const event = await loaded;
        expect(event.bubbles && event.composed).to.be.true;
        expect(event.detail.feed.items).to.have.length(7);
        expect(event.detail.feed.title).to.equal('Daily Reports — World');
      });

      it('shows an error, with no Try again button, for a web page or XML that is not a feed', async () => {
        for (const [route, kind] of [['html', 'html'], ['sitemap', 'xml'], ['not-a-feed', 'format']]) {
          const el = make(tag, `/feeds-test/${route}`);
          const failed = oneEvent(el, 'news-error');
          await fixture(el);
          expect((await failed).detail.error.kind, route).to.equal(kind);
          await settled(el);
          expect(text($(el, '[part~="error"] p'))).to.equal('Not a news feed This news feed could not be read.');
          expect($(el, '[part~="error"] button'), `${route}: trying again cannot help`).to.be.null;
        }
      });

      it('says a feed without CORS cannot be shown here, once, without retrying or blaming the connection', async () => {
        const fetchSpy = sinon.spy(window, 'fetch');
        // The clock runs on by itself, and is wound a minute on below: past every retry's delay.
        const clock = sinon.useFakeTimers({
          toFake: ['setTimeout', 'clearTimeout'],
          shouldClearNativeTimers: true,
          shouldAdvanceTime: true,
        });
        try {
          const el = make(tag, `http://127.0.0.1:${location.port}/feeds-test/no-cors`);
          const failed = oneEvent(el, 'news-error');
          await fixture(el);
          expect((await failed).detail.error.kind).to.equal('blocked');
          await settled(el);
          expect(text($(el, '[part~="error"] p'))).to.equal('Blocked on this site This news feed can’t be shown on this site.');
          expect($(el, '[part~="error"] button')).to.be.null;
          const calls = fetchSpy.callCount;
          // The first automatic retry of a transient failure comes after about 2 s.
          await clock.tickAsync(60_000);
          expect(fetchSpy.callCount, 'no automatic retry').to.equal(calls);
          expect(warn.calledWithMatch(sinon.match(/Access-Control-Allow-Origin/).and(sinon.match(location.origin)))).to.be.true;
        } finally {
          clock.restore();
          fetchSpy.restore();
        }
      });
    });
  }

  for (const tag of ['news-card', 'news-article'] as const) {
    it(`<${tag}> says so when article-id is not in the feed`, async () => {
      const el = make(tag, WORLD);
      el.setAttribute('article-id', 'no-such-story');
      const failed = oneEvent(el, 'news-error');
      await fixture(el);
      expect((await failed).detail.error.kind).to.equal('not-found');
      await settled(el);
      expect(text($(el, '[part~="error"] p'))).to.equal('Story not found This story could not be found. It may have been removed.');
      expect($(el, '[part~="error"] button'), 'trying again cannot help').to.be.null;
    });
  }

  it('switches to another item when article-id changes', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${WORLD} article-id="nato-rutte"></news-card>`);
    await settled(el);
    el.articleId = 'assange-plea';
    await el.updateComplete;
    await el.loadComplete;
    expect(text($(el, '[part~="title"]'))).to.match(/^Assange to Plead Guilty/);
  });

  it('never renders "[object Object]", "undefined", "NaN" or "Invalid Date" for wrong types', async () => {
    const feed = {
      version: 1.1,
      title: ['x'],
      items: [
        {
          id: 'bad',
          title: { html: '<b>x</b>' },
          summary: 42,
          url: { href: 'x' },
          image: ['a.jpg'],
          date_published: 'not a date',
          authors: 'Someone',
          tags: { 0: 'x' },
          _news: { category: {}, key_points: [{}, 'Real point'], sources: [{ name: {} }], trending_rank: 'first' },
        },
      ],
    };
    for (const tag of TAGS) {
      const el = (await fixture(make(tag))) as NewsCard | NewsArticle | NewsTrending | NewsList;
      el.feed = feed;
      await settled(el);
      const shown = el.shadowRoot!.textContent!;
      for (const bad of ['[object Object]', 'undefined', 'NaN', 'Invalid Date', 'null']) {
        expect(shown, `${tag}: ${bad}`).to.not.contain(bad);
      }
      expect($$(el, 'time')).to.have.length(0);
    }
  });

  it('shows the error state for a src that is not http(s)', async () => {
    const el = await fixture(make('news-card', 'javascript:alert(1)'));
    await waitUntil(() => $(el, '[part~="error"]'));
    expect(text($(el, '[part~="error"] p'))).to.equal('Not a news feed This news feed address is not valid.');
  });

  it('announces its loading state in its language once the words arrive, while the feed is still on its way', async () => {
    // Dutch: no other test on this page loads its words, so the skeleton starts in English.
    const el = await fixture<NewsCard>(html`<news-card src="/feeds-test/slow/3000" locale="nl"></news-card>`);
    const status = () => text($(el, '[part="skeleton"] [role="status"]'));
    await waitUntil(() => status() === 'Nieuws laden…', `the loading state said "${status()}"`, { timeout: 2500 });
    expect($(el, '[part="skeleton"]'), 'still loading').to.exist;
  });
});
