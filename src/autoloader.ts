// The CDN entry (dist/cdn/news-widgets.js): registers each tag when the page first uses it,
// so a page with one <news-card> downloads the card and the code it shares, nothing more.

/** The tags not yet asked for, and how to load each; a tag leaves once its load starts. */
const LOADERS = new Map<string, () => Promise<unknown>>([
  ['news-card', () => import('./components/card/define.js')],
  ['news-article', () => import('./components/article/define.js')],
  ['news-trending', () => import('./components/trending/define.js')],
  ['news-list', () => import('./components/list/define.js')],
]);

const SELECTOR = [...LOADERS.keys()].join();

/**
 * Registers the widgets used in `root` (a document, element or shadow root). The document is
 * searched at start-up and watched afterwards; call this for widgets inside a shadow root of
 * your own, which the watch cannot see into.
 */
export function discover(root: ParentNode = document): void {
  for (const { localName: tag } of [root as Element, ...root.querySelectorAll(SELECTOR)]) {
    const load = LOADERS.get(tag);
    if (!load) continue;
    LOADERS.delete(tag);
    load().catch((error: unknown) => {
      LOADERS.set(tag, load); // the next widget of this kind tries again
      console.warn(`news-widgets: could not load <${tag}>.`, error);
    });
  }
}

/** Searches the page and watches it; nothing where there is no page (the module imported in Node). */
function start(): void {
  if (typeof document === 'undefined') return;
  discover();
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && discover(node));
  }).observe(document.documentElement, { childList: true, subtree: true });
}

start();
