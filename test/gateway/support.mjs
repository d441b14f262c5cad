// Local upstream feed servers for the gateway tests: 127.0.0.1 only, no CORS headers, every
// request counted and its headers kept.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const fixture = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/**
 * Serves `routes` ({ '/path': { status?, type?, body?, headers?, delay?, hang? } or a function
 * of the request giving one }). Returns the origin, the requests seen, and close().
 */
export async function upstream(routes) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push({ url: req.url, headers: req.headers });
    const route = routes[new URL(req.url, 'http://x').pathname];
    const answer = typeof route === 'function' ? route(req) : route;
    if (!answer) return res.writeHead(404).end('not found');
    if (answer.hang) return;
    if (answer.delay) await new Promise((resolve) => setTimeout(resolve, answer.delay));
    res.writeHead(answer.status ?? 200, { 'content-type': answer.type ?? 'application/rss+xml', ...answer.headers });
    res.end(answer.body ?? '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A request to a gateway handler, as a page on `origin` would make it. */
export function ask(handler, feedUrl, headers = {}) {
  return handler(new Request(`https://gateway.test/feed?url=${encodeURIComponent(feedUrl)}`, { headers }));
}
