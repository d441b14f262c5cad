// Layout shift of a page whose card, trending list and article load a feed that takes 600 ms.
import '../../../src/define.js';
import { describe, imagesLoaded, settled, sleep, widgets } from './observe.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

declare global {
  interface Window {
    layoutShifts: LayoutShift[];
    layoutResult: Promise<unknown>;
  }
}

async function measure() {
  const all = widgets();
  // The feed takes 600 ms: a shift before the first widget shows it comes from the page
  // rendering before the widgets' script defined them, not from the feed loading.
  let feedShownAt = Infinity;
  for (const el of all) {
    el.addEventListener('news-load', () => (feedShownAt = Math.min(feedShownAt, performance.now())), { once: true });
  }
  const loaded = settled(all);
  await Promise.all(all.map((el) => el.updateComplete));
  const skeleton = all.map((el) => el.getBoundingClientRect().height);
  const errors = await loaded;
  await Promise.all(all.map((el) => el.updateComplete));
  await imagesLoaded(all);
  await sleep(1000);
  return {
    errors,
    feedShownAt,
    widgets: all.map((el, i) => ({
      tag: el.localName,
      skeleton: skeleton[i],
      loaded: el.getBoundingClientRect().height,
    })),
    shifts: window.layoutShifts.map((shift) => ({
      time: shift.startTime,
      value: shift.value,
      sources: shift.sources.map((source) => ({
        node: describe(source.node),
        from: { y: source.previousRect.y, height: source.previousRect.height },
        to: { y: source.currentRect.y, height: source.currentRect.height },
      })),
    })),
  };
}

window.layoutResult = measure();
