import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { sanitizeHtml } from '../../src/sanitize/html.js';

/** Levels of nesting an article body keeps (README: Security). */
const MAX_BODY_DEPTH = 16;
import { settled } from '../support/helpers.js';

const feedOf = (items: Record<string, unknown>[]) => ({ version: 'https://jsonfeed.org/version/1.1', items });

async function render(tag: string, feed: unknown, attributes: Record<string, string> = {}): Promise<HTMLElement> {
  const el = document.createElement(tag) as HTMLElement & { feed: unknown };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.style.width = '320px';
  el.feed = feed;
  document.body.append(el);
  await settled(el);
  return el;
}

/** The deepest element nesting under a node. */
function depth(node: Element): number {
  let max = 0;
  const stack: [Element, number][] = [[node, 0]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const child of el.children) stack.push([child, d + 1]);
  }
  return max;
}

describe('huge and deep input', () => {
  const widgets: HTMLElement[] = [];
  afterEach(() => widgets.splice(0).forEach((el) => el.remove()));

  const HUGE_TITLE = 'Headline'.repeat(12_500); // 100,000 characters, no space to break at

  for (const tag of ['news-card', 'news-article', 'news-trending', 'news-list']) {
    it(`<${tag}> shows a 100,000-character title whole, inside its box`, async () => {
      const el = await render(tag, feedOf([{ id: 'a', title: HUGE_TITLE, url: 'https://example.com/a' }]));
      widgets.push(el);
      const title = el.shadowRoot!.querySelector('[part~="title"]')!;
      expect(title.textContent!.trim()).to.have.length(100_000);
      // It wraps: nothing spills out sideways over the host page.
      expect(title.scrollWidth).to.be.at.most(title.clientWidth);
      expect(el.scrollWidth).to.be.at.most(320);
    });
  }

  // Within the body's budget of nodes (test/security/bounded-work.test.ts has what is past it).
  it('sanitises 1,000 nested elements into a tree 16 levels deep, keeping the text around them', () => {
    const html = `<p>Top</p>${'<blockquote>'.repeat(1_000)}deep${'</blockquote>'.repeat(1_000)}<p>Bottom</p>`;
    const box = document.createElement('div');
    box.append(sanitizeHtml(html));
    expect(box.firstElementChild!.textContent).to.equal('Top');
    expect(box.lastElementChild!.textContent).to.equal('Bottom');
    expect(box.textContent).to.contain('deep');
    expect(depth(box)).to.be.at.most(MAX_BODY_DEPTH);
  });

  it('<news-article> renders a body of 1,000 nested elements, flattened', async () => {
    const html = `<p>Top</p>${'<ul><li>'.repeat(500)}deep${'</li></ul>'.repeat(500)}<p>Bottom</p>`;
    const el = await render('news-article', feedOf([{ id: 'a', title: 'Deep', content_html: html }]));
    widgets.push(el);
    const body = el.shadowRoot!.querySelector('[part~="body"]')!;
    expect(body.firstElementChild!.textContent).to.equal('Top');
    expect(body.lastElementChild!.textContent).to.equal('Bottom');
    expect(depth(body)).to.be.at.most(MAX_BODY_DEPTH);
  });

  it('unwraps 1,000 nested elements that are not allowed into their text', () => {
    const html = `${'<div><span>'.repeat(500)}text${'</span></div>'.repeat(500)}`;
    const box = document.createElement('div');
    box.append(sanitizeHtml(html));
    expect(box.children).to.have.length(0);
    expect(box.textContent).to.equal('text');
  });

  it('<news-trending> reads the first 1,000 of 5,000 items, ranks them and shows only `limit`', async () => {
    const items = Array.from({ length: 5_000 }, (_, i) => ({
      id: `item-${i}`,
      title: `Story ${i}`,
      date_published: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
      _news: i % 1000 === 7 ? { trending_rank: 5_000 - i } : undefined,
    }));
    const el = await render('news-trending', feedOf(items), { limit: '10' });
    widgets.push(el);
    const titles = [...el.shadowRoot!.querySelectorAll('[part~="item"] [part~="title"]')].map((t) => t.textContent!.trim());
    expect(titles).to.have.length(10);
    // Only the first MAX_ITEMS are read: of the ranked, only Story 7; then the newest of the rest.
    expect(titles.slice(0, 3)).to.deep.equal(['Story 7', 'Story 999', 'Story 998']);
  });

  it('<news-card> finds its article among the 1,000 items read of 5,000, and not beyond', async () => {
    const items = Array.from({ length: 5_000 }, (_, i) => ({ id: `item-${i}`, title: `Story ${i}` }));
    const el = await render('news-card', feedOf(items), { 'article-id': 'item-999' });
    widgets.push(el);
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('Story 999');
    const beyond = await render('news-card', feedOf(items), { 'article-id': 'item-1000' });
    widgets.push(beyond);
    expect(beyond.shadowRoot!.querySelector('[part~="error"]')!.getAttribute('data-kind')).to.equal('not-found');
  });
});
