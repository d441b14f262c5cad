import { expect, fixture, html } from '@open-wc/testing';
import type sinon from 'sinon';
import '../../src/define.js';
import type { NewsArticle, NewsCard, NewsTrending } from '../../src/index.js';
import { $, $$, FIXTURES, WORLD, pinClock, settled, text } from '../support/helpers.js';

const ARABIC = `${FIXTURES}arabic.json`;

type Widget = NewsCard | NewsArticle | NewsTrending;

/** A widget of `tag` on a host page (a `div` standing for `<html>`) in `lang`. */
async function onPage(lang: string, tag: string, attrs: Record<string, string>): Promise<Widget> {
  const page = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="width: 40rem"></div>`);
  const el = document.createElement(tag) as Widget;
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  page.append(el);
  await settled(el);
  // Measured once the page has laid out and painted what the widget rendered.
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return el;
}

/** The `lang` and laid-out direction of an element in a widget's shadow tree. */
function language(el: Element | null) {
  expect(el, 'element').to.exist;
  return { lang: el!.closest('[lang]')?.getAttribute('lang'), direction: getComputedStyle(el!).direction };
}

const WRAPPER = { 'news-card': '[part~="card"]', 'news-article': '[part~="article"]', 'news-trending': '[part~="section"]' };
const WIDGETS = [
  ['news-card', { 'article-id': 'kenya-tax-protests' }],
  ['news-article', { 'article-id': 'kenya-tax-protests' }],
  ['news-trending', { limit: '3' }],
] as const;

describe('the language and direction of a feed’s text', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = pinClock();
  });
  afterEach(() => clock.restore());

  for (const [tag, attrs] of WIDGETS) {
    describe(tag, () => {
      it('lays out an English feed left to right on an Arabic page, in Arabic words of its own', async () => {
        const el = await onPage('ar', tag, { ...attrs, src: WORLD });
        expect(language($(el, WRAPPER[tag]))).to.deep.equal({ lang: 'ar', direction: 'rtl' });
        for (const part of ['title', 'summary', 'category']) {
          expect(language($(el, `[part~="${part}"]`)), part).to.deep.equal({ lang: 'en', direction: 'ltr' });
        }
        // The widget's own words follow the page: the relative time is Arabic.
        const time = $(el, 'time')!;
        expect(language(time).lang).to.equal('ar');
        expect(text(time)).to.match(/[\u0600-\u06ff]/);
        // The English headline starts at the left edge of its box, as English reads.
        const title = $(el, '[part~="title"]')!;
        const range = document.createRange();
        range.selectNodeContents(title);
        const left = Math.min(...[...range.getClientRects()].map((r) => r.left));
        expect(left).to.be.closeTo(title.getBoundingClientRect().left + parseFloat(getComputedStyle(title).paddingLeft), 2);
      });

      it('lays out an Arabic feed right to left on an English page, in English words of its own', async () => {
        const el = await onPage('en', tag, { ...attrs, src: ARABIC });
        expect(language($(el, WRAPPER[tag]))).to.deep.equal({ lang: 'en', direction: 'ltr' });
        for (const part of ['title', 'summary', 'category']) {
          expect(language($(el, `[part~="${part}"]`)), part).to.deep.equal({ lang: 'ar', direction: 'rtl' });
        }
        expect(language($(el, 'time'))).to.deep.equal({ lang: 'en', direction: 'ltr' });
        expect(text($(el, 'time'))).to.match(tag === 'news-article' ? /^Jun 26, 2024/ : /^5 hours ago$/);
        // The Arabic headline starts at the right edge of its box, as Arabic reads.
        const title = $(el, '[part~="title"]')!;
        const range = document.createRange();
        range.selectNodeContents(title);
        const right = Math.max(...[...range.getClientRects()].map((r) => r.right));
        expect(right).to.be.closeTo(title.getBoundingClientRect().right - parseFloat(getComputedStyle(title).paddingRight), 2);
      });
    });
  }

  it('gives the article’s caption, body, key points, sources and tags the story’s language', async () => {
    const el = await onPage('ar', 'news-article', { src: WORLD });
    for (const part of ['caption', 'body', 'tags']) {
      expect(language($(el, `[part~="${part}"]`)), part).to.deep.equal({ lang: 'en', direction: 'ltr' });
    }
    expect(language($(el, '[part~="key-points"] li'))).to.deep.equal({ lang: 'en', direction: 'ltr' });
    expect(language($(el, '[part~="sources"] a')).lang).to.equal('en');
    // Its headings are the widget's words.
    expect(language($(el, '[part~="key-points-heading"]'))).to.deep.equal({ lang: 'ar', direction: 'rtl' });
    expect(text($(el, '[part~="key-points-heading"]'))).to.equal('أبرز النقاط');
  });

  describe('a mixed feed: one Arabic story in an English feed', () => {
    const mixed = () => ({
      language: 'en',
      items: [
        { id: 'en-1', title: 'Markets rally as inflation cools.', summary: 'Stocks rose.', date_published: '2024-06-26T12:47:26Z', tags: ['Business'] },
        {
          id: 'ar-1',
          language: 'ar',
          title: 'الأسواق ترتفع مع تراجع التضخم.',
          summary: 'ارتفعت الأسهم.',
          date_published: '2024-06-26T11:47:26Z',
          tags: ['اقتصاد'],
        },
        { id: 'en-2', title: 'Rain is expected at the weekend.', date_published: '2024-06-26T10:47:26Z' },
      ],
    });

    it('gives each trending entry its own language and direction', async () => {
      const el = await fixture<NewsTrending>(html`<news-trending lang="en"></news-trending>`);
      el.feed = mixed();
      await el.loadComplete;
      const titles = $$(el, '[part~="title"]').map(language);
      expect(titles).to.deep.equal([
        { lang: 'en', direction: 'ltr' },
        { lang: 'ar', direction: 'rtl' },
        { lang: 'en', direction: 'ltr' },
      ]);
      expect(language($(el, '[part~="heading"]'))).to.deep.equal({ lang: 'en', direction: 'ltr' });
      expect(text($(el, '[part~="heading"]'))).to.equal('Latest');
    });

    it('shows the Arabic story right to left in a card and an article on the English page', async () => {
      for (const tag of ['news-card', 'news-article'] as const) {
        const el = await fixture<NewsCard>(html`<div lang="en"></div>`).then((page) => {
          const widget = document.createElement(tag) as NewsCard;
          widget.articleId = 'ar-1';
          page.append(widget);
          return widget;
        });
        el.feed = mixed();
        await el.loadComplete;
        expect(language($(el, '[part~="title"]')), tag).to.deep.equal({ lang: 'ar', direction: 'rtl' });
        expect(language($(el, '[part~="summary"]')), tag).to.deep.equal({ lang: 'ar', direction: 'rtl' });
        expect(language($(el, 'time')), tag).to.deep.equal({ lang: 'en', direction: 'ltr' });
      }
    });
  });

  it('lets text of no stated language find its own direction', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending lang="en"></news-trending>`);
    el.feed = {
      items: [
        { id: '1', title: 'تراجع التضخم في الربيع.', date_published: '2024-06-26T12:47:26Z' },
        { id: '2', title: 'Inflation eased in the spring.', date_published: '2024-06-26T11:47:26Z' },
      ],
    };
    await el.loadComplete;
    const [arabic, english] = $$(el, '[part~="title"]');
    expect(arabic!.getAttribute('dir')).to.equal('auto');
    expect(arabic!.hasAttribute('lang')).to.equal(false);
    expect(getComputedStyle(arabic!).direction).to.equal('rtl');
    expect(getComputedStyle(english!).direction).to.equal('ltr');
  });

  it('lets most of a headline’s letters overrule a language whose direction they contradict', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending lang="en" limit="4"></news-trending>`);
    // A feed that says `en` of its Arabic stories (WordPress's default; a scraper's copy of
    // Hespress), and one in Arabic whose headlines start with a brand, or are in English.
    el.feed = {
      language: 'en',
      items: [
        { id: '1', title: 'تراجع التضخم في الربيع.', date_published: '2024-06-26T12:47:26Z' },
        { id: '2', language: 'ar', title: 'iPhone 16 يصل إلى الأسواق العربية اليوم', date_published: '2024-06-26T11:47:26Z' },
        { id: '3', language: 'ar', title: 'Inflation eased in the spring.', date_published: '2024-06-26T10:47:26Z' },
        { id: '4', title: '物価上昇が春に和らいだ', date_published: '2024-06-26T09:47:26Z' },
      ],
    };
    await el.loadComplete;
    const titles = $$(el, '[part~="title"]');
    expect(titles.map((title) => [title.getAttribute('lang'), title.getAttribute('dir'), getComputedStyle(title).direction])).to.deep.equal([
      [null, 'rtl', 'rtl'],
      ['ar', 'rtl', 'rtl'],
      [null, 'ltr', 'ltr'],
      ['en', 'ltr', 'ltr'],
    ]);
  });

  it('counts the summary’s letters with the headline’s: a Hebrew story under a Latin name stays Hebrew', async () => {
    // eleventy-yakikim-he (Eleventy, `"language": "iw"`): a Talmud page's name over a Hebrew summary.
    const el = await fixture<NewsTrending>(html`<news-trending lang="en" limit="2"></news-trending>`);
    el.feed = {
      language: 'iw',
      items: [
        { id: '1', title: 'Hagigah 23', summary: 'סיכום הדף: השאלה אם כלי חרס נטמא באוויר, ומה דינו של עם הארץ ברגל.' },
        { id: '2', title: 'Hagigah 22', summary: 'Week of 2022-02-27.' },
      ],
    };
    await el.loadComplete;
    const [hebrew, latin] = $$(el, '[part~="summary"]');
    expect([hebrew!.getAttribute('lang'), getComputedStyle(hebrew!).direction]).to.deep.equal(['he', 'rtl']);
    expect([latin!.hasAttribute('lang'), getComputedStyle(latin!).direction]).to.deep.equal([false, 'ltr']);
  });

  it('ignores a malformed language tag rather than writing it into the page', async () => {
    const el = await fixture<NewsCard>(html`<news-card lang="en"></news-card>`);
    el.feed = { language: 'not a language!', items: [{ id: '1', title: 'Hello.' }] };
    await el.loadComplete;
    const title = $(el, '[part~="title"]')!;
    expect(title.hasAttribute('lang')).to.equal(false);
    expect(title.getAttribute('dir')).to.equal('auto');
  });

  it('words an untitled story’s headline in the widget’s language', async () => {
    const el = await fixture<NewsCard>(html`<news-card lang="en"></news-card>`);
    el.feed = { items: [{ id: '1', language: 'ar', image: `${FIXTURES}images/kenya-tax-protests.svg`, date_published: '2024-06-26T12:47:26Z' }] };
    await el.loadComplete;
    const title = $(el, '[part~="title"]')!;
    expect(text(title)).to.match(/^Photo/);
    expect(language(title)).to.deep.equal({ lang: 'en', direction: 'ltr' });
  });
});
