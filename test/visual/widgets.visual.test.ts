import { fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type sinon from 'sinon';
import '../../src/define.js';
import type { NewsCard } from '../../src/index.js';
import { FIXTURES, WORLD, pinClock, settled } from '../support/helpers.js';

const ARABIC = `${FIXTURES}arabic.json`;

const WIDGETS = [
  { tag: 'news-card', attrs: { 'article-id': 'kenya-tax-protests' } },
  { tag: 'news-article', attrs: { 'article-id': 'kenya-tax-protests' } },
  { tag: 'news-trending', attrs: { limit: '3' } },
] as const;

const WIDTHS = { narrow: 360, wide: 760 } as const;

async function imagesLoaded(root: ShadowRoot) {
  await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode().catch(() => {})));
}

describe('visual baselines', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = pinClock();
  });
  afterEach(() => clock.restore());

  for (const { tag, attrs } of WIDGETS) {
    for (const theme of ['light', 'dark'] as const) {
      for (const [size, width] of Object.entries(WIDTHS)) {
        // en: an English feed on an English page; ar: the Arabic feed on an Arabic (right-to-left)
        // page; en-on-ar: an English feed on an Arabic page (Arabic words, English stories).
        for (const lang of ['en', 'ar', 'en-on-ar'] as const) {
          if (lang === 'en-on-ar' && theme === 'dark') continue;
          const name = `${tag}-${theme}-${size}-${lang}`;
          it(name, async () => {
            const host = lang === 'en' ? 'en' : 'ar';
            const wrapper = await fixture<HTMLDivElement>(html`<div
              class="stage"
              lang=${host}
              dir=${host === 'ar' ? 'rtl' : 'ltr'}
              style=${`width:${width}px;padding:16px;font-family:'Noto Sans','Noto Kufi Arabic',sans-serif;background:${theme === 'dark' ? '#161616' : '#ffffff'}`}
            ></div>`);
            const el = document.createElement(tag) as NewsCard;
            for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
            el.setAttribute('theme', theme);
            el.setAttribute('src', lang === 'ar' ? ARABIC : WORLD);
            wrapper.append(el);
            await settled(el);
            await imagesLoaded(el.shadowRoot!);
            await visualDiff(wrapper, name);
          });
        }
      }
    }
  }

  // The loading state: each widget's skeleton while its feed has not answered, still (the
  // pulse is left out for readers who ask for less motion, as here).
  describe('skeletons', () => {
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    after(() => emulateMedia({ reducedMotion: 'no-preference' }));

    for (const tag of ['news-card', 'news-article', 'news-trending', 'news-list'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        for (const [size, width] of Object.entries(WIDTHS)) {
          for (const dir of ['ltr', 'rtl'] as const) {
            if (dir === 'rtl' && theme === 'dark') continue;
            const name = `${tag}-skeleton-${theme}-${size}-${dir}`;
            it(name, async () => {
              const wrapper = await fixture<HTMLDivElement>(html`<div
                class="stage"
                lang=${dir === 'rtl' ? 'ar' : 'en'}
                dir=${dir}
                style=${`width:${width}px;padding:16px;font-family:'Noto Sans','Noto Kufi Arabic',sans-serif;background:${theme === 'dark' ? '#161616' : '#ffffff'}`}
              ></div>`);
              const el = document.createElement(tag) as NewsCard;
              el.setAttribute('theme', theme);
              if (tag !== 'news-card' && tag !== 'news-article') el.setAttribute('limit', '3');
              // A feed that answers only after the picture is taken.
              el.setAttribute('src', `/feeds-test/slow/3000?for=${name}`);
              wrapper.append(el);
              await el.updateComplete;
              await visualDiff(wrapper, name);
              el.remove();
            });
          }
        }
      }
    }
  });
});
