// A tiny static server on 127.0.0.1 for the benchmark pages: the built pages from `root`, the
// sample feeds (with their images) under /feeds/, and the heavy feeds of ./heavy-feeds.mjs
// under /heavy/<name>.json. `?delay=ms` on a request holds the response back, like a slow feed.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { HEAVY_FEEDS } from './heavy-feeds.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};

/** A file under `dir`, or undefined for a path that leaves it or does not exist. */
async function fileIn(dir, path) {
  const file = normalize(join(dir, decodeURIComponent(path)));
  if (file !== dir && !file.startsWith(dir + sep)) return undefined;
  try {
    return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

/** Each heavy feed's text, built the first time it is asked for. */
const heavy = new Map();

/** A heavy feed by path (`/heavy/<name>.json`), or undefined. */
function heavyFeed(path) {
  const name = /^\/heavy\/([\w-]+)\.json$/.exec(path)?.[1];
  if (!name || !Object.hasOwn(HEAVY_FEEDS, name)) return undefined;
  if (!heavy.has(name)) heavy.set(name, Buffer.from(HEAVY_FEEDS[name].body()));
  return { body: heavy.get(name), type: TYPES['.json'] };
}

/**
 * Serves `root` at /, `feeds` at /feeds/, the heavy feeds, and `extra`'s cdn/ and round-trips/
 * folders under those paths; resolves to { origin, close }.
 */
export async function serve({ root, feeds, extra }) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 10_000);
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const file = path.startsWith('/feeds/')
      ? await fileIn(feeds, path.slice('/feeds/'.length))
      : path.startsWith('/heavy/')
        ? heavyFeed(path)
        : extra && /^\/(?:cdn|round-trips)\//.test(path)
          ? await fileIn(extra, path.slice(1))
          : await fileIn(root, path.slice(1));
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
