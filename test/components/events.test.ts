import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsCard, NewsSelectEvent, NewsTrending } from '../../src/index.js';
import { $, WORLD, settled } from '../support/helpers.js';

describe('news-select', () => {
  // Whatever the widgets do, no click here may follow a link off the test page: a broken
  // widget must fail these tests by name, not end the whole file by navigating away. The guard
  // listens on window, so it runs after the widget and the page have had their say, and records
  // whether the click had been cancelled by then.
  let clickWasCancelled: boolean | undefined;
  const guard = (event: MouseEvent) => {
    clickWasCancelled = event.defaultPrevented;
    event.preventDefault();
  };
  beforeEach(() => {
    clickWasCancelled = undefined;
    window.addEventListener('click', guard);
  });
  afterEach(() => window.removeEventListener('click', guard));

  it('fires a bubbling, composed, cancelable event with the item when a headline is clicked', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><news-card src=${WORLD} article-id="nato-rutte"></news-card></div>`);
    const el = wrapper.querySelector<NewsCard>('news-card')!;
    await settled(el);
    const seen: NewsSelectEvent[] = [];
    wrapper.addEventListener('news-select', (event) => seen.push(event));
    ($(el, '[part~="title"] a') as HTMLAnchorElement).click();
    expect(seen).to.have.length(1);
    expect(seen[0]!.detail.item.id).to.equal('nato-rutte');
    expect(seen[0]!.detail.item.title).to.equal('NATO Picks Mark Rutte as Its Next Secretary General');
    expect(seen[0]!.bubbles && seen[0]!.composed && seen[0]!.cancelable).to.be.true;
  });

  it('keeps the link from being followed when cancelled', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${WORLD}></news-trending>`);
    await settled(el);
    el.addEventListener('news-select', (event) => event.preventDefault());
    // A cancelled select must cancel the click itself: that is what stops the browser from
    // following the link.
    ($(el, '[part~="item"] a') as HTMLAnchorElement).click();
    expect(clickWasCancelled).to.be.true;
  });

  it('leaves the link alone when nobody cancels', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${WORLD}></news-trending>`);
    await settled(el);
    ($(el, '[part~="item"] a') as HTMLAnchorElement).click();
    expect(clickWasCancelled).to.be.false;
  });
});
