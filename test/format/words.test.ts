import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { registerWords, type NewsCard, type NewsTrending, type Words } from '../../src/index.js';
import { loadMessages, loadedMessages } from '../../src/format/strings.js';
import { en } from '../../src/format/messages.js';
import { newStoriesMessage } from '../../src/format/new-stories.js';
import { $, WORLD, pinClock, settled, text } from '../support/helpers.js';

// Words are the page's: each test gives them for a language no other test here uses.

/** How many times this page has fetched `url`. */
const fetches = (url: string) => performance.getEntriesByName(url).length;

describe('registerWords', () => {
  let clock: sinon.SinonFakeTimers;
  let warn: sinon.SinonStub;
  beforeEach(() => {
    clock = pinClock();
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    clock.restore();
    warn.restore();
  });

  it('gives a Czech page’s widgets the words it registers, and English where it gives none', async () => {
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
    expect(warn.args.flat().join('\n')).to.not.contain('registerWords');
  });

  it('changes the words of widgets already on the page, without fetching their feed again', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${WORLD} locale="sk"></news-trending>`);
    await settled(el);
    expect(text($(el, '[part~="heading"]'))).to.equal('Trending');
    const before = fetches(WORLD);
    registerWords('sk-SK', { trending: 'Najčítanejšie' });
    await waitUntil(() => text($(el, '[part~="heading"]')) === 'Najčítanejšie', 'the heading did not change');
    expect(fetches(WORLD)).to.equal(before);
    expect(el.shadowRoot!.querySelectorAll('li[part~="item"]'), 'the stories stayed').to.have.length(5);
  });

  it('changes some of a language’s own words, whether its words have loaded yet or not', async () => {
    expect(loadedMessages('fr'), 'French not loaded yet').to.be.undefined;
    registerWords('fr', { trending: 'À la une' });
    const el = await fixture<NewsTrending>(html`<news-trending src=${WORLD} locale="fr-CA"></news-trending>`);
    await settled(el);
    expect(text($(el, '[part~="heading"]'))).to.equal('À la une');
    const french = await loadMessages('fr');
    expect(french.retry, 'the rest of the French words').to.equal('Réessayer');
    registerWords('fr', { latest: 'Dernières nouvelles' });
    expect(loadedMessages('fr-FR')).to.include({ trending: 'À la une', latest: 'Dernières nouvelles', retry: 'Réessayer' });
  });

  it('changes English words too, for every English widget', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${WORLD} locale="en-GB"></news-trending>`);
    await settled(el);
    registerWords('en', { trending: 'Most read' });
    await waitUntil(() => text($(el, '[part~="heading"]')) === 'Most read', 'the heading did not change');
    expect(en.trending, 'the built-in English words stay as they are').to.equal('Trending');
  });

  it('counts with the given plural forms, by the language’s rules', async () => {
    registerWords('lt', {
      newStories: { one: '{count} nauja istorija', few: '{count} naujos istorijos', many: '{count} naujos istorijos', other: '{count} naujų istorijų' },
    });
    const lithuanian = await loadMessages('lt-LT');
    expect(newStoriesMessage(lithuanian, 'lt', 1)).to.equal('1 nauja istorija');
    expect(newStoriesMessage(lithuanian, 'lt', 3)).to.equal('3 naujos istorijos');
    expect(newStoriesMessage(lithuanian, 'lt', 10)).to.equal('10 naujų istorijų');
    expect(lithuanian.moreStories, 'a count not given stays English').to.deep.equal(en.moreStories);
  });

  it('skips, with a warning, words that do not fit, and keeps the rest', async () => {
    registerWords('ro', {
      retry: 'Încearcă din nou',
      tending: 'Populare',
      more: 42,
      error: { network: 'Știrile nu au putut fi încărcate.', netwrok: 'x' },
      newStories: { one: 'o știre nouă' },
    } as unknown as Words);
    const romanian = loadedMessages('ro')!;
    expect(romanian.retry).to.equal('Încearcă din nou');
    expect(romanian.error.network).to.equal('Știrile nu au putut fi încărcate.');
    expect(romanian.more).to.equal(en.more);
    expect(romanian.newStories).to.deep.equal(en.newStories);
    expect(romanian).to.not.have.property('tending');
    const warnings = warn.args.map(([message]) => String(message));
    expect(warnings).to.deep.equal([
      'news-widgets: registerWords: no word is called "tending".',
      'news-widgets: registerWords: "more" must be a string.',
      'news-widgets: registerWords: no word is called "error.netwrok".',
      'news-widgets: registerWords: "newStories" must give its plural forms as strings (zero, one, two, few, many, other), "other" at least.',
    ]);
  });

  it('refuses a malformed language tag and words that are not an object', () => {
    expect(() => registerWords('not a tag', { retry: 'x' })).to.throw(RangeError);
    expect(() => registerWords('da', 'Prøv igen' as unknown as Words)).to.throw(TypeError);
    expect(loadedMessages('da')).to.equal(en);
  });

  it('takes the names the README’s table lists, each with its English', async () => {
    const readme = await (await fetch('/README.md')).text();
    const table = /<!-- words:start[^>]*-->([\s\S]*?)<!-- words:end -->/.exec(readme)![1]!;
    const listed = [...table.matchAll(/^\| `([\w.-]+)` \| (.*?) \| /gm)].map(([, name, english]) => [name, english!.replace(/\\\|/g, '|')]);
    const english = Object.entries(en).flatMap(([name, value]) =>
      typeof value === 'string' ? [[name, value]] : Object.entries(value as Record<string, string>).map(([key, text]) => [`${name}.${key}`, text]),
    );
    expect(listed).to.deep.equal(english);
  });
});
