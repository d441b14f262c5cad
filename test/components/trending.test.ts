import { expect, fixture, html } from '@open-wc/testing';
import type sinon from 'sinon';
import '../../src/define.js';
import type { NewsTrending } from '../../src/index.js';
import { $, $$, MONDE, WORLD, pinClock, settled, text } from '../support/helpers.js';
import '../support/axe.js';

describe('<news-trending>', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = pinClock();
  });
  afterEach(() => clock.restore());

  it('speaks the language of a Greek newspaper’s feed, in ISO-8859-7: its words, and its dates', async () => {
    // Naftemporiki's world news (test/fixtures/real/): `<language>el</language>`, no ranks.
    const src = '/feeds-test/real/naftemporiki-greek-iso8859-7.rss.xml';
    const el = await fixture<NewsTrending>(html`<news-trending src=${src} limit="3"></news-trending>`);
    // It loads two chunks the other tests here do not (the RSS reader, other encodings): 9 s, as
    // a cold first run on a busy machine once took over the 5 s one widget gets.
    await settled(el, 9_000);
    const heading = $(el, '[part~="heading"]')!;
    expect(heading.closest('[lang]')!.getAttribute('lang')).to.equal('el');
    expect(text(heading)).to.equal('Τελευταία νέα');
    const items = $$(el, 'li[part~="item"]');
    expect(text(items[1]!.querySelector('[part~="title"]'))).to.equal('«Μάχη» ThyssenKrupp και Arcelor για την Dofasco');
    // 4 January 2006, more than a week before the pinned clock: a date, in Greek.
    const date = text(items[0]!.querySelector('time'));
    expect(date).to.equal(new Intl.DateTimeFormat('el', { dateStyle: 'medium' }).format(new Date('2006-01-04T05:00:00Z')));
    expect(date).to.match(/Ιαν/);
  });

  it('lists the five top-ranked stories in rank order under "Trending"', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${WORLD}></news-trending>`);
    await settled(el);
    expect(text($(el, '[part~="heading"]'))).to.equal('Trending');
    const items = $$(el, 'ol > li[part~="item"]');
    expect(items).to.have.length(5);
    expect(items.map((li) => text(li.querySelector('[part~="rank"]')))).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(text(items[0]!.querySelector('[part~="title"]'))).to.equal(
      'Kenya Tax Protests Turn Deadly as 22 Are Killed in Clashes',
    );
    expect(text(items[4]!.querySelector('[part~="title"]'))).to.equal('NATO Picks Mark Rutte as Its Next Secretary General');
  });

  it('shows each entry with category, linked headline, relative time and summary', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${WORLD}></news-trending>`);
    await settled(el);
    const first = $(el, 'li[part~="item"]')!;
    expect(text(first.querySelector('[part~="category"]'))).to.equal('World');
    expect((first.querySelector('[part~="title"] a') as HTMLAnchorElement).href).to.equal(
      'https://dailyreports.example/world/kenya-tax-protests',
    );
    expect(text(first.querySelector('time'))).to.equal('5 hours ago');
    expect(text(first.querySelector('[part~="summary"]'))).to.match(/^Demonstrations against new taxes/);
  });

  it("names each entry's sources after its time: the publisher, in an aggregator's feed (Google News)", async () => {
    const src = '/feeds-test/real/googlenews-escaped-html.rss.xml';
    const el = await fixture<NewsTrending>(html`<news-trending src=${src} limit="3"></news-trending>`);
    await settled(el, 9_000);
    const entries = $$(el, 'li[part~="item"]');
    expect(entries.map((li) => text(li.querySelector('[part~="sources"]')))).to.deep.equal(['MLB Trade Rumors', 'CNN', 'The Associated Press']);
    const meta = entries[0]!.querySelector('.meta')!;
    // After the time, in a line of its own with it.
    expect([...meta.children].map((child) => child.getAttribute('part'))).to.deep.equal(['time', 'sources']);
    // The sample feed's: each of its sources, one after the other.
    const world = await fixture<NewsTrending>(html`<news-trending src=${WORLD} limit="10"></news-trending>`);
    await settled(world);
    const named = $$(world, '[part~="sources"]').map((sources) => text(sources));
    expect(named).to.include('Le Figaro · Le Parisien');
  });

  it('puts unranked items after the ranked ones', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${WORLD} limit="10"></news-trending>`);
    await settled(el);
    const titles = $$(el, 'li[part~="item"] [part~="title"]').map(text);
    expect(titles).to.have.length(7);
    expect(titles[6]).to.match(/^Putin Heads to Pyongyang/);
  });

  it('follows limit and heading', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${WORLD} limit="3" heading="Most read"></news-trending>`);
    await settled(el);
    expect(text($(el, '[part~="heading"]'))).to.equal('Most read');
    expect($$(el, 'li[part~="item"]')).to.have.length(3);
    el.limit = 2;
    await el.updateComplete;
    await el.loadComplete;
    expect($$(el, 'li[part~="item"]')).to.have.length(2);
  });

  it('falls back to 5 entries for a limit that is not a positive number', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${WORLD} limit="lots"></news-trending>`);
    await settled(el);
    expect($$(el, 'li[part~="item"]')).to.have.length(5);
  });

  it('uses heading levels below heading-level', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${WORLD} heading-level="3"></news-trending>`);
    await settled(el);
    expect($(el, 'h3[part~="heading"]')).to.exist;
    expect($$(el, 'h4[part~="title"]')).to.have.length(5);
  });

  it('translates its heading', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${MONDE} locale="fr"></news-trending>`);
    await settled(el);
    expect(text($(el, '[part~="heading"]'))).to.equal('Tendances');
  });

  it('passes the accessibility audit', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${WORLD}></news-trending>`);
    await settled(el);
    await expect(el).to.be.accessible();
  });
});
