import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
// Loaded on demand by widgets with `refresh`; loaded here first so that it is in place before
// the fake clock below starts ticking.
import '../../src/data/refresh.js';
// Likewise for the feed's header and "More", loaded by a list with show-feed or a paged feed.
import '../../src/internal/list-extras.js';
import type { NewsCard, NewsList } from '../../src/index.js';
import { LIST_MAX_LIMIT } from '../../src/index.js';
import { clearFeedCache } from '../../src/data/feed-cache.js';
import { $, $$, FIXTURES, WORLD, pinClock, settled, text } from '../support/helpers.js';
import '../support/axe.js';

const V11 = 'https://jsonfeed.org/version/1.1';
const story = (id: string, day: number, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Story ${id}`,
  url: `https://news.example/${id}`,
  summary: `The summary of ${id}.`,
  date_published: `2024-06-${String(day).padStart(2, '0')}T08:00:00Z`,
  ...extra,
});
const uniq = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
const titles = (el: Element) => $$(el, '[part~="item"] [part~="title"]').map(text);
/** How many columns the list's grid has. */
const columnCount = (el: Element) => getComputedStyle($(el, '[part~="list"]')!).gridTemplateColumns.split(' ').length;

describe('<news-list>', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());

  it('shows the newest stories as cards, six by default, each with the card\'s parts', async () => {
    const clock = pinClock();
    try {
      const el = await fixture<NewsList>(html`<news-list src=${WORLD}></news-list>`);
      await settled(el);
      const items = $$(el, 'ul[part~="list"] > li[part~="item"]');
      expect(items).to.have.length(6);
      // Newest first: Hernández (13:57), Sharoni (13:28), Rutte (13:08)…
      expect(titles(el).slice(0, 2)).to.deep.equal([
        'Former Honduran President Hernández Could Get Life in US Drug Case',
        'Officer Convicted on 70 Counts of Sexual Offences Against Soldiers',
      ]);
      const card = items[0]!.querySelector('[part~="card"]')!;
      for (const part of ['content', 'category', 'title', 'link', 'summary', 'meta', 'time']) {
        expect(card.querySelector(`[part~="${part}"]`), part).to.exist;
      }
      expect(items[0]!.querySelector('[part~="media"] img[part~="image"]'), 'the lead image').to.exist;
      expect(card.querySelector('h3[part~="title"]'), 'headline level 3 by default').to.exist;
      // The same markup as a lone card of the same story.
      const lone = await fixture<NewsCard>(html`<news-card src=${WORLD} index="1"></news-card>`);
      await settled(lone);
      const strip = (node: Element) => node.outerHTML.replace(/<!--[^]*?-->/g, '');
      expect(strip(card)).to.equal(strip($(lone, '[part~="card"]')!));
    } finally {
      clock.restore();
    }
  });

  it('limit, index, category and tag pick the stories, as on the other widgets', async () => {
    const feed = {
      version: V11,
      items: [
        story('a', 1, { tags: ['World'] }),
        story('b', 2, { _news: { category: 'Sport' }, tags: ['Tennis'] }),
        story('c', 3, { tags: ['World', 'Tennis'] }),
        story('d', 4, { tags: ['sport'] }),
      ],
    };
    const el = await fixture<NewsList>(html`<news-list limit="2" .feed=${feed}></news-list>`);
    await el.loadComplete;
    expect(titles(el)).to.deep.equal(['Story d', 'Story c']);
    el.index = 2;
    await el.loadComplete;
    expect(titles(el), 'index="2" starts from the second newest').to.deep.equal(['Story c', 'Story b']);
    el.index = undefined;
    el.category = ' SPORT ';
    await el.loadComplete;
    expect(titles(el)).to.deep.equal(['Story d', 'Story b']);
    el.category = undefined;
    el.tag = 'tennis';
    await el.loadComplete;
    expect(titles(el)).to.deep.equal(['Story c', 'Story b']);
    el.tag = 'weather';
    await el.loadComplete;
    expect(text($(el, '[part~="empty"]'))).to.equal('No stories to show right now.');
    el.tag = undefined;
    el.index = 9;
    await el.loadComplete;
    expect($(el, '[part~="empty"]'), 'index past the end: the empty state').to.exist;
  });

  it('follows a live feed under index: the cards move down as newer stories arrive', async () => {
    clearFeedCache();
    const src = `/feeds-test/growing/${uniq()}`;
    // Each request of this feed has one more story, newest first: two requests ahead, the
    // widget's first load reads three (story-3, story-2, story-1).
    await fetch(src);
    await fetch(src);
    const clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      shouldClearNativeTimers: true,
      shouldAdvanceTime: true,
    });
    try {
      const el = await fixture<NewsList>(html`<news-list index="2" limit="2" refresh="60" src=${src}></news-list>`);
      await el.loadComplete;
      expect(titles(el)).to.deep.equal(['Story 2', 'Story 1']);
      await clock.tickAsync(60_000);
      await el.loadComplete;
      expect(titles(el), 'story-4 arrived: the second newest is now story-3').to.deep.equal(['Story 3', 'Story 2']);
      expect($$(el, '[aria-live="polite"]').map(text)).to.include('1 new story');
    } finally {
      clock.restore();
    }
  });

  it('fires one news-select per click, cancelable, with the item', async () => {
    const feed = { version: V11, items: [story('a', 1), story('b', 2)] };
    const el = await fixture<NewsList>(html`<news-list .feed=${feed}></news-list>`);
    await el.loadComplete;
    const seen: string[] = [];
    const listener = (event: Event) => {
      seen.push((event as CustomEvent).detail.item.id);
      event.preventDefault();
    };
    document.addEventListener('news-select', listener);
    try {
      const [, second] = $$(el, '[part~="item"]');
      const selected = oneEvent(el, 'news-select');
      // A click anywhere on the card: the headline link covers it.
      const box = second!.querySelector('[part~="summary"]')!.getBoundingClientRect();
      const target = el.shadowRoot!.elementFromPoint(box.left + 5, box.top + 5) as HTMLElement;
      target.click();
      expect((await selected).detail.item.id).to.equal('a');
      expect(seen).to.deep.equal(['a']);
      expect(location.href, 'preventDefault keeps the link from being followed').not.to.contain('news.example');
    } finally {
      document.removeEventListener('news-select', listener);
    }
  });

  it('lays cards out in as many columns as the width fits, or in `columns`', async () => {
    const feed = { version: V11, items: [1, 2, 3, 4, 5, 6].map((n) => story(`s${n}`, n)) };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px">
      <news-list .feed=${feed}></news-list>
    </div>`);
    const el = wrapper.querySelector('news-list')!;
    await el.loadComplete;
    expect(columnCount(el), '400px: one column').to.equal(1);
    wrapper.style.width = '600px';
    expect(columnCount(el), '600px: two').to.equal(2);
    wrapper.style.width = '900px';
    expect(columnCount(el), '900px: three').to.equal(3);
    wrapper.style.width = '1200px';
    expect(columnCount(el), '1200px: four').to.equal(4);
    el.layout = 'horizontal';
    await el.updateComplete;
    expect(columnCount(el), 'horizontal cards need more room: two').to.equal(2);
    wrapper.style.width = '900px';
    expect(columnCount(el), 'and one at 900px').to.equal(1);
    wrapper.style.width = '1200px';
    const card = $(el, '[part~="card"]')!;
    expect(getComputedStyle(card).flexDirection, 'each card is horizontal in its wide column').to.equal('row');
    wrapper.style.width = '600px';
    expect(columnCount(el)).to.equal(1);
    el.layout = 'compact';
    await el.updateComplete;
    expect(columnCount(el), 'compact cards: two at 600px').to.equal(2);
    expect(getComputedStyle($(el, '[part~="summary"]')!).display, 'compact cards have no summary').to.equal('none');
    el.columns = 3;
    await el.updateComplete;
    expect(columnCount(el), 'columns="3" whatever the width').to.equal(3);
    el.columns = 40;
    await el.updateComplete;
    expect(columnCount(el), 'at most six').to.equal(6);
  });

  it('shows the loading, error and empty states of the other widgets', async () => {
    clearFeedCache();
    const loading = await fixture<NewsList>(html`<news-list limit="3" src="/feeds-test/slow/400"></news-list>`);
    const skeleton = $(loading, '[part~="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.querySelectorAll('li')).to.have.length(3);
    await settled(loading);
    expect($$(loading, '[part~="item"]')).to.have.length(3);

    const failed = await fixture<NewsList>(html`<news-list src="/feeds-test/status/404"></news-list>`);
    await failed.loadComplete;
    expect($(failed, '[part~="error"][role="alert"]')?.dataset.kind).to.equal('http');

    const empty = await fixture<NewsList>(html`<news-list src=${`${FIXTURES}world.json`} category="Weather"></news-list>`);
    await settled(empty);
    expect($(empty, '[part~="empty"]')).to.exist;
  });

  it(`shows at most ${LIST_MAX_LIMIT} cards at once, whatever limit asks`, async () => {
    const feed = { version: V11, items: Array.from({ length: 150 }, (_, n) => story(`s${n}`, 1 + (n % 28))) };
    const el = await fixture<NewsList>(html`<news-list limit="1e9" images="none" .feed=${feed}></news-list>`);
    await el.loadComplete;
    expect($$(el, '[part~="item"]')).to.have.length(LIST_MAX_LIMIT);
  });

  it('passes axe, with the feed header and "More"', async () => {
    const el = await fixture<NewsList>(html`<news-list show-feed limit="1" src=${`${FIXTURES}paged/page-1.json`}></news-list>`);
    await settled(el);
    await waitUntil(() => $(el, '[part~="more"]'), 'no "More" button', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });
});
