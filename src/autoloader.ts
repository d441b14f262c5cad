// The CDN entry (dist/cdn/news-widgets.js): registers each tag when the page first uses it,
// so a page with one <news-card> downloads the card and the code it shares, nothing more.

const LOADERS: Record<string, () => Promise<unknown>> = {
  'news-card': () => import('./components/card/define.js'),
  'news-article': () => import('./components/article/define.js'),
  'news-trending': () => import('./components/trending/define.js'),
};

const TAGS = Object.keys(LOADERS);
const SELECTOR = TAGS.join(',');
const started = new Set<string>();

function load(tag: string): void {
  if (started.has(tag)) return;
  started.add(tag);
  LOADERS[tag]!().catch((error: unknown) => {
    started.delete(tag);
    console.warn(`news-widgets: could not load <${tag}>.`, error);
  });
}

/**
 * Registers the widgets used in `root` (a document, element or shadow root). The document is
 * searched at start-up and watched afterwards; call this for widgets inside a shadow root of
 * your own, which the watch cannot see into.
 */
export function discover(root: ParentNode = document): void {
  if (root instanceof Element && TAGS.includes(root.localName)) load(root.localName);
  for (const element of root.querySelectorAll(SELECTOR)) load(element.localName);
}

discover();
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
