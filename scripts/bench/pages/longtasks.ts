// Ten widgets on one page, two feeds and two languages: every long task from the widgets'
// script evaluation to a second after the last one has loaded.
import '../../../src/define.js';
import { imagesLoaded, settled, sleep, widgets } from './observe.js';

declare global {
  interface Window {
    longTasks: { start: number; duration: number }[];
    longFrames: {
      start: number;
      duration: number;
      styleAndLayout: number;
      scripts: { source: string; invoker: string; duration: number; forcedLayout: number }[];
    }[];
    longTaskResult: Promise<unknown>;
  }
}

async function measure() {
  const all = widgets();
  const errors = await settled(all);
  await Promise.all(all.map((el) => el.updateComplete));
  const loadedAt = performance.now();
  await imagesLoaded(all);
  await sleep(1000);
  return { widgets: all.length, errors, loadedAt, tasks: window.longTasks, frames: window.longFrames };
}

window.longTaskResult = measure();
