import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsCard, NewsSelectEvent, NewsTrending } from '../../src/index.js';
import { $, WORLD, settled } from '../support/helpers.js';

describe('news-select', () => {
  it('fires a bubbling, composed, cancelable event with the item when a headline is clicked', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><news-card src=${WORLD} article-id="nato-rutte"></news-card></div>`);
    const el = wrapper.querySelector<NewsCard>('news-card')!;
    await settled(el);
    const seen: NewsSelectEvent[] = [];
    wrapper.addEventListener('news-select', (event) => {
      seen.push(event);
      event.preventDefault(); // stay on the test page
    });
    ($(el, '[part~="title"] a') as HTMLAnchorElement).click();
    expect(seen).to.have.length(1);
    expect(seen[0]!.detail.item.id).to.equal('nato-rutte');
    expect(seen[0]!.detail.item.title).to.equal('NATO Picks Mark Rutte as Its Next Secretary General');
    expect(seen[0]!.bubbles && seen[0]!.composed && seen[0]!.cancelable).to.be.true;
  });

  it('keeps the link from being followed when cancelled', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${WORLD}></news-trending>`);
    await settled(el);
    const link = $(el, '[part~="item"] a') as HTMLAnchorElement;
    let navigationPrevented = false;
    el.addEventListener('news-select', (event) => event.preventDefault());
    // The click reaches the document after the widget's handler; a cancelled select must have
    // cancelled the click itself, which is what stops the browser from following the link.
    document.addEventListener('click', (event) => (navigationPrevented = event.defaultPrevented), { once: true });
    link.click();
    expect(navigationPrevented).to.be.true;
  });

  it('leaves the link alone when nobody cancels', async () => {
    const el = await fixture<NewsTrending>(html`<news-trending src=${WORLD}></news-trending>`);
    await settled(el);
    const link = $(el, '[part~="item"] a') as HTMLAnchorElement;
    let clickPrevented: boolean | undefined;
    // Stop the real navigation from this test page, after the widget has had its say.
    document.addEventListener(
      'click',
      (event) => {
        clickPrevented = event.defaultPrevented;
        event.preventDefault();
      },
      { once: true },
    );
    link.click();
    expect(clickPrevented).to.be.false;
  });
});
