import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type sinon from 'sinon';
import '../../src/define.js';
import type { NewsCard, NewsTrending, NewsArticle } from '../../src/index.js';
import { $, $$, FIXTURES, WORLD, pinClock, settled, text } from '../support/helpers.js';
import '../support/axe.js';

const ARABIC = `${FIXTURES}arabic.json`;

describe('presentation', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = pinClock();
  });
  afterEach(() => clock.restore());

  describe('card layouts', () => {
    async function card(layout: string, width: string) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}`}>
        <news-card layout=${layout} src=${WORLD}></news-card>
      </div>`);
      const el = wrapper.querySelector<NewsCard>('news-card')!;
      await settled(el);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const media = $(el, '[part~="media"]')!.getBoundingClientRect();
      const content = $(el, '[part~="content"]')!.getBoundingClientRect();
      return { el, media, content };
    }

    it('puts the image above the text by default', async () => {
      const { media, content } = await card('vertical', '40rem');
      expect(media.bottom).to.be.at.most(content.top + 1);
      expect(media.width / media.height).to.be.closeTo(16 / 9, 0.05);
    });

    it('puts the image beside the text when horizontal and wide enough', async () => {
      const { media, content } = await card('horizontal', '48rem');
      expect(media.right).to.be.at.most(content.left + 1);
      expect(Math.abs(media.top - content.top)).to.be.below(2);
    });

    it('falls back to vertical when a horizontal card is in a narrow container', async () => {
      const { media, content } = await card('horizontal', '20rem');
      expect(media.bottom).to.be.at.most(content.top + 1);
    });

    it('shows a small thumbnail and no summary when compact', async () => {
      const { el, media } = await card('compact', '30rem');
      expect(media.width).to.be.below(100);
      expect(Math.abs(media.width - media.height)).to.be.below(1);
      expect($(el, '[part~="summary"]')!.getBoundingClientRect().height).to.equal(0);
    });

    it('mirrors a horizontal card in a right-to-left language', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 48rem">
        <news-card layout="horizontal" src=${ARABIC}></news-card>
      </div>`);
      const el = wrapper.querySelector<NewsCard>('news-card')!;
      await settled(el);
      expect($(el, 'article')!.getAttribute('dir')).to.equal('rtl');
      expect($(el, 'article')!.getAttribute('lang')).to.equal('ar');
      const media = $(el, '[part~="media"]')!.getBoundingClientRect();
      const content = $(el, '[part~="content"]')!.getBoundingClientRect();
      expect(media.left).to.be.at.least(content.right - 1);
    });
  });

  it('makes the whole card one click target without nested links', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${WORLD}></news-card>`);
    await settled(el);
    expect($$(el, 'a')).to.have.length(1);
    const box = $(el, '[part~="card"]')!.getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(box.left + 10, box.top + 10);
    expect(hit).to.equal($(el, 'a'));
  });

  it('leaves out an image that fails to load instead of showing it broken', async () => {
    const el = await fixture<NewsCard>(html`<news-card></news-card>`);
    el.feed = { items: [{ id: '1', title: 'Broken', image: 'https://127.0.0.1:9/missing.jpg' }] };
    await el.loadComplete;
    const img = $(el, 'img') as HTMLImageElement;
    if (img) await new Promise((resolve) => img.addEventListener('error', resolve, { once: true }));
    await el.updateComplete;
    expect($(el, 'img')).to.be.null;
    expect($(el, '[part~="media"]')).to.be.null;
    expect(text($(el, '[part~="title"]'))).to.equal('Broken');
  });

  it('shows trending thumbnails only when asked', async () => {
    const plain = await fixture<NewsTrending>(html`<news-trending src=${WORLD}></news-trending>`);
    await settled(plain);
    expect($$(plain, 'img')).to.have.length(0);
    const withImages = await fixture<NewsTrending>(html`<news-trending show-images src=${WORLD}></news-trending>`);
    await settled(withImages);
    expect($$(withImages, '[part~="thumbnail"] img')).to.have.length(2);
  });

  it('takes its language and direction from an Arabic feed', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${ARABIC}></news-trending>`);
    await settled(el);
    const section = $(el, 'section')!;
    expect(section.getAttribute('dir')).to.equal('rtl');
    expect(text($(el, '[part~="heading"]'))).to.equal('الأكثر تداولًا');
    // Engines word Arabic numbers differently: WebKit's ICU writes Arabic-Indic digits (٥).
    expect(text($(el, 'time'))).to.match(/^قبل [5٥] ساعات$/);
  });

  it('uses the heading level asked for', async () => {
    const el = await fixture<NewsArticle>(html`<news-article heading-level="1" src=${WORLD}></news-article>`);
    await settled(el);
    expect($(el, 'h1[part~="title"]')).to.exist;
    expect($(el, '[part~="key-points"] h2')).to.exist;
  });

  // The minute timer that keeps relative times current: test/components/time-and-defaults.test.ts.

  it('follows the reader\'s colour scheme with theme="auto"', async function () {
    const el = await fixture<NewsCard>(html`<news-card theme="auto" src=${WORLD}></news-card>`);
    await settled(el);
    const color = () => getComputedStyle($(el, '[part~="summary"]')!).color;
    // Emulating prefers-color-scheme needs Chromium's DevTools protocol (Playwright): Firefox's
    // WebDriver BiDi and WebKit's WebDriver have no such command, so there the test is skipped.
    const unsupported = await emulateMedia({ colorScheme: 'light' }).then(
      () => false,
      (error: Error) => /CDP|not supported/i.test(error.message),
    );
    if (unsupported) this.skip();
    try {
      await emulateMedia({ colorScheme: 'dark' });
      expect(color()).to.equal('rgb(236, 236, 236)');
      await emulateMedia({ colorScheme: 'light' });
      expect(color()).to.equal('rgb(27, 27, 27)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  // On a light page, a dark widget is a dark box: its text must not touch the box's edge.
  it('draws theme="dark" as a box with rounded corners and room inside, on a light page', async () => {
    const wrapper = await fixture(html`<div style="background:#fff;width:360px"></div>`);
    for (const tag of ['news-article', 'news-trending', 'news-list', 'news-card']) {
      const el = document.createElement(tag) as NewsCard;
      el.setAttribute('theme', 'dark');
      el.setAttribute('src', WORLD);
      wrapper.append(el);
      await settled(el);
      const host = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      expect(style.backgroundColor, tag).to.equal('rgb(22, 22, 22)');
      expect(style.borderRadius, tag).to.equal('8px');
      // What the widget draws first (the card's box, the list's heading, the article's header).
      const first = [...el.shadowRoot!.children].find((child) => child.getBoundingClientRect().height > 0)!;
      const inner = first.getBoundingClientRect();
      const insets = [inner.left - host.left, inner.top - host.top, host.right - inner.right].map(Math.round);
      // The card's own box has its corners and its room inside, and fills the card; every other
      // widget keeps 1rem of room between its painted edge and what it draws.
      expect(insets, tag).to.deep.equal(tag === 'news-card' ? [0, 0, 0] : [16, 16, 16]);
    }
  });

  it('takes a host\'s colours through the custom properties', async () => {
    const el = await fixture<NewsCard>(
      html`<news-card class="branded" src=${WORLD}></news-card><style>
          .branded { --news-color-accent: rgb(11, 87, 208); }
        </style>`,
    );
    await settled(el);
    expect(getComputedStyle($(el, '[part~="category"]')!).color).to.equal('rgb(11, 87, 208)');
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const tag of ['news-card', 'news-article', 'news-trending', 'news-list']) {
      it(`<${tag} theme="${theme}"> passes the accessibility audit, contrast included`, async () => {
        const wrapper = await fixture(
          html`<div style=${theme === 'dark' ? 'background:#161616' : 'background:#fff'}></div>`,
        );
        const el = document.createElement(tag) as NewsCard;
        el.setAttribute('theme', theme);
        el.setAttribute('src', WORLD);
        wrapper.append(el);
        await settled(el);
        await expect(el).to.be.accessible();
      });
    }
  }

  for (const [state, src] of [
    ['error', '/feeds-test/status/404'],
    ['empty', '/feeds-test/empty'],
    ['loading', '/feeds-test/slow/2000'],
  ] as const) {
    it(`passes the accessibility audit in the ${state} state, light and dark`, async () => {
      for (const tag of ['news-card', 'news-article', 'news-trending', 'news-list']) {
        for (const theme of ['light', 'dark']) {
          const el = document.createElement(tag) as NewsCard;
          el.setAttribute('theme', theme);
          el.setAttribute('src', src);
          await fixture(el);
          if (state !== 'loading') await el.loadComplete;
          await expect(el, `${tag} ${theme}`).to.be.accessible();
        }
      }
    });
  }
});
