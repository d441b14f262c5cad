// Attributes with absurd values: each is brought into its documented range, rather than
// render without end.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { NewsTrending } from '../../src/index.js';
import { MAX_LIMIT, SLICE } from '../../src/components/trending/trending.js';
import { clearFeedCache } from '../../src/data/feed-cache.js';
import { clearStaleCopies } from '../../src/data/stale-store.js';
import { $$, settled } from '../support/helpers.js';

describe('attributes with absurd values', () => {
  let fetchSpy: sinon.SinonSpy;
  beforeEach(() => {
    clearFeedCache();
    fetchSpy = sinon.spy(window, 'fetch');
  });
  afterEach(() => fetchSpy.restore());
  after(() => clearStaleCopies());

  it(`limit="1e9" shows at most ${MAX_LIMIT} entries, rendered ${SLICE} at a time`, async () => {
    const items = Array.from({ length: MAX_LIMIT + 200 }, (_, i) => ({ id: `story-${i}`, title: `Story ${i}` }));
    const el = document.createElement('news-trending') as NewsTrending;
    el.setAttribute('limit', '1e9');
    el.feed = { version: 'https://jsonfeed.org/version/1.1', items };
    document.body.append(el);
    // How many entries the list has after each change to it.
    const counts: number[] = [];
    const observer = new MutationObserver(() => counts.push($$(el, '[part~="item"]').length));
    try {
      await el.updateComplete;
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await settled(el);
      await el.loadComplete;
      expect(counts.filter((n) => n > 0), 'a slice more each time').to.deep.equal(
        Array.from({ length: MAX_LIMIT / SLICE }, (_, i) => (i + 1) * SLICE),
      );
      const entries = $$(el, '[part~="item"]');
      expect(entries).to.have.length(MAX_LIMIT);
      expect(entries.at(-1)!.querySelector('[part~="rank"]')!.textContent).to.equal(String(MAX_LIMIT));
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('a negative or non-numeric limit shows the default five entries', async () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ id: `story-${i}`, title: `Story ${i}` }));
    for (const limit of ['-3', 'many', '0']) {
      const el = document.createElement('news-trending') as NewsTrending;
      el.setAttribute('limit', limit);
      el.feed = { version: 'https://jsonfeed.org/version/1.1', items };
      document.body.append(el);
      await el.loadComplete;
      expect($$(el, '[part~="item"]'), `limit="${limit}"`).to.have.length(5);
      el.remove();
    }
  });
});
