import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type sinon from 'sinon';
import '../../src/define.js';
import type { NewsElement } from '../../src/index.js';
import type { NewsSelectEvent } from '../../src/events/news-select.js';
import { $, FIXTURES, pinClock, text } from '../support/helpers.js';
import '../support/axe.js';

// Widgets rendered by news-widgets/ssr (on the test runner's Node side), put into a page as a
// server would send them: with JavaScript off they show their content; with it they hydrate
// without a request, without moving, and with their links and times working.

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** A widget's HTML as the server renders it, from the feed at `src` (a URL the server fetches). */
function renderWidget(tag: string, options: Record<string, unknown>): Promise<string> {
  return executeServerCommand<string, unknown>('render-widget', { tag, options }) as Promise<string>;
}

/** Parses `markup` into `container` as a page's HTML parser would: declarative shadow roots and all. */
function setHTML(container: Element, markup: string) {
  (container as Element & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Resource requests for URLs that contain `part`. */
const requestsFor = (part: string) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(part)).length;

describe('server-rendered widgets', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  const containers: Element[] = [];
  // The first render on the runner's Node side loads the server renderer and the widgets'
  // modules there; on a loaded machine that alone took the first test past its 10 s (CI,
  // load average 12). It is paid here, with a minute, so each test's time is its own.
  before(async function () {
    this.timeout(60_000);
    await renderWidget('news-card', { src: `${FIXTURES}world.json?ssr=warm` });
  });
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    for (const container of containers.splice(0)) container.remove();
  });

  function page(markup: string) {
    const container = document.createElement('div');
    container.style.width = '760px';
    document.body.append(container);
    containers.push(container);
    setHTML(container, markup);
    return container;
  }

  it('show their headline, link, summary and time with JavaScript off', async () => {
    const card = await renderWidget('news-card', {
      src: `${FIXTURES}world.json?ssr=nojs`,
      attributes: { 'article-id': 'kenya-tax-protests' },
    });
    const trending = await renderWidget('news-trending', {
      src: `${FIXTURES}world.json?ssr=nojs`,
      attributes: { limit: 3 },
    });
    const iframe = document.createElement('iframe');
    // Same origin, so the test can look in; no `allow-scripts`, so nothing runs in it.
    iframe.setAttribute('sandbox', 'allow-same-origin');
    iframe.style.cssText = 'width: 800px; height: 1200px';
    iframe.srcdoc = `<!doctype html><html lang="en"><body>${card}${trending}<p id="after">After</p></body></html>`;
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve));
    document.body.append(iframe);
    containers.push(iframe);
    await loaded;
    const doc = iframe.contentDocument!;
    const el = doc.querySelector('news-card')!;
    expect(customElements.get('news-card')).to.exist; // defined here, not in the frame
    expect(iframe.contentWindow!.customElements.get('news-card')).to.be.undefined;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
    expect(text(link)).to.equal('Kenya Tax Protests Turn Deadly as 22 Are Killed in Clashes');
    expect(link.href).to.equal('https://dailyreports.example/world/kenya-tax-protests');
    expect(link.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(text(el.shadowRoot!.querySelector('[part~="summary"]'))).to.match(/^Demonstrations against new taxes/);
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-06-26T12:47:26.798Z');
    // Styled as in the browser: the image keeps its frame's aspect ratio before it loads.
    const media = el.shadowRoot!.querySelector('[part~="media"]')!.getBoundingClientRect();
    expect(media.width / media.height).to.be.closeTo(16 / 9, 0.05);
    const entries = doc.querySelector('news-trending')!.shadowRoot!.querySelectorAll('[part~="item"]');
    expect(entries.length).to.equal(3);
  });

  it('hydrate (card, trending list, list, article) with no feed request, no layout shift and no change to their DOM', async () => {
    const src = `${FIXTURES}world.json?ssr=hydrate`;
    const markup = [
      await renderWidget('news-card', { src, attributes: { 'article-id': 'kenya-tax-protests' } }),
      await renderWidget('news-trending', { src, attributes: { limit: 4 } }),
      await renderWidget('news-list', { src, attributes: { limit: 2, columns: 2 } }),
      await renderWidget('news-article', { src, attributes: { 'article-id': 'putin-north-korea-visit' } }),
    ].join('');
    const container = page(`${markup}<p>Content of the host page below the widgets.</p>`);
    const widgets = [
      ...container.querySelectorAll<NewsElement<unknown>>('news-card, news-trending, news-list, news-article'),
    ];
    const before = widgets.map((el) => [...el.shadowRoot!.querySelectorAll('a, h2, h3, p, li, time')]);
    let shift = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShift[]) if (!entry.hadRecentInput) shift += entry.value;
    });
    observer.observe({ type: 'layout-shift' });
    await waitUntil(() => widgets.every((el) => el.hasUpdated), 'the widgets did not hydrate', { timeout: 5000 });
    await Promise.all(widgets.map((el) => el.loadComplete));
    await frame();
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    expect(shift).to.equal(0);
    expect(requestsFor('ssr=hydrate')).to.equal(0);
    widgets.forEach((el, i) => {
      // The very nodes the server sent: taken over, not rendered again.
      expect([...el.shadowRoot!.querySelectorAll('a, h2, h3, p, li, time')]).to.deep.equal(before[i]);
      expect(el.shadowRoot!.querySelector('[part="skeleton"]')).to.be.null;
    });
    // The article's body, sanitised on the server, is there once.
    const article = widgets[3];
    expect(article.shadowRoot!.querySelectorAll('[part~="body"]').length).to.equal(1);
    // Its heading one level below the headline's (the feed's <h2> under the article's <h2>).
    expect(text($(article, '[part~="body"] h3'))).to.equal('A rare trip that tightens the Moscow–Pyongyang axis');
  });

  it('hydrate a list with the feed’s header, which the server rendered', async () => {
    const markup = await renderWidget('news-trending', {
      src: `${FIXTURES}paged/page-1.json?ssr=extras`,
      attributes: { limit: 2, 'show-feed': true },
    });
    const el = page(markup).querySelector<NewsElement<unknown>>('news-trending')!;
    const shown = 'a, h2, h3, li, time, [part~="feed-header"], img';
    const before = [...el.shadowRoot!.querySelectorAll(shown)];
    expect(text($(el, '[part~="feed-title"]'))).to.equal('Paged Reports');
    await waitUntil(() => el.hasUpdated, 'the widget did not hydrate', { timeout: 5000 });
    await el.loadComplete;
    expect([...el.shadowRoot!.querySelectorAll(shown)]).to.deep.equal(before);
    expect(requestsFor('ssr=extras')).to.equal(0);
  });

  it('fire news-select from a hydrated headline link', async () => {
    const markup = await renderWidget('news-card', {
      src: `${FIXTURES}world.json?ssr=select`,
      attributes: { 'article-id': 'kenya-tax-protests' },
    });
    const el = page(markup).querySelector<NewsElement<unknown>>('news-card')!;
    await waitUntil(() => el.hasUpdated, 'the card did not hydrate');
    await el.updateComplete;
    const selected: string[] = [];
    el.addEventListener('news-select', (event: NewsSelectEvent) => {
      selected.push(event.detail.item.id);
      event.preventDefault(); // the test page stays where it is
    });
    $(el, 'a[part~="link"]')!.click();
    expect(selected).to.deep.equal(['kenya-tax-protests']);
  });

  it('correct the relative time the server wrote to the reader’s clock, in the same element', async () => {
    // The server renders now (years after the story: a date); the reader's clock says 5 hours after it.
    const markup = await renderWidget('news-card', {
      src: `${FIXTURES}world.json?ssr=time`,
      attributes: { 'article-id': 'kenya-tax-protests' },
    });
    clock = pinClock();
    const el = page(markup).querySelector<NewsElement<unknown>>('news-card')!;
    const time = $(el, 'time')!;
    expect(text(time)).to.equal('Jun 26, 2024');
    await waitUntil(() => text($(el, 'time')) === '5 hours ago', 'the time was not corrected', { timeout: 5000 });
    expect($(el, 'time')).to.equal(time);
  });

  it('render afresh, with a warning, when the server’s HTML is another version’s', async () => {
    const markup = await renderWidget('news-card', {
      src: `${FIXTURES}world.json?ssr=skew`,
      attributes: { 'article-id': 'kenya-tax-protests' },
    });
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // Another template than the widget's own at the root of its shadow root.
      const el = page(markup.replace(/<!--lit-part [^>]+-->/, '<!--lit-part AAAAAAAAAAA=-->')).querySelector<
        NewsElement<unknown>
      >('news-card')!;
      await waitUntil(() => el.hasUpdated, 'the card did not update');
      await el.updateComplete;
      expect(text($(el, '[part~="title"]'))).to.equal('Kenya Tax Protests Turn Deadly as 22 Are Killed in Clashes');
      expect(el.shadowRoot!.querySelectorAll('[part~="title"]').length).to.equal(1);
      expect(String(warnings[0]?.[0])).to.match(/could not be hydrated/);
    } finally {
      console.warn = warn;
    }
  });

  it('load as usual when the server could not have the feed', async () => {
    const markup = await renderWidget('news-card', { src: `${FIXTURES}missing.json` });
    expect(markup).to.equal(`<news-card src="${FIXTURES}missing.json"></news-card>`);
  });
});
