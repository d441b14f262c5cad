// The CDN entry (dist/cdn/news-widgets.js): registers each tag when the page first uses it,
// so a page with one <news-card> downloads the card and the code it shares, nothing more.
// Everything that page needs is asked for at once, the moment a widget is found: the tag's
// code with the chunks it imports, the words of the widget's language, the sanitiser for an
// article, and the widget's feed. Found one module at a time, each would cost a round trip.
import type { EarlyRequests } from './data/early-requests.js';

// The same as src/data/early-requests.ts's (test/components/autoloader.test.ts checks): this
// file imports no code, or the page would wait for one more file before it could start.
const FEED_ACCEPT =
  'application/feed+json,application/json,application/rss+xml,application/atom+xml,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.1';
const EARLY_REQUESTS_KEY = 'news-widgets.early-requests';

/** The tags not yet asked for, and how to load each; a tag leaves once its load starts. */
const LOADERS = new Map<string, () => Promise<unknown>>([
  ['news-card', () => import('./components/card/define.js')],
  ['news-article', () => import('./components/article/define.js')],
  ['news-trending', () => import('./components/trending/define.js')],
  ['news-list', () => import('./components/list/define.js')],
]);

const TAGS = [...LOADERS.keys()];
const SELECTOR = TAGS.join();

// The CDN build's files beside this one that each tag, each language and the article body's
// sanitiser need (`news-card`, `fr`, `sanitiser`): names without `.js`, space-separated. Written
// into this file by the build (vite.config.ts, `chunkMap`), which alone knows the chunks' names;
// from source (the demo, the tests) there is none, and modules load as they are found.
const CHUNK_MAP = 'news-widgets:chunk-map';
const CHUNKS = (CHUNK_MAP.startsWith('{') ? JSON.parse(CHUNK_MAP) : {}) as Record<string, string | undefined>;

/** Files asked for already. */
const fetched = new Set<string>();

/** Fetches and runs the chunks `key` needs; a failure is reported by the import that needs them. */
function preload(key: string): void {
  const files = Object.hasOwn(CHUNKS, key) ? (CHUNKS[key]?.split(' ') ?? []) : [];
  for (const name of files) {
    const file = `${name}.js`;
    if (fetched.has(file)) continue;
    fetched.add(file);
    import(/* @vite-ignore */ new URL(file, import.meta.url).href).catch(() => undefined);
  }
}

/**
 * Starts the request for a widget's feed, for the widget to take over when its code has loaded
 * (src/data/early-requests.ts); not for a lazy widget, which may never need it, nor for one a
 * server rendered, which came with its feed.
 */
function requestFeed(element: Element): void {
  const src = element.getAttribute('src')?.trim();
  if (!src || element.getAttribute('loading') === 'lazy') return;
  // Rendered by a server, with its feed in the page: nothing to fetch.
  if (element.shadowRoot || element.querySelector(':scope>[data-news-feed]')) return;
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return; // the widget reports it
  }
  if (!/^https?:$/.test(url.protocol)) return;
  const holder = globalThis as unknown as Record<symbol, EarlyRequests | undefined>;
  const requests = (holder[Symbol.for(EARLY_REQUESTS_KEY)] ??= new Map());
  if (requests.has(url.href)) return;
  const abort = new AbortController();
  const response = fetch(url.href, { headers: { accept: FEED_ACCEPT }, signal: abort.signal });
  response.catch(() => undefined); // the widget that takes it over reports a failure
  requests.set(url.href, { response, abort, accept: FEED_ACCEPT });
}

/**
 * The primary language a widget will speak, as far as the page says before its feed arrives
 * (a language subtag: never the name of a tag or of the sanitiser).
 */
function languageOf(element: Element): string {
  const tag = element.getAttribute('locale') ?? element.closest('[lang]')?.getAttribute('lang') ?? '';
  return /^[a-z]{2,3}(?=$|[-_])/i.exec(tag)?.[0].toLowerCase() ?? '';
}

/**
 * Registers the widgets used in `root` (a document, element or shadow root). The document is
 * searched at start-up and watched afterwards; call this for widgets inside a shadow root of
 * your own, which the watch cannot see into.
 */
export function discover(root: ParentNode = document): void {
  const found = [...root.querySelectorAll(SELECTOR)];
  if (root instanceof Element && TAGS.includes(root.localName)) found.unshift(root);
  for (const element of found) {
    const tag = element.localName;
    // A widget defined already starts its own request as it connects.
    if (!customElements.get(tag)) requestFeed(element);
    preload(languageOf(element));
    const load = LOADERS.get(tag);
    if (!load) continue;
    LOADERS.delete(tag);
    preload(tag);
    if (tag === 'news-article') preload('sanitiser');
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
