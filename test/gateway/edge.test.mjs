// The gateway's recipes run under the real runtimes, installed from the npm registry by
// `npm run test:edge` (about 340 MB, so not by npm ci): Cloudflare's workerd (the Workers runtime, examples/gateway/cloudflare-worker
// bundled as wrangler would), Deno (examples/gateway/deno) and Bun (examples/gateway/bun), each
// in front of a local feed server on 127.0.0.1. A runtime whose binary is missing (not
// installed, or another platform) is skipped with a message saying so.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { fixture, root, upstream } from './support.mjs';

const RSS = fixture('public/feeds/world.rss.xml');
const HOSTILE_RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
<item><guid>a</guid><title>A</title><link>https://example.org/a</link>
<content:encoded><![CDATA[<p onclick="steal()">Hi <img src="x.png" onerror="steal()"><script>steal()</script><a href="javascript:steal()">there</a></p><p>Second</p>]]></content:encoded></item>
</channel></rss>`;

const binary = (name) => join(root, 'node_modules/.bin', name);
const missing = (name) => (existsSync(binary(name)) ? false : `${name} is not installed (npm run test:edge installs the edge runtimes, about 340 MB, and runs this file; skipped here)`);

let feeds;
let scratch;
const children = [];
before(async () => {
  feeds = await upstream({
    '/world.rss': { body: RSS },
    '/hostile.rss': { body: HOSTILE_RSS },
    '/slow.rss': { body: RSS, delay: 300 },
  });
  scratch = mkdtempSync(join(tmpdir(), 'news-widgets-edge-'));
});
after(async () => {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null)));
  await feeds?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A free port on 127.0.0.1 (for workerd, whose sockets are written in its config). */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts a runtime; resolves with the origin it serves on, read from its output by `ready`
 * (a regular expression whose first group is the origin) or polled at `origin`.
 */
async function start(command, args, { env = {}, ready, origin } = {}) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  const exited = new Promise((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${command} exited (${code}) before serving:\n${output}`))),
  );
  const seen = new Promise((resolve) => {
    const read = (chunk) => {
      output += chunk;
      const match = ready && ready.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
  });
  const polled = async () => {
    for (let i = 0; i < 200; i++) {
      try {
        await fetch(origin);
        return origin;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`${command} did not answer at ${origin}:\n${output}`);
  };
  return Promise.race([ready ? seen : polled(), exited]);
}

/**
 * Runs, under a runtime, a gateway whose lookup answers 127.0.0.1 for feeds.test (a name no DNS
 * knows): the feed is read only if the connection goes to the looked-up address (DNS pinning).
 */
async function pinnedUnder(command, args = []) {
  const script = join(scratch, 'pinned.mjs');
  writeFileSync(
    script,
    `import { createGateway } from ${JSON.stringify(join(root, 'dist/gateway/index.js'))};
const asked = [];
const gateway = createGateway({ allow: ['feeds.test'], allowPrivate: true, lookup: async (host) => (asked.push(host), [{ address: '127.0.0.1', family: 4 }]) });
const response = await gateway(new Request('https://gateway.test/feed?url=' + encodeURIComponent(${JSON.stringify(`http://feeds.test:${new URL(feeds.origin).port}/world.rss`)})));
console.log(JSON.stringify({ status: response.status, items: (await response.json()).items?.length, asked }));
`,
  );
  const { stdout } = await promisify(execFile)(command, [...args, script], { cwd: root, env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' } });
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

const feedUrl = (gateway, url) => `${gateway}/feed?url=${encodeURIComponent(url)}`;
const hits = (path) => feeds.requests.filter((r) => r.url === path).length;

/** What every recipe must do with a local RSS feed that has no CORS header. */
async function servesRss(gateway, { encoding, decode }) {
  const response = await fetch(feedUrl(gateway, `${feeds.origin}/world.rss`), {
    headers: { origin: 'https://news.example', 'accept-encoding': encoding },
  });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^application\/feed\+json/);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  assert.match(response.headers.get('cache-control'), /^public, max-age=\d+, stale-while-revalidate=300/);
  assert.equal(response.headers.get('vary'), 'Origin, Accept-Encoding');
  const etag = response.headers.get('etag');
  assert.match(etag, /^"[\w-]{20,}"$/);
  const feed = await response.json();
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(feed.items.length, 7);
  assert.equal(feed.items[0].title, "Putin Heads to Pyongyang to Deepen a 'Brothers-in-Arms' Alliance Under Western Watch");
  const again = await fetch(feedUrl(gateway, `${feeds.origin}/world.rss`), { headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
  // Compressed once by the gateway (not twice by the platform): the bytes decode to the feed.
  const raw = await rawGet(feedUrl(gateway, `${feeds.origin}/world.rss`), { 'accept-encoding': encoding });
  assert.equal(raw.headers['content-encoding'], encoding);
  assert.deepEqual(JSON.parse(decode(raw.body)), feed);
  return feed;
}

/** A GET whose body is not decoded (Node's fetch would undo the content encoding). */
async function rawGet(url, headers) {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

async function refusesDisallowedHost(gateway) {
  const response = await fetch(feedUrl(gateway, 'https://not-allowed.example/feed.rss'));
  assert.equal(response.status, 403);
  assert.equal((await response.json()).error.kind, 'forbidden');
}

describe('Node (examples/gateway/node/gateway.mjs, what the Dockerfile runs)', () => {
  let local;
  before(async () => {
    local = await start(process.execPath, ['examples/gateway/node/gateway.mjs'], {
      env: { ALLOW_HOSTS: '127.0.0.1', PORT: '0', HOST: '127.0.0.1' },
      ready: /gateway on (http:\/\/127\.0\.0\.1:\d+)\/feed/,
    });
  });

  test('refuses a local feed (no allow-private in the recipe) and other hosts', async () => {
    await refusesDisallowedHost(local);
    const response = await fetch(feedUrl(local, 'https://127.0.0.1/world.rss'));
    assert.equal(response.status, 403);
    assert.match((await response.json()).error.message, /private or local address/);
  });
});

describe('Cloudflare Workers (workerd)', { skip: missing('workerd') }, () => {
  let local;
  let strict;
  before(async () => {
    // Bundled as wrangler bundles a Worker: esbuild, the workerd/worker conditions, the
    // package resolved by its own name (news-widgets/gateway → dist/gateway/index.js).
    await build({
      entryPoints: [join(root, 'examples/gateway/cloudflare-worker/worker.js')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      conditions: ['workerd', 'worker', 'browser'],
      mainFields: ['module', 'main'],
      external: ['node:*'],
      outfile: join(scratch, 'worker.js'),
      logLevel: 'error',
    });
    const [localPort, strictPort] = [await freePort(), await freePort()];
    // As examples/gateway/cloudflare-worker/wrangler.toml: its compatibility date and flags.
    // Two Workers: one that may reach the local feed server (allowPrivate, a network that
    // allows loopback: for the test only), and one as deployed (workerd's default network,
    // which like Cloudflare's does not reach local or private addresses).
    writeFileSync(
      join(scratch, 'config.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "local", worker = .localWorker),
    (name = "strict", worker = .strictWorker),
    (name = "loopback", network = (allow = ["public", "local", "private"])),
  ],
  sockets = [
    (name = "local", address = "127.0.0.1:${localPort}", http = (), service = "local"),
    (name = "strict", address = "127.0.0.1:${strictPort}", http = (), service = "strict"),
  ],
);
const localWorker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2026-04-01",
  compatibilityFlags = ["nodejs_compat"],
  bindings = [(name = "ALLOW_HOSTS", text = "127.0.0.1"), (name = "ALLOW_PRIVATE", text = "true")],
  globalOutbound = "loopback",
);
const strictWorker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2026-04-01",
  compatibilityFlags = ["nodejs_compat"],
  bindings = [(name = "ALLOW_HOSTS", text = "localhost,127.0.0.1")],
);
`,
    );
    local = `http://127.0.0.1:${localPort}`;
    strict = `http://127.0.0.1:${strictPort}`;
    await start(binary('workerd'), ['serve', join(scratch, 'config.capnp')], { origin: local });
  });

  test('the Worker serves an RSS feed as JSON Feed with CORS, an ETag, 304 and brotli', async () => {
    const feed = await servesRss(local, { encoding: 'br', decode: brotliDecompressSync });
    // No DOM DOMPurify can trust runs on Workers: the same rules without a DOM (parse5) sanitise.
    assert.match(feed.items[0].content_html, /^<h2>A rare trip that tightens the Moscow–Pyongyang axis<\/h2><p>Vladimir Putin/);
  });

  test('a hostile body comes out sanitised by the same rules, with nothing that runs', async () => {
    const feed = await (await fetch(feedUrl(local, `${feeds.origin}/hostile.rss`))).json();
    assert.equal(
      feed.items[0].content_html,
      `<p>Hi <img src="https://example.org/x.png" loading="lazy" decoding="async" alt=""><a>there</a></p><p>Second</p>`,
    );
  });

  test('concurrent requests for one feed share one upstream fetch', async () => {
    const before = hits('/slow.rss');
    const answers = await Promise.all(Array.from({ length: 50 }, () => fetch(feedUrl(local, `${feeds.origin}/slow.rss`))));
    assert.ok(answers.every((r) => r.status === 200));
    await Promise.all(answers.map((r) => r.arrayBuffer()));
    assert.equal(hits('/slow.rss') - before, 1);
  });

  test('as deployed: other hosts, private IP literals and local names are refused', async () => {
    await refusesDisallowedHost(strict);
    const literal = await fetch(feedUrl(strict, 'https://127.0.0.1/feed.rss'));
    assert.equal(literal.status, 403);
    assert.match((await literal.json()).error.message, /private or local address/);
    // No lookup on Workers: the platform itself does not connect to a local address.
    const before = feeds.requests.length;
    const named = await fetch(feedUrl(strict, 'https://localhost/feed.rss'));
    assert.equal(named.status, 502);
    assert.equal((await named.json()).error.kind, 'network');
    assert.equal(feeds.requests.length, before);
  });
});

describe('Deno', { skip: missing('deno') }, () => {
  test('the connection goes to the address the private-address check looked at', async () => {
    const args = ['run', '--config', join(scratch, 'deno.json'), '--cached-only', '--allow-net', '--allow-env', '--allow-read', '--allow-sys'];
    assert.deepEqual(await pinnedUnder(binary('deno'), args), { status: 200, items: 7, asked: ['feeds.test'] });
  });

  let local;
  let strict;
  before(async () => {
    // The example's import map names the published package; here it points at this build.
    writeFileSync(
      join(scratch, 'deno.json'),
      JSON.stringify({ imports: { 'news-widgets/gateway': `file://${join(root, 'dist/gateway/index.js')}` }, nodeModulesDir: 'manual' }),
    );
    const deno = (env) =>
      start(
        binary('deno'),
        ['run', '--config', join(scratch, 'deno.json'), '--cached-only', '--allow-net', '--allow-env', '--allow-read', '--allow-sys', 'examples/gateway/deno/main.ts'],
        { env: { DENO_DIR: join(scratch, 'deno-dir'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1', PORT: '0', ...env }, ready: /Listening on (http:\/\/127\.0\.0\.1:\d+)/ },
      );
    local = await deno({ ALLOW_HOSTS: '127.0.0.1', ALLOW_PRIVATE: 'true' });
    strict = await deno({ ALLOW_HOSTS: 'localhost' });
  });

  test('serves an RSS feed as JSON Feed with CORS, an ETag, 304 and gzip', async () => {
    const feed = await servesRss(local, { encoding: 'gzip', decode: gunzipSync });
    // jsdom loads under Deno (from node_modules here): bodies stay HTML, sanitised.
    assert.match(feed.items[0].content_html, /^<h2>A rare trip/);
  });

  test('a hostile body is sanitised by the widgets’ policy', async () => {
    const html = (await (await fetch(feedUrl(local, `${feeds.origin}/hostile.rss`))).json()).items[0].content_html;
    assert.doesNotMatch(html, /script|onclick|onerror|javascript:/i);
    assert.match(html, /<p>Hi <img src="http:\/\/127\.0\.0\.1:\d+\/x\.png"/);
  });

  test('a host that resolves to 127.0.0.1 is refused (node:dns under Deno), and other hosts too', async () => {
    await refusesDisallowedHost(strict);
    const response = await fetch(feedUrl(strict, 'https://localhost/feed.rss'));
    assert.equal(response.status, 403);
    assert.match((await response.json()).error.message, /localhost resolves to a private or local address/);
  });
});

describe('Bun', { skip: missing('bun') }, () => {
  test('the connection goes to the address the private-address check looked at', async () => {
    assert.deepEqual(await pinnedUnder(binary('bun')), { status: 200, items: 7, asked: ['feeds.test'] });
  });

  let local;
  let strict;
  before(async () => {
    const bun = (env) =>
      start(binary('bun'), ['examples/gateway/bun/server.js'], {
        env: { PORT: '0', ...env },
        ready: /gateway on (http:\/\/127\.0\.0\.1:\d+)\/feed/,
      });
    local = await bun({ ALLOW_HOSTS: '127.0.0.1', ALLOW_PRIVATE: 'true' });
    strict = await bun({ ALLOW_HOSTS: 'localhost' });
  });

  test('serves an RSS feed as JSON Feed with CORS, an ETag, 304 and brotli', async () => {
    const feed = await servesRss(local, { encoding: 'br', decode: brotliDecompressSync });
    assert.match(feed.items[0].content_html, /^<h2>A rare trip/);
  });

  test('a hostile body is sanitised by the widgets’ policy', async () => {
    const html = (await (await fetch(feedUrl(local, `${feeds.origin}/hostile.rss`))).json()).items[0].content_html;
    assert.doesNotMatch(html, /script|onclick|onerror|javascript:/i);
    assert.match(html, /<p>Hi <img src="http:\/\/127\.0\.0\.1:\d+\/x\.png"/);
  });

  test('a host that resolves to 127.0.0.1 is refused (node:dns under Bun), and other hosts too', async () => {
    await refusesDisallowedHost(strict);
    const response = await fetch(feedUrl(strict, 'https://localhost/feed.rss'));
    assert.equal(response.status, 403);
    assert.match((await response.json()).error.message, /localhost resolves to a private or local address/);
  });
});
