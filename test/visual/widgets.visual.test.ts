import { fixture, html } from '@open-wc/testing';
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
});
