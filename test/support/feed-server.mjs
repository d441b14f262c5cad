// Routes under /feeds-test/ that misbehave the ways real feed servers do. They have no file
// extension: the test runner's server gives every path with one a year-long max-age, so the
// browser would cache even a 503.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const world = fileURLToPath(new URL('../fixtures/world.json', import.meta.url));

/** The picture every remote image gets in tests: no test reaches the network. */
const PLACEHOLDER = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360"><rect width="640" height="360" fill="#8a9bb0"/><circle cx="470" cy="110" r="50" fill="#d9e1ea"/><path d="M0 360 200 170 330 290 420 220 640 360Z" fill="#5d6f86"/></svg>`;

const isLocalHost = (hostname) => ['localhost', '127.0.0.1', '[::1]'].includes(hostname.toLowerCase());

/**
 * Every remote http(s) URL of a feed body pointed at /feeds-test/remote/<scheme>/<host>/… on this
 * server (the path kept, so relative URLs still resolve and no two URLs become one), the same in
 * every engine: no test reaches the network, and every engine shows the same pictures. Namespace
 * URIs and JSON Feed's version URL are names, not addresses, and stay. JSON's `\/` is kept.
 */
export function localiseRemoteUrls(body, origin) {
  const host = new URL(origin).host;
  return body.replace(
    /(xmlns(?::[\w.-]+)?\s*=\s*["']|"version"\s*:\s*")?\b(https?):(\\?\/)\\?\/([\w.-]+)(:\d+)?/gi,
    (match, name, scheme, slash, hostname, port = '') =>
      name || isLocalHost(hostname) ? match : ['http:', '', host, 'feeds-test', 'remote', scheme, hostname + port].join(slash),
  );
}
const realDir = new URL('../fixtures/real/', import.meta.url);

/** Real publishers' feeds (test/fixtures/real/index.json), each with the content type its server sends. */
async function realFeeds() {
  return JSON.parse(await readFile(new URL('index.json', realDir), 'utf8'));
}

const isImageRequest = (context) => context.get('sec-fetch-dest') === 'image' || /^image\//.test(context.get('accept'));

function answerPlaceholder(context) {
  context.status = 200;
  context.set('cache-control', 'no-store');
  context.type = 'image/svg+xml';
  context.body = PLACEHOLDER;
}

export function feedServer() {
  return async (context, next) => {
    const url = new URL(context.url, 'http://localhost');
    if (!url.pathname.startsWith('/feeds-test/')) {
      await next();
      // A publisher's relative picture (a real feed's `src="/assets/…"`) resolves against this
      // server: outside its own trees, a missing image is the placeholder, as a remote one is.
      if (context.status === 404 && isImageRequest(context) && !/^\/(?:test|src|node_modules|__[\w-]+)\//.test(url.pathname)) {
        answerPlaceholder(context);
      }
      return;
    }
    // No preflight is answered, as on most feed hosts: a feed request must be a simple one.
    if (context.method === 'OPTIONS') {
      context.status = 405;
      return;
    }
    // /feeds-test/real/<file>: a real feed as its publisher serves it, readable from any origin;
    // with ?remote=local, its remote URLs point at /feeds-test/remote/ (below).
    const real = /^\/feeds-test\/real\/([\w.-]+)$/.exec(url.pathname)?.[1];
    if (real) {
      const entry = (await realFeeds()).find((feed) => feed.file === real);
      if (!entry) return next();
      context.set('cache-control', 'no-store');
      context.set('access-control-allow-origin', '*');
      context.type = url.searchParams.get('type') ?? entry.contentType;
      // Bytes as stored (some feeds are in ISO-8859-1 or windows-1251): read and written as
      // Latin-1, which keeps every byte, and the URLs rewritten are ASCII in any encoding.
      const body = (await readFile(new URL(real, realDir))).toString('latin1');
      const served = url.searchParams.get('remote') === 'local' ? localiseRemoteUrls(body, context.origin) : body;
      context.body = Buffer.from(served, 'latin1');
      return;
    }
    // /feeds-test/remote/<scheme>/<host>/<path>: what a remote URL made local answers, the same in
    // every engine: the placeholder picture for an image, nothing otherwise.
    if (url.pathname.startsWith('/feeds-test/remote/')) {
      // A picture by its headers, or by its name (an image request with neither an image Accept
      // nor Sec-Fetch-Dest is still a picture).
      if (isImageRequest(context) || /\.(?:png|jpe?g|gif|webp|avif|svg)$/i.test(url.pathname)) return answerPlaceholder(context);
      context.status = 502;
      context.body = 'Tests do not reach remote hosts';
      return;
    }
    // /feeds-test/<route> or /feeds-test/<route>/<param>
    const [route, param] = /^([^/.]+)(?:\/([^/.]+))?$/.exec(url.pathname.slice('/feeds-test/'.length))?.slice(1) ?? [];
    context.set('cache-control', 'no-store');
    // The sample feed, with its relative image paths made absolute for these other paths.
    const body = (await readFile(world, 'utf8')).replaceAll('"images/', '"/test/fixtures/images/');
    switch (route) {
      case 'bom':
        context.type = 'application/feed+json';
        context.body = `\uFEFF${body}`;
        return;
      case 'text-plain':
        context.type = 'text/plain';
        context.body = body;
        return;
      case 'html':
        context.status = 200;
        context.type = 'text/html';
        context.body = '<!doctype html><title>Not here</title><h1>Page not found</h1>';
        return;
      case 'sitemap':
        // Well-formed XML, but not a feed.
        context.type = 'application/xml';
        context.body =
          '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/</loc></url></urlset>';
        return;
      case 'broken-xml':
        context.type = 'application/rss+xml';
        context.body = '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut short</title><item><title>One';
        return;
      case 'no-cors':
      case 'cors':
        // Read from another origin (127.0.0.1 for a page on localhost): only `cors` says it may be.
        if (route === 'cors') context.set('access-control-allow-origin', '*');
        context.type = 'application/feed+json';
        context.body = body;
        return;
      case 'untidy':
        // A feed that needs repairs: an item without an id.
        context.type = 'application/feed+json';
        context.body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ title: 'No id', url: 'https://news.example/1' }] });
        return;
      case 'bare-xml':
        // XML whose first characters do not say so (no declaration, not a feed's root): only the
        // content type does.
        context.type = 'application/xml';
        context.body = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/</loc></url></urlset>';
        return;
      case 'redirect':
        // The sample feed, moved: its relative URLs resolve against where it ends up.
        context.redirect('/test/fixtures/world.json');
        return;
      case 'truncated':
        context.type = 'application/json';
        context.body = body.slice(0, body.length / 2);
        return;
      case 'not-a-feed':
        context.type = 'application/json';
        context.body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: 'none' });
        return;
      case 'empty':
        context.type = 'application/feed+json';
        context.body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Empty', items: [] });
        return;
      case 'sized': {
        // /feeds-test/sized/<kilo-characters>-<key>: the sample feed padded to about that many
        // thousand characters (1,024 each), with an unknown field the widgets ignore.
        const kilo = Math.min(Number(param?.split('-')[0]) || 1, 5_000);
        context.type = 'application/feed+json';
        context.body = `${body.trimEnd().slice(0, -1)}, "_padding": "${'x'.repeat(Math.max(0, kilo * 1024 - body.length))}"}`;
        return;
      }
      case 'over-limit': {
        // Just over the widgets' default limit of 5 MiB, streamed without a Content-Length
        // (`stream`) or with one: valid JSON, so only the limit can refuse it.
        const size = 5 * 1024 * 1024 + 1024;
        const padding = 'x'.repeat(64 * 1024);
        const chunks = ['{"items":[],"padding":"'];
        for (let n = chunks[0].length; n < size; n += padding.length) chunks.push(padding);
        chunks.push('"}');
        context.type = 'application/json';
        if (param === 'stream') {
          const { Readable } = await import('node:stream');
          context.body = Readable.from(chunks);
        } else {
          context.body = chunks.join('');
        }
        return;
      }
      case 'under-limit': {
        // A valid feed just under 5 MiB: the default limit lets it through.
        const size = 5 * 1024 * 1024 - 64 * 1024;
        context.type = 'application/feed+json';
        context.body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'a', title: 'Big', summary: 's'.repeat(size - 200) }] });
        return;
      }
      case 'large':
        context.type = 'application/json';
        context.body = `{"items":[],"padding":"${'x'.repeat(64 * 1024)}"}`;
        return;
      case 'slow': {
        const ms = Math.min(Number(param ?? 300), 5000);
        await new Promise((resolve) => setTimeout(resolve, ms));
        context.type = 'application/feed+json';
        context.body = body;
        return;
      }
      case 'flaky': {
        // Fails the first time a given key is asked for, then succeeds.
        const key = param ?? '';
            if (!flaky.has(key)) {
          flaky.add(key);
          context.status = 503;
          context.body = 'Service Unavailable';
          return;
        }
        context.type = 'application/feed+json';
        context.body = body;
        return;
      }
      case 'growing': {
        // Each request for a key has one more item than the last, newest first.
        const count = (growing.get(param) ?? 0) + 1;
        growing.set(param, count);
        context.type = 'application/feed+json';
        context.body = JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          items: Array.from({ length: count }, (_, i) => ({
            id: `story-${count - i}`,
            title: `Story ${count - i}`,
            url: `https://news.example/${count - i}`,
            _news: { trending_rank: i + 1 },
          })),
        });
        return;
      }
      case 'down': {
        // Serves the feed until /feeds-test/down-switch/<key> is requested, then fails.
        if (down.has(param)) {
          context.status = 502;
          context.body = 'Bad Gateway';
          return;
        }
        context.type = 'application/feed+json';
        context.body = body;
        return;
      }
      case 'many-values':
        // A million tags on one story: 3.8 MB, under the size limit, and a million values to parse.
        context.type = 'application/feed+json';
        context.body = `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"heavy","title":"Heavy story","tags":[${'"a",'.repeat(999_999)}"a"]}]}`;
        return;
      case 'counted': {
        // /feeds-test/counted/<key>: the feed, each request's Accept header noted for
        // /feeds-test/count/<key>, which answers { requests, accept: [...] }.
        const seen = counted.get(param) ?? [];
        counted.set(param, [...seen, context.get('accept')]);
        context.type = 'application/feed+json';
        context.body = body;
        return;
      }
      case 'count': {
        const accept = counted.get(param) ?? [];
        context.type = 'application/json';
        context.body = JSON.stringify({ requests: accept.length, accept });
        return;
      }
      case 'down-switch':
        down.add(param);
        context.body = 'ok';
        return;
      default: {
        const status = route === 'status' ? Number(param) : 0;
        if (status >= 400) {
          context.status = status;
          context.body = `Error ${status}`;
          return;
        }
        return next();
      }
    }
  };
}

const flaky = new Set();
const counted = new Map();
const growing = new Map();
const down = new Set();
