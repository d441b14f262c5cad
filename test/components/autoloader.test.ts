import { expect, waitUntil } from '@open-wc/testing';
import { FEED_ACCEPT } from '../../src/data/early-requests.js';
import type { NewsCard } from '../../src/index.js';
import { $, settled, text } from '../support/helpers.js';
// The libraries the widgets import, fetched before the test starts: from source, date-fns comes
// as hundreds of modules, which on a busy machine take longer than a test may.
import 'lit';
import 'date-fns';

// The CDN entry (src/autoloader.ts) on a page as a site owner writes it: the widgets in the
// page's HTML before the script runs. It starts each widget's feed request at once, beside the
// widget's code, and the widget takes that request over: a round trip sooner, one request still.
const key = `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
const feed = (name: string) => `/feeds-test/counted/${key}-${name}`;
const count = async (name: string) =>
  (await (await fetch(`/feeds-test/count/${key}-${name}`)).json()) as { requests: number; accept: string[] };
/** When the browser started fetching a URL whose path ends with `path`. */
const started = (path: string) =>
  performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname.endsWith(path))?.startTime;

describe('the CDN autoloader', () => {
  const cards: NewsCard[] = [];
  before(async function () {
    this.timeout(30_000);
    // Room for the timings of what follows (the buffer holds 250, taken by the libraries above).
    performance.clearResourceTimings();
    document.body.insertAdjacentHTML(
      'beforeend',
      `<news-card id="one" src="${feed('shared')}"></news-card>
       <news-card id="two" src="${feed('shared')}" article-id="nato-rutte"></news-card>
       <div style="height: 400vh"></div>
       <news-card id="lazy" loading="lazy" src="${feed('lazy')}"></news-card>`,
    );
    cards.push(...document.querySelectorAll<NewsCard>('news-card'));
    await import('../../src/autoloader.js');
    await waitUntil(() => customElements.get('news-card'), 'the card is never defined', { timeout: 15_000 });
    await Promise.all(cards.slice(0, 2).map((card) => settled(card)));
  });
  after(() => {
    for (const card of cards) card.remove();
  });

  it('requests a feed before the widget code has loaded, once for every widget showing it', async () => {
    expect(text($(cards[0], '[part~="title"]'))).to.not.equal('');
    expect(text($(cards[1], '[part~="title"]'))).to.contain('Rutte');
    const { requests, accept } = await count('shared');
    expect(requests, 'one request for two widgets').to.equal(1);
    expect(accept[0], 'with the Accept header the widgets send').to.equal(FEED_ACCEPT);
    const feedStart = started(feed('shared'));
    const codeStart = started('/src/components/card/card.ts');
    expect(feedStart, 'the feed was fetched').to.be.a('number');
    expect(feedStart).to.be.below(codeStart!);
  });

  it('does not request the feed of a lazy widget until it nears the viewport', async () => {
    expect((await count('lazy')).requests).to.equal(0);
    cards[2].scrollIntoView();
    await settled(cards[2]);
    expect(text($(cards[2], '[part~="title"]'))).to.not.equal('');
    expect((await count('lazy')).requests).to.equal(1);
  });

  it('registers a widget added to the page later, and requests its feed', async () => {
    const later = document.createElement('news-card');
    later.setAttribute('src', feed('later'));
    document.body.append(later);
    cards.push(later as NewsCard);
    await settled(later);
    expect(text($(later, '[part~="title"]'))).to.not.equal('');
    expect((await count('later')).requests).to.equal(1);
  });
});
