// When a widget the library upgrades in place renders for the first time. Defining a tag
// upgrades every element of it already in the page, in the task that also lays the page out
// (a page's module script runs just before its first layout); rendering them all there made
// one long task that held up the reader's input. Instead each gets a task of its own, and those
// still waiting when the browser is about to draw a frame render just before it, so no widget
// is ever drawn empty.

/** Widgets waiting for their turn, first come first served. */
const waiting: (() => void)[] = [];

/**
 * Resolves in a task of its own, or before the next frame is drawn if that comes first. Where
 * there are no frames (a hidden tab, a DOM that draws nothing, such as jsdom's), the task
 * decides.
 */
export const firstRenderTurn = (): Promise<void> =>
  new Promise((resolve) => {
    waiting.push(resolve);
    setTimeout(() => waiting.shift()?.());
    globalThis.requestAnimationFrame?.(() => waiting.splice(0).forEach((go) => go()));
  });
