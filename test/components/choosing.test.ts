import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { NewsArticle, NewsCard, NewsTrending } from '../../src/index.js';
import { $, $$, WORLD, settled, text } from '../support/helpers.js';

// Choosing stories without ids: the n-th newest story, newest-first lists, sections.

const V11 = 'https://jsonfeed.org/version/1.1';
const story = (id: string, day: number, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Story ${id}`,
  url: `https://news.example/${id}`,
  date_published: `2024-06-${String(day).padStart(2, '0')}T08:00:00Z`,
  ...extra,
});

describe('choosing stories without ids', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());

  it('<news-card index> follows a live feed: the n-th newest story, whatever the ids', async () => {
    const first = { version: V11, items: [story('a', 1), story('b', 2)] };
    const page = await fixture(html`<div>
      <news-card index="1" .feed=${first}></news-card>
      <news-card index="2" .feed=${first}></news-card>
      <news-card index="3" .feed=${first}></news-card>
    </div>`);
    const cards = [...page.children] as NewsCard[];
    await Promise.all(cards.map((card) => card.loadComplete));
    expect(cards.map((card) => text($(card, '[part~="title"]')))).to.deep.equal(['Story b', 'Story a', '']);
    expect($(cards[2]!, '[part~="empty"]'), 'past the end: the empty state').to.exist;
    // The feed moves on: a newer story arrives, and every card moves down one.
    const next = { version: V11, items: [story('c', 3), ...first.items] };
    for (const card of cards) card.feed = next;
    await Promise.all(cards.map((card) => card.loadComplete));
    expect(cards.map((card) => text($(card, '[part~="title"]')))).to.deep.equal(['Story c', 'Story b', 'Story a']);
  });

  it('article-id wins over index', async () => {
    const feed = { version: V11, items: [story('a', 1), story('b', 2)] };
    const card = await fixture<NewsCard>(html`<news-card index="1" article-id="a" .feed=${feed}></news-card>`);
    await card.loadComplete;
    expect(text($(card, '[part~="title"]'))).to.equal('Story a');
  });

  it('<news-trending order="latest"> lists newest first, ignoring ranks, headed "Latest"', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending order="latest" limit="3" src=${WORLD}></news-trending>`);
    await settled(el);
    expect(text($(el, '[part~="heading"]'))).to.equal('Latest');
    const dates = $$(el, 'time').map((time) => Date.parse(time.getAttribute('datetime')!));
    expect(dates).to.have.length(3);
    expect([...dates].sort((a, b) => b - a)).to.deep.equal(dates);
    expect(text($(el, '[part~="item"] [part~="title"]'))).to.equal('Former Honduran President Hernández Could Get Life in US Drug Case');
  });

  it('heads a list "Trending" only for a feed with ranks, else "Latest", in the widget\'s language', async () => {
    const ranked = await fixture<NewsTrending>(html`<news-trending src=${WORLD}></news-trending>`);
    await settled(ranked);
    expect(text($(ranked, '[part~="heading"]'))).to.equal('Trending');
    const unranked = { version: V11, items: [story('a', 1), story('b', 2)] };
    const latest = await fixture<NewsTrending>(html`<news-trending .feed=${unranked}></news-trending>`);
    await latest.loadComplete;
    expect(text($(latest, '[part~="heading"]'))).to.equal('Latest');
    const french = await fixture<NewsTrending>(html`<news-trending locale="fr" .feed=${unranked}></news-trending>`);
    await french.loadComplete;
    expect(text($(french, '[part~="heading"]'))).to.equal('Dernières actualités');
    const named = await fixture<NewsTrending>(html`<news-trending heading="Most read" .feed=${unranked}></news-trending>`);
    await named.loadComplete;
    expect(text($(named, '[part~="heading"]'))).to.equal('Most read');
  });

  it('category and tag show one section on every widget, and an empty one as the empty state', async () => {
    const feed = {
      version: V11,
      items: [
        story('w', 5, { tags: ['World'] }),
        story('s1', 3, { _news: { category: 'Sport' }, tags: ['Football'] }),
        story('s2', 4, { tags: ['sport', 'Tennis'] }),
      ],
    };
    const trending = await fixture<NewsTrending>(html`<news-trending category=" SPORT " .feed=${feed}></news-trending>`);
    await trending.loadComplete;
    expect($$(trending, '[part~="item"] [part~="title"]').map(text)).to.deep.equal(['Story s2', 'Story s1']);
    const card = await fixture<NewsCard>(html`<news-card tag="tennis" .feed=${feed}></news-card>`);
    await card.loadComplete;
    expect(text($(card, '[part~="title"]'))).to.equal('Story s2');
    const article = await fixture<NewsArticle>(html`<news-article category="sport" .feed=${feed}></news-article>`);
    await article.loadComplete;
    expect(text($(article, '[part~="title"]'))).to.equal('Story s1');
    const none = await fixture<NewsCard>(html`<news-card category="Weather" .feed=${feed}></news-card>`);
    await none.loadComplete;
    expect(text($(none, '[part~="empty"]'))).to.equal('No stories to show right now.');
    card.tag = 'football';
    await card.loadComplete;
    expect(text($(card, '[part~="title"]')), 'a new filter re-selects').to.equal('Story s1');
  });
});
