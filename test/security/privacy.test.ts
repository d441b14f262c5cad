// What a feed can make the reader's browser fetch: no tracking pixels, a bounded number of
// images per article body, and nothing at all from the feed's image hosts with images="none".
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { sanitizeHtml } from '../../src/sanitize/html.js';

/** Images an article body keeps (README: Security). */
const MAX_BODY_IMAGES = 20;
import { $$, settled } from '../support/helpers.js';

const IMAGE = new URL('/test/fixtures/images/kenya-tax-protests.svg', location.href).href;
const uniq = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`;

/**
 * Requests the page made for URLs starting with `prefix`, after letting lazy images start. (A
 * timer, not animation frames, which a page in a background tab does not get.)
 */
async function requestsTo(prefix: string): Promise<string[]> {
  document.body.getBoundingClientRect();
  await new Promise((resolve) => setTimeout(resolve, 500));
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(prefix));
}

async function render(tag: string, item: Record<string, unknown>, attributes: Record<string, string> = {}) {
  const el = document.createElement(tag) as HTMLElement & { feed: unknown };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.feed = { version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'story', title: 'Story', url: 'https://news.example/story', ...item }] };
  document.body.append(el);
  await settled(el);
  return el;
}

describe('privacy: what a feed makes the reader’s browser fetch', () => {
  const widgets: HTMLElement[] = [];
  afterEach(() => widgets.splice(0).forEach((el) => el.remove()));

  describe('images in an article body', () => {
    it('drops 2,000 zero-size tracking pixels, and fetches none of them', async () => {
      const pixel = `${IMAGE}?pixel=${uniq()}`;
      const body = Array.from({ length: 2_000 }, (_, i) => `<img src="${pixel}&n=${i}" width="0" height="0">`).join('');
      const el = await render('news-article', { content_html: `<p>Story</p>${body}` });
      widgets.push(el);
      expect($$(el, '[part~="body"] img')).to.have.length(0);
      expect(await requestsTo(pixel)).to.deep.equal([]);
    });

    for (const [attributes, kept] of [
      ['width="1" height="1"', false],
      ['width="2"', false],
      ['height="0"', false],
      ['width="1px" height="1px"', false],
      ['width="3" height="3"', true],
      ['width="1%" height="50%"', true],
      ['', true],
    ] as const) {
      it(`${kept ? 'keeps' : 'drops'} an image with ${attributes || 'no size'}`, () => {
        const out = sanitizeHtml(`<img src="${IMAGE}" ${attributes}>`);
        expect(out.querySelectorAll('img')).to.have.length(kept ? 1 : 0);
      });
    }

    it(`keeps the first ${MAX_BODY_IMAGES} of 500 images, and the text around them all`, () => {
      const body = Array.from({ length: 500 }, (_, i) => `<p>Photo ${i}</p><img src="${IMAGE}?n=${i}" width="300" height="200">`).join('');
      const out = sanitizeHtml(body);
      const images = [...out.querySelectorAll('img')];
      expect(images).to.have.length(MAX_BODY_IMAGES);
      expect(images[0].getAttribute('src')).to.equal(`${IMAGE}?n=0`);
      expect(out.lastElementChild!.textContent).to.equal('Photo 499');
    });
  });

  describe('images="none"', () => {
    const item = () => {
      const key = uniq();
      return {
        prefix: `${IMAGE}?none=${key}`,
        item: {
          image: `${IMAGE}?none=${key}&lead`,
          content_html: `<p>Text</p><img src="${IMAGE}?none=${key}&body" width="300" height="200" alt="In the body">`,
          _news: { image_caption: 'Credit' },
        },
      };
    };

    for (const [tag, attributes] of [
      ['news-card', {}],
      ['news-card', { layout: 'compact' }],
      ['news-article', {}],
      ['news-trending', { 'show-images': '' }],
      ['news-list', { 'show-feed': '' }],
    ] as const) {
      it(`<${tag}${Object.keys(attributes).map((a) => ` ${a}`).join('')}> shows and fetches no image from the feed`, async () => {
        const { prefix, item: story } = item();
        const el = await render(tag, story, { ...attributes, images: 'none' });
        widgets.push(el);
        expect($$(el, 'img')).to.have.length(0);
        expect($$(el, '[part~="media"], [part~="thumbnail"], [part~="figure"]'), 'no empty frame').to.have.length(0);
        expect(await requestsTo(prefix)).to.deep.equal([]);
      });
    }

    it('shows the images again when the attribute goes', async () => {
      const { item: story } = item();
      const el = await render('news-article', story, { images: 'none' });
      widgets.push(el);
      el.removeAttribute('images');
      await (el as unknown as { loadComplete: Promise<void> }).loadComplete;
      expect($$(el, '[part~="image"]')).to.have.length(1);
      expect($$(el, '[part~="body"] img')).to.have.length(1);
    });
  });
});
