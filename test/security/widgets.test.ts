import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { NewsArticle } from '../../src/index.js';
import { settled } from '../support/helpers.js';
import {
  HOSTILE,
  dangers,
  loadCorpus,
  provoke,
  pwned,
  textOf,
  withBase,
  type HtmlCase,
  type ItemCase,
} from './support.js';

const htmlCases = await loadCorpus<HtmlCase>('html.json', 0);
const itemCases = await loadCorpus<ItemCase>('items.json', 1000);
const WIDGETS = ['news-card', 'news-article', 'news-trending', 'news-list'];

const feedOf = (item: Record<string, unknown>) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Hostile',
  items: [{ id: 'hostile', ...item }],
});

/** Renders widgets from feed objects, all at once, and waits until every one has settled. */
async function renderAll(specs: { tag: string; feed: unknown }[]): Promise<HTMLElement[]> {
  const stage = document.createElement('div');
  document.body.append(stage);
  const widgets = specs.map(({ tag, feed }) => {
    const el = document.createElement(tag) as HTMLElement & { feed: unknown };
    el.feed = feed;
    stage.append(el);
    return el;
  });
  // The feed warnings about fields of the wrong type are expected here.
  const warn = sinon.stub(console, 'warn');
  try {
    // Dozens of widgets render together, each sanitising its body: 5 s for all of them was too
    // little in WebKit on a loaded machine, so the batch has 40 s (its hook, 60 s).
    await Promise.all(widgets.map((el) => settled(el, 40_000)));
  } finally {
    warn.restore();
  }
  await provoke(...widgets.map((el) => el.shadowRoot!));
  return widgets;
}

describe('<news-article> with hostile content_html', () => {
  let articles: HTMLElement[] = [];

  before(async function () {
    this.timeout(60_000);
    articles = await renderAll(
      htmlCases.map(({ html }) => ({ tag: 'news-article', feed: feedOf({ title: 'Story', content_html: html }) })),
    );
  });

  after(() => articles[0]?.parentElement?.remove());

  htmlCases.forEach((c, i) => {
    it(c.name, () => {
      const root = articles[i].shadowRoot!;
      const body = root.querySelector('[part~="body"]');
      expect(pwned.has(c.id), 'the payload ran').to.be.false;
      expect(dangers(root), 'dangerous nodes').to.deep.equal([]);
      expect(root.querySelector('[part~="title"]')?.textContent, 'the headline').to.equal('Story');
      for (const text of c.keep ?? []) expect(textOf(body!)).to.include(text);
      for (const text of c.absentText ?? []) expect(textOf(root)).not.to.include(text);
      // A feed set as a property resolves its relative URLs against the page.
      for (const selector of c.present ?? []) {
        expect(body!.querySelector(withBase(selector, document.baseURI)), selector).to.exist;
      }
      for (const selector of c.absent ?? []) expect(body?.querySelector(selector) ?? null, selector).to.be.null;
    });
  });
});

describe('widgets with hostile feed items', () => {
  const rendered = new Map<string, HTMLElement>();

  before(async function () {
    this.timeout(60_000);
    const specs = itemCases.flatMap((c, i) =>
      (c.widgets ?? WIDGETS).map((tag) => ({ key: `${i}:${tag}`, tag, feed: feedOf(c.item) })),
    );
    const widgets = await renderAll(specs);
    specs.forEach(({ key }, n) => rendered.set(key, widgets[n]));
  });

  after(() => rendered.values().next().value?.parentElement?.remove());

  itemCases.forEach((c, i) => {
    for (const tag of c.widgets ?? WIDGETS) {
      it(`<${tag}>: ${c.name}`, () => {
        const root = rendered.get(`${i}:${tag}`)!.shadowRoot!;
        expect(root.querySelector('[part~="error"]'), 'the error state').to.be.null;
        expect(pwned.has(c.id), 'the payload ran').to.be.false;
        expect(dangers(root), 'dangerous nodes').to.deep.equal([]);
        for (const text of c.keep ?? []) expect(textOf(root)).to.include(text);
        for (const text of c.absentText ?? []) expect(textOf(root)).not.to.include(text);
        for (const selector of c.absent ?? []) expect(root.querySelector(selector), selector).to.be.null;
      });
    }
  });
});

describe('<news-article> loaded from a feed URL', () => {
  it("resolves relative URLs against the feed URL, the body's against its story's, and runs nothing", async () => {
    const el = document.createElement('news-article') as NewsArticle;
    el.src = `${HOSTILE}feed.json`;
    document.body.append(el);
    try {
      await settled(el);
      await provoke(el.shadowRoot!);
      const body = el.shadowRoot!.querySelector('[part~="body"]')!;
      expect(body.querySelector('a')!.getAttribute('href')).to.equal(`${HOSTILE}stories/more.html`);
      expect(body.querySelector('img')!.getAttribute('src')).to.equal(`${HOSTILE}stories/pics/inline.png`);
      expect(el.shadowRoot!.querySelector('img[part~="image"]')!.getAttribute('src')).to.equal(
        new URL('../images/kenya-tax-protests.svg', HOSTILE).href,
      );
      expect(textOf(body)).to.equal('Read more.End of story.');
      expect(dangers(el.shadowRoot!)).to.deep.equal([]);
      expect([...pwned].filter((id) => id <= -10)).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });
});
