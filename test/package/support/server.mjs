// A small static server on 127.0.0.1 for the package tests: the built dist/, the test
// fixtures and the examples, as a CDN or a publisher would serve them.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/feed+json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `mounts` ({ '/url/prefix/': 'dir' }, dir absolute or relative to the repository) and
 * nothing else. Returns the origin and a close function.
 */
export async function serve(mounts) {
  const entries = Object.entries(mounts).sort(([a], [b]) => b.length - a.length);
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://127.0.0.1');
    // Browsers ask for one unprompted; an empty answer keeps 404s out of the console checks.
    if (pathname === '/favicon.ico') return response.writeHead(204).end();
    const mount = entries.find(([prefix]) => pathname.startsWith(prefix));
    if (!mount) return notFound(response);
    const [prefix, dir] = mount;
    const base = resolve(root, dir);
    let file = normalize(join(base, decodeURIComponent(pathname.slice(prefix.length))));
    if (file !== base && !file.startsWith(base + sep)) return notFound(response);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      notFound(response);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function notFound(response) {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('Not found');
}
