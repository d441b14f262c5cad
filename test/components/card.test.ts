import { expect, fixture, html } from '@open-wc/testing';
import type sinon from 'sinon';
import '../../src/define.js';
import type { NewsCard } from '../../src/index.js';
import { $, $$, MONDE, WORLD, pinClock, settled, text } from '../support/helpers.js';
import '../support/axe.js';

describe('<news-card>', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = pinClock();
  });
  afterEach(() => clock.restore());

  it("shows a Google News story as its publisher's: the publisher after the date, not in the headline, and no list of links", async () => {
    // Google News's top stories (test/fixtures/real/): each headline ends in " - CNN", which the
    // item's <source> gives, and each description is the links to the story's coverage.
    const el = await fixture<NewsCard>(html`<news-card src="/feeds-test/real/googlenews-escaped-html.rss.xml"></news-card>`);
    await settled(el, 9_000);
    expect(text($(el, '[part~="title"]'))).to.equal(
      'In a major boost to Democrats, Manchin and Schumer announce deal for energy and health care bill',
    );
    expect(text($(el, '[part~="sources"]'))).to.equal('CNN');
    expect($(el, '[part~="summary"]')).to.be.null;
    expect(text(el.shadowRoot as unknown as Element)).not.to.match(/Fox News|Full Coverage/);
  });

  it('shows the first item of the feed when no article-id is given', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${WORLD}></news-card>`);
    await settled(el);
    expect(text($(el, '[part~="title"]'))).to.equal(
      "Putin Heads to Pyongyang to Deepen a 'Brothers-in-Arms' Alliance Under Western Watch",
    );
    expect(text($(el, '[part~="category"]'))).to.equal('World');
    expect(text($(el, '[part~="summary"]'))).to.match(/^The Russian president travels to North Korea/);
  });

  it('picks the item named by article-id, with its relative time in a <time datetime>', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${WORLD} article-id="kenya-tax-protests"></news-card>`);
    await settled(el);
    expect(text($(el, '[part~="title"]'))).to.equal('Kenya Tax Protests Turn Deadly as 22 Are Killed in Clashes');
    const time = $(el, 'time[part~="time"]')!;
    expect(time.getAttribute('datetime')).to.equal('2024-06-26T12:47:26.798Z');
    expect(text(time)).to.equal('5 hours ago');
    expect(text($(el, '[part~="sources"]'))).to.equal('Le Parisien');
  });

  it('links the headline to the item URL', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${WORLD} article-id="nato-rutte"></news-card>`);
    await settled(el);
    const link = $(el, '[part~="title"] a') as HTMLAnchorElement;
    expect(link.href).to.equal('https://dailyreports.example/world/nato-rutte');
    expect(text($(el, '[part~="sources"]'))).to.equal('Le Figaro');
  });

  it('shows the lead image lazily, resolved against the feed URL', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${WORLD}></news-card>`);
    await settled(el);
    const img = $(el, 'img[part~="image"]') as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal(new URL('images/putin-north-korea.svg', WORLD).href);
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.hasAttribute('alt')).to.be.true;
    expect(img.alt).to.equal('Images from the reference sources');
  });

  it('has no image when the item has none', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${WORLD} article-id="sharoni-conviction"></news-card>`);
    await settled(el);
    expect($(el, 'img')).to.be.null;
    expect($(el, '[part~="media"]')).to.be.null;
  });

  it('speaks French from the lang of an ancestor', async () => {
    const wrapper = await fixture(html`<div lang="fr">
      <news-card src=${MONDE} article-id="kenya-tax-protests"></news-card>
    </div>`);
    const el = wrapper.querySelector('news-card')!;
    await settled(el);
    expect(text($(el, 'time'))).to.equal('il y a 5 heures');
    expect($(el, 'article')!.getAttribute('lang')).to.equal('fr');
  });

  it('lets the locale attribute win over the page language', async () => {
    const wrapper = await fixture(html`<div lang="fr">
      <news-card locale="de" src=${WORLD} article-id="kenya-tax-protests"></news-card>
    </div>`);
    const el = wrapper.querySelector('news-card')!;
    await settled(el);
    expect(text($(el, 'time'))).to.equal('vor 5 Stunden');
  });

  it('renders from a feed object set as a property', async () => {
    const el = await fixture<NewsCard>(html`<news-card></news-card>`);
    el.feed = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ id: '1', title: 'From a property', url: 'https://example.com/1' }],
    };
    await settled(el);
    expect(text($(el, '[part~="title"]'))).to.equal('From a property');
    expect($$(el, 'time')).to.have.length(0);
  });

  it('passes the accessibility audit', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${WORLD}></news-card>`);
    await settled(el);
    await expect(el).to.be.accessible();
  });
});
