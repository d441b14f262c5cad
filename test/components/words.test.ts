import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { registerWords, type NewsCard, type NewsTrending } from '../../src/index.js';
import { loadedMessages } from '../../src/format/strings.js';
import { en } from '../../src/format/messages.js';
import { $, WORLD, pinClock, settled, text } from '../support/helpers.js';

// Widgets speaking the words a page gives them (`registerWords`; the words themselves:
// test/format/words.test.ts). Words are the page's: each test gives them for a language no other
// test here uses.

/** How many times this page has fetched `url`. */
const fetches = (url: string) => performance.getEntriesByName(url).length;

describe('widgets with words a page gives them', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = pinClock();
  });
  afterEach(() => clock.restore());

  it('speak the words a Czech page registers, and English where it gives none', async () => {
    registerWords('cs', {
      trending: 'Nejčtenější',
      error: { http: 'Zpravodajská služba teď není dostupná.' },
    });
    const page = await fixture<HTMLElement>(html`<div lang="cs-CZ">
      <news-trending src=${WORLD}></news-trending>
      <news-card src="/feeds-test/status/404"></news-card>
    </div>`);
    const [trending, card] = [page.querySelector<NewsTrending>('news-trending')!, page.querySelector<NewsCard>('news-card')!];
    await Promise.all([settled(trending), settled(card)]);
    expect(text($(trending, '[part~="heading"]'))).to.equal('Nejčtenější');
    // The dates are the browser's Czech: "před 5 hodinami".
    expect(text($(trending, 'time'))).to.equal(new Intl.RelativeTimeFormat('cs', { numeric: 'auto' }).format(-5, 'hour'));
    const error = $(card, '[part="error"]')!;
    expect(text(error)).to.equal('News unavailable Zpravodajská služba teď není dostupná.');
    expect(error.getAttribute('lang')).to.equal('cs-CZ');
  });

  it('take new words at once when they are already on the page, without fetching their feed again', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${WORLD} locale="sk"></news-trending>`);
    await settled(el);
    expect(text($(el, '[part~="heading"]'))).to.equal('Trending');
    const before = fetches(WORLD);
    registerWords('sk-SK', { trending: 'Najčítanejšie' });
    await waitUntil(() => text($(el, '[part~="heading"]')) === 'Najčítanejšie', 'the heading did not change');
    expect(fetches(WORLD)).to.equal(before);
    expect(el.shadowRoot!.querySelectorAll('li[part~="item"]'), 'the stories stayed').to.have.length(5);
  });

  it('speak words given for a language of their own before its words have loaded, with the rest of its words', async () => {
    expect(loadedMessages('fr'), 'French not loaded yet').to.be.undefined;
    registerWords('fr', { trending: 'À la une' });
    const el = await fixture<NewsTrending>(html`<news-trending src="/feeds-test/status/404" locale="fr-CA"></news-trending>`);
    await settled(el);
    const error = $(el, '[part="error"]')!;
    expect(text(error.querySelector('.notice-title'))).to.equal('Actualités indisponibles');
    expect(loadedMessages('fr')?.trending).to.equal('À la une');
    const ranked = await fixture<NewsTrending>(html`<news-trending src=${WORLD} locale="fr"></news-trending>`);
    await settled(ranked);
    expect(text($(ranked, '[part~="heading"]'))).to.equal('À la une');
  });

  it('change English words for every English widget', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${WORLD} locale="en-GB"></news-trending>`);
    await settled(el);
    registerWords('en', { trending: 'Most read' });
    await waitUntil(() => text($(el, '[part~="heading"]')) === 'Most read', 'the heading did not change');
    expect(en.trending, 'the built-in English words stay as they are').to.equal('Trending');
  });
});
