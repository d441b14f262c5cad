// One heavy feed (scripts/bench/heavy-feeds.mjs), shown by the widgets the query names
// (`?feed=key-points&widgets=news-article,news-card`): every long task from the widgets'
// script evaluation to a second after the last one has loaded, and what each widget shows.
import '../../../src/define.js';
import { settled, sleep } from './observe.js';
import type { NewsElement } from '../../../src/internal/news-element.js';

declare global {
  interface Window {
    heavyResult: Promise<unknown>;
  }
}

async function measure() {
  const params = new URLSearchParams(location.search);
  const src = `/heavy/${params.get('feed')}.json`;
  const all = (params.get('widgets') ?? '').split(',').map((tag) => {
    const el = document.createElement(tag) as NewsElement<unknown>;
    el.setAttribute('src', src);
    if (tag === 'news-trending') el.setAttribute('limit', '1e9');
    return el;
  });
  document.querySelector('main')!.append(...all);
  const errors = await settled(all);
  // A long list renders a slice per task: updateComplete waits for the last one.
  await Promise.all(all.map((el) => el.updateComplete));
  const loadedAt = performance.now();
  await sleep(1000);
  const [resource] = performance.getEntriesByName(new URL(src, location.href).href) as PerformanceResourceTiming[];
  return {
    errors,
    loadedAt,
    feedBytes: resource?.decodedBodySize ?? 0,
    shown: all.map((el) => `<${el.localName}> ${el.shadowRoot!.querySelectorAll('*').length} elements`),
    tasks: window.longTasks,
    frames: window.longFrames,
  };
}

window.heavyResult = measure();
