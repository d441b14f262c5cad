import { expect } from '@open-wc/testing';
import type sinon from 'sinon';
import '../../src/components/trending/define.js';
import type { NewsTrending } from '../../src/components/trending/trending.js';
import { normaliseFeed } from '../../src/data/normalise.js';
import { renderBaseline } from '../../scripts/bench/pages/baseline.js';
import { shape } from '../../scripts/bench/pages/shape.js';
import { syntheticFeed } from '../../scripts/bench/pages/synthetic-feed.js';
import { pinClock } from '../support/helpers.js';

// `npm run bench` times <news-trending> against a hand-written DOM baseline, and refuses to run
// when the two build different things. The benchmark is not part of `npm test`: this keeps the
// baseline up with the component, so a change to the list's markup shows here, not on the day
// someone next runs the benchmark.
describe('the render benchmark', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = pinClock();
  });
  afterEach(() => clock.restore());

  it("builds in its baseline the list's text, elements, parts and classes", async () => {
    const feed = normaliseFeed(syntheticFeed(12, Date.now()), { baseUrl: location.href });
    const el = document.createElement('news-trending') as NewsTrending;
    const loaded = new Promise((resolve) => el.addEventListener('news-load', resolve, { once: true }));
    el.limit = 12;
    el.feed = feed;
    const host = document.createElement('div');
    await renderBaseline(host, feed, 12);
    document.body.append(el, host);
    try {
      await loaded;
      await el.updateComplete;
      const component = shape(el);
      // Not an empty match: twelve entries, with their times and sources.
      expect(el.shadowRoot!.querySelectorAll('li [part~="sources"]').length).to.equal(12);
      expect(component.split('\n')[1].match(/time\[time\|\]/g)?.length).to.equal(12);
      expect(shape(host) === component, `${component}\n${shape(host)}`).to.equal(true);
    } finally {
      el.remove();
      host.remove();
    }
  });
});
