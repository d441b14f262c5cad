// The HTML sanitiser the gateway and server rendering use: the widgets' own (src/sanitize/html.ts,
// DOMPurify with the same allow-lists (sanitize/allowed.ts) and hooks) on a jsdom window where jsdom
// can be loaded, and elsewhere the same rules without a DOM (src/sanitize/markup.ts, on parse5).
//
// Why jsdom first: DOMPurify is only as safe as the DOM under it, and jsdom is the one server DOM
// DOMPurify supports and tests against. The light DOMs that run on edge runtimes do not hold:
// with linkedom (0.18) DOMPurify 3 reports `isSupported: false` and returns its input unchanged;
// domino has no DOMParser; DOMPurify's maintainers call happy-dom unsafe. So jsdom is an optional
// peer dependency, imported on first use by a name no bundler follows. Where it cannot be loaded
// (Cloudflare Workers, a Deno or Bun deployment without it) the DOM-free sanitiser runs the same
// rules on the tree the HTML standard's parser builds; the sanitize-parity tests (test/gateway/,
// test/security/) hold it to DOMPurify's output, body for body. A caller who wants another
// sanitiser passes it as the `sanitize` option.
import type { HtmlSanitizer } from './json-feed.js';
import { sanitizeMarkup } from '../sanitize/markup.js';
import type { ServerBodySanitizer } from '../sanitize/server-body.js';

let loading: Promise<HtmlSanitizer> | undefined;
let loadingBody: Promise<ServerBodySanitizer> | undefined;

/** The DOM-free sanitiser, in the shape of the one on jsdom. */
const withoutDom: ServerBodySanitizer = (html, baseUrl, images, headingLevel) =>
  sanitizeMarkup(html, baseUrl, { images, headingLevel });

/**
 * The widgets' sanitiser on a jsdom window, made once per process on first use (jsdom costs a
 * few hundred milliseconds to load), or the DOM-free one where jsdom cannot be loaded.
 */
export function serverSanitizer(): Promise<HtmlSanitizer> {
  return (loading ??= serverBodySanitizer().then((sanitize) => (html, baseUrl) => sanitize(html, baseUrl, true).html));
}

/**
 * The same, giving what an article needs to show a body (news-widgets/ssr): the body's HTML,
 * whether it was cut to its budget, and its images' URLs.
 */
export function serverBodySanitizer(): Promise<ServerBodySanitizer> {
  return (loadingBody ??= load().catch(() => withoutDom));
}

// A variable, not a literal: bundlers for edge runtimes (wrangler's esbuild, Vercel's) then
// leave jsdom out instead of failing on its Node-only imports.
const JSDOM_MODULE = 'jsdom';

async function load(): Promise<ServerBodySanitizer> {
  const { JSDOM } = (await import(/* @vite-ignore */ JSDOM_MODULE)) as typeof import('jsdom');
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  // The sanitiser builds DOMPurify from the global `window` when it is imported, and reads
  // the DOM's prototypes: lend it jsdom's for that moment only, so nothing else in the
  // process mistakes the server for a browser.
  const scope = globalThis as Record<string, unknown>;
  const lent = ['window', 'Node', 'Element', 'DocumentFragment'] as const;
  const previous = lent.map((name) => [name, name in scope, scope[name]] as const);
  for (const name of lent)
    scope[name] = name === 'window' ? window : (window as unknown as Record<string, unknown>)[name];
  let sanitizeBody: typeof import('../sanitize/html.js').sanitizeBody;
  try {
    ({ sanitizeBody } = await import('../sanitize/html.js'));
  } finally {
    for (const [name, had, value] of previous) {
      if (had) scope[name] = value;
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the globals lent while importing
      else delete scope[name];
    }
  }
  const holder = window.document.createElement('div');
  const sanitize: ServerBodySanitizer = (html, baseUrl, images, headingLevel) => {
    const { body, truncated } = sanitizeBody(html, baseUrl, { images, headingLevel });
    holder.replaceChildren(body);
    const out = {
      html: holder.innerHTML,
      truncated,
      images: [...holder.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? ''),
      media: [...holder.querySelectorAll('video, audio')].map((media) => media.getAttribute('src') ?? ''),
    };
    holder.replaceChildren();
    return out;
  };
  // Fail closed: a DOM under which DOMPurify gives its input back is no sanitiser.
  const probe = sanitize('<img src="https://a.example/i.png" onerror="x()"><script>x()</script>', undefined, true);
  if (/onerror|<script/i.test(probe.html)) {
    throw new Error('DOMPurify does not sanitise on this DOM.');
  }
  return sanitize;
}

/** Which sanitiser runs here: DOMPurify on jsdom (`'jsdom'`), or the rules without a DOM (`'parse5'`). */
export async function serverSanitizerKind(): Promise<'jsdom' | 'parse5'> {
  return (await serverBodySanitizer()) === withoutDom ? 'parse5' : 'jsdom';
}
