// Render and normalise timings, driven by scripts/bench/run.mjs through `window.bench`.
import '../../../src/components/trending/define.js';
import type { NewsTrending } from '../../../src/components/trending/trending.js';
import { normaliseFeed } from '../../../src/data/normalise.js';

/** Items a feed is read to (README: Security). */
const MAX_ITEMS = 1_000;
import type { NewsFeed } from '../../../src/data/types.js';
import { renderBaseline } from './baseline.js';
import { shape } from './shape.js';
import { syntheticFeed } from './synthetic-feed.js';

export interface RenderResult {
  items: number;
  component: number[];
  baseline: number[];
}

const stage = document.getElementById('stage')!;

/**
 * From creating <news-trending> with its `feed` set to the entries laid out: the first
 * (skeleton) render, the feed task (selection, date locale), the content render and a forced
 * layout. `news-load` fires when the task completes; `updateComplete` then covers the render.
 */
async function timeComponent(feed: NewsFeed, items: number): Promise<number> {
  const start = performance.now();
  const el = document.createElement('news-trending') as NewsTrending;
  const loaded = new Promise((resolve) => el.addEventListener('news-load', resolve, { once: true }));
  el.limit = items;
  el.feed = feed;
  stage.append(el);
  await loaded;
  await el.updateComplete;
  void el.offsetHeight;
  const time = performance.now() - start;
  check(el, items);
  el.remove();
  return time;
}

/** The same, for the hand-written DOM baseline. */
async function timeBaseline(feed: NewsFeed, items: number): Promise<number> {
  const start = performance.now();
  const host = document.createElement('div');
  await renderBaseline(host, feed, items);
  stage.append(host);
  void host.offsetHeight;
  const time = performance.now() - start;
  check(host, items);
  host.remove();
  return time;
}

/** Fails unless the component and the baseline build the same nodes and text. */
async function checkSameNodes(feed: NewsFeed, items: number) {
  const el = document.createElement('news-trending') as NewsTrending;
  const loaded = new Promise((resolve) => el.addEventListener('news-load', resolve, { once: true }));
  el.limit = items;
  el.feed = feed;
  const host = document.createElement('div');
  await renderBaseline(host, feed, items);
  stage.append(el, host);
  await loaded;
  await el.updateComplete;
  const same = shape(el) === shape(host);
  el.remove();
  host.remove();
  if (!same)
    throw new Error(`the baseline does not build the same nodes as <news-trending>:\n${shape(el)}\n${shape(host)}`);
}

function check(host: Element, items: number) {
  const shown = host.shadowRoot?.querySelectorAll('li[part="item"]').length;
  if (shown !== items) throw new Error(`<${host.localName}> shows ${shown} entries, not ${items}`);
}

/** Components and baselines interleaved, alternating which goes first; warm-up runs discarded. */
async function render(sizes: number[], iterations: number, warmup: number): Promise<RenderResult[]> {
  const largest = Math.max(...sizes);
  // Normalised once: both sides start from the same in-memory feed (normalising is timed apart).
  const feed = normaliseFeed(syntheticFeed(largest), { baseUrl: location.href });
  await checkSameNodes(feed, Math.min(...sizes));
  const results = sizes.map((items) => ({ items, component: [] as number[], baseline: [] as number[] }));
  for (let i = 0; i < warmup + iterations; i++) {
    for (const result of results) {
      const order = i % 2 === 0 ? ['component', 'baseline'] : ['baseline', 'component'];
      for (const side of order) {
        const time =
          side === 'component' ? await timeComponent(feed, result.items) : await timeBaseline(feed, result.items);
        if (i >= warmup) result[side as 'component' | 'baseline'].push(time);
        // Let the frame end so neither side pays for the other's garbage or style work.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
  }
  return results;
}

/** `normaliseFeed` on a parsed feed of `count` items, `runs` times (after `warmup` runs). */
function normalise(count: number, runs: number, warmup: number): number[] {
  const json = JSON.parse(JSON.stringify(syntheticFeed(count)));
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = performance.now();
    const feed = normaliseFeed(json, { baseUrl: location.href });
    const time = performance.now() - start;
    // The normaliser reads at most MAX_ITEMS of them.
    const read = Math.min(count, MAX_ITEMS);
    if (feed.items.length !== read)
      throw new Error(`normaliseFeed kept ${feed.items.length} of ${count} items, not ${read}`);
    if (i >= warmup) times.push(time);
  }
  return times;
}

declare global {
  interface Window {
    bench: { render: typeof render; normalise: typeof normalise };
  }
}

window.bench = { render, normalise };
