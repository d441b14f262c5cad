// The gateway's fetch handler under Node's own Request and Response: what it answers, what it
// refuses, and how it shares and keeps upstream fetches.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync, brotliDecompressSync } from 'node:zlib';
import { createGateway, isPrivateAddress } from '../../dist/gateway/index.js';
import { ask, fixture, upstream } from './support.mjs';

const RSS = fixture('public/feeds/world.rss.xml');
const JSON_FEED = fixture('public/feeds/world.json');
const HOSTILE_RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
<item><guid>a</guid><title>A</title><link>https://example.org/a</link>
<content:encoded><![CDATA[<p onclick="steal()">Hi <img src="x.png" onerror="steal()"><script>steal()</script><a href="javascript:steal()">x</a></p>]]></content:encoded></item>
</channel></rss>`;

/** The sample feed with a next page at `next` (relative to the feed, or absolute). */
const paged = (next) => JSON.stringify({ ...JSON.parse(JSON_FEED), next_url: next });

let server;
before(async () => {
  server = await upstream({
    '/world.rss': { body: RSS },
    '/world.json': { type: 'application/json', body: JSON_FEED },
    '/slow.rss': { body: RSS, delay: 150 },
    '/hostile.rss': { body: HOSTILE_RSS },
    '/broken': { status: 500, body: 'oops' },
    '/hang': { hang: true },
    '/big': { body: `<rss><channel>${'<item><title>x</title></item>'.repeat(200)}</channel></rss>` },
    '/html': { type: 'text/html', body: '<!doctype html><html><body>Not a feed</body></html>' },
    '/not-xml': { body: '<rss><channel><item></rss>' },
    '/to-elsewhere': { status: 302, headers: { location: 'https://elsewhere.example/feed.rss' } },
    '/to-world': { status: 301, headers: { location: '/world.rss' } },
    // A feed in pages (JSON Feed's next_url): the next page on the same server, or elsewhere.
    '/paged.json': { type: 'application/json', body: paged('/page-2.json') },
    '/paged-away.json': { type: 'application/json', body: paged('https://elsewhere.example/page-2.json') },
  });
});
after(() => server.close());

const local = (options = {}) => createGateway({ allow: ['127.0.0.1'], allowPrivate: true, ...options });
const hits = (path) => server.requests.filter((r) => r.url === path).length;

describe('a feed without CORS, through the gateway', () => {
  test('RSS comes back as JSON Feed 1.1 with CORS, caching headers and a strong ETag', async () => {
    const response = await ask(local(), `${server.origin}/world.rss`, { origin: 'https://news.example' });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/feed\+json/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300, stale-while-revalidate=300, stale-if-error=86400');
    assert.match(response.headers.get('etag'), /^"[\w-]{20,}"$/);
    assert.equal(response.headers.get('vary'), 'Origin, Accept-Encoding');
    const feed = await response.json();
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.items.length, 7);
    assert.equal(feed.items[0].id, 'putin-north-korea-visit');
    assert.match(feed.items[0].date_published, /^2024-06-17T09:30:00\.000Z$/);
  });

  test('a JSON Feed keeps its _news extension', async () => {
    const feed = await (await ask(local(), `${server.origin}/world.json`)).json();
    const source = JSON.parse(JSON_FEED);
    assert.equal(feed.items.length, source.items.length);
    const withPoints = source.items.find((item) => item._news?.key_points?.length);
    const out = feed.items.find((item) => item.id === withPoints.id);
    assert.deepEqual(out._news.key_points, withPoints._news.key_points);
  });

  test('a feed in pages names its next page through the gateway, and only a page the gateway would serve', async () => {
    const feed = await (await ask(local(), `${server.origin}/paged.json`)).json();
    // Relative: it resolves against the address the widget reached the gateway at.
    assert.equal(feed.next_url, `?url=${encodeURIComponent(`${server.origin}/page-2.json`)}`);
    const gatewayUrl = `https://gateway.example/feed?url=${encodeURIComponent(`${server.origin}/paged.json`)}`;
    assert.equal(new URL(feed.next_url, gatewayUrl).searchParams.get('url'), `${server.origin}/page-2.json`);
    const away = await (await ask(local(), `${server.origin}/paged-away.json`)).json();
    assert.equal(away.next_url, undefined, 'a next page on a host not allowed is left out');
  });

  test('HTML bodies are sanitised with the widgets’ policy', async () => {
    const feed = await (await ask(local(), `${server.origin}/hostile.rss`)).json();
    const html = feed.items[0].content_html;
    assert.doesNotMatch(html, /script|onclick|onerror|javascript:/i);
    assert.match(html, /<img src="https:\/\/example\.org\/x\.png"/, "relative image resolved against the story's address");
    assert.match(html, /<p>Hi /);
  });

  test('If-None-Match with the ETag gets a 304 and no body', async () => {
    const gateway = local();
    const first = await ask(gateway, `${server.origin}/world.rss`);
    const etag = first.headers.get('etag');
    const second = await ask(gateway, `${server.origin}/world.rss`, { 'if-none-match': etag });
    assert.equal(second.status, 304);
    assert.equal(second.headers.get('etag'), etag);
    assert.equal(await second.text(), '');
    const other = await ask(gateway, `${server.origin}/world.rss`, { 'if-none-match': '"something-else"' });
    assert.equal(other.status, 200);
  });

  test('gzip and brotli when asked, the same JSON inside', async () => {
    const gateway = local();
    const plain = await (await ask(gateway, `${server.origin}/world.rss`)).text();
    const gz = await ask(gateway, `${server.origin}/world.rss`, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.equal(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString(), plain);
    const br = await ask(gateway, `${server.origin}/world.rss`, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.equal(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString(), plain);
  });

  test('only the listed page origins get a CORS header', async () => {
    const gateway = local({ origins: ['https://mine.example'] });
    const mine = await ask(gateway, `${server.origin}/world.rss`, { origin: 'https://mine.example' });
    assert.equal(mine.headers.get('access-control-allow-origin'), 'https://mine.example');
    const theirs = await ask(gateway, `${server.origin}/world.rss`, { origin: 'https://theirs.example' });
    assert.equal(theirs.headers.get('access-control-allow-origin'), null);
  });

  test('no header or cookie of the caller reaches the upstream server', async () => {
    const before = server.requests.length;
    await ask(local(), `${server.origin}/world.rss?private`, {
      cookie: 'session=secret',
      authorization: 'Bearer secret',
      'x-forwarded-for': '10.0.0.1',
      referer: 'https://news.example/page',
    });
    const seen = server.requests.slice(before).map((r) => r.headers);
    assert.equal(seen.length, 1);
    const sent = JSON.stringify(seen[0]);
    assert.doesNotMatch(sent, /secret|10\.0\.0\.1|news\.example/);
  });
});

describe('DNS rebinding', () => {
  test('the connection goes to the addresses the check looked at: the name is resolved once', async () => {
    const asked = [];
    const gateway = createGateway({
      allow: ['feeds.test'],
      allowPrivate: true,
      // feeds.test exists in no DNS: only a connection to this answer reaches the feed.
      lookup: async (host) => {
        asked.push(host);
        return [{ address: '127.0.0.1', family: 4 }];
      },
    });
    const { port } = new URL(server.origin);
    const before = server.requests.length;
    const response = await ask(gateway, `http://feeds.test:${port}/world.rss`);
    assert.equal(response.status, 200);
    assert.equal((await response.json()).items.length, 7);
    assert.deepEqual(asked, ['feeds.test']);
    assert.equal(server.requests.slice(before).length, 1);
    assert.equal(server.requests.at(-1).headers.host, `feeds.test:${port}`);
  });

  test('a compressed upstream answer is decoded, and its size limit counts the decoded bytes', async () => {
    const zipped = await upstream({
      '/world.rss': { body: gzipSync(RSS), headers: { 'content-encoding': 'gzip' } },
      '/bomb.rss': { body: gzipSync(' '.repeat(2_000_000)), headers: { 'content-encoding': 'gzip' } },
    });
    try {
      const feed = await (await ask(local(), `${zipped.origin}/world.rss`)).json();
      assert.equal(feed.items.length, 7);
      const bomb = await ask(local({ maxBytes: 100_000 }), `${zipped.origin}/bomb.rss`);
      assert.equal(bomb.status, 502);
      assert.equal((await bomb.json()).error.kind, 'too-large');
    } finally {
      await zipped.close();
    }
  });
});

describe('under load', () => {
  test('200 concurrent requests for one feed cause one upstream fetch', async () => {
    const gateway = local();
    const was = hits('/slow.rss');
    const responses = await Promise.all(Array.from({ length: 200 }, () => ask(gateway, `${server.origin}/slow.rss`)));
    assert.ok(responses.every((r) => r.status === 200));
    const etags = new Set(responses.map((r) => r.headers.get('etag')));
    assert.equal(etags.size, 1);
    assert.equal(hits('/slow.rss') - was, 1);
    // And a fresh copy is served from memory afterwards.
    await ask(gateway, `${server.origin}/slow.rss`);
    assert.equal(hits('/slow.rss') - was, 1);
  });

  test('after the lifetime the feed is fetched again; while upstream fails, the last good copy is served with a Warning', async () => {
    let clock = 1_000_000;
    let status = 200;
    const flaky = await upstream({
      '/feed.rss': () =>
        status === 200 ? { body: RSS } : status === 'broken' ? { type: 'application/json', body: '{"items": « ’ }' } : { status },
    });
    try {
      const gateway = local({ ttl: 60, now: () => clock });
      const first = await ask(gateway, `${flaky.origin}/feed.rss`);
      assert.equal(first.status, 200);
      clock += 30_000;
      const cached = await ask(gateway, `${flaky.origin}/feed.rss`);
      assert.match(cached.headers.get('cache-control'), /max-age=30,/);
      assert.equal(flaky.requests.length, 1);
      clock += 31_000;
      status = 503;
      const stale = await ask(gateway, `${flaky.origin}/feed.rss`);
      assert.equal(flaky.requests.length, 2);
      assert.equal(stale.status, 200);
      assert.match(stale.headers.get('warning'), /^111 - "Revalidation Failed/);
      assert.equal(stale.headers.get('etag'), first.headers.get('etag'));
      // A body that no longer parses (its error quoting non-ASCII text) is a failure too.
      status = 'broken';
      const unparsable = await ask(gateway, `${flaky.origin}/feed.rss`);
      assert.equal(unparsable.status, 200);
      assert.match(unparsable.headers.get('warning'), /^111 - "Revalidation Failed: The feed is not valid JSON/);
      status = 200;
      clock += 1_000;
      const fresh = await ask(gateway, `${flaky.origin}/feed.rss`);
      assert.equal(fresh.headers.get('warning'), null);
    } finally {
      await flaky.close();
    }
  });

  test('the memory keeps at most cacheEntries feeds', async () => {
    const gateway = local({ cacheEntries: 1 });
    const was = hits('/world.rss');
    await ask(gateway, `${server.origin}/world.rss`);
    await ask(gateway, `${server.origin}/world.json`);
    await ask(gateway, `${server.origin}/world.rss`);
    assert.equal(hits('/world.rss') - was, 2, 'world.rss was pushed out by world.json');
  });
});

describe('upstream failures are JSON errors', () => {
  const cases = [
    ['/broken', 502, 'http'],
    ['/hang', 504, 'timeout'],
    ['/big', 502, 'too-large'],
    ['/html', 502, 'html'],
    ['/not-xml', 502, 'parse'],
    ['/missing', 502, 'http'],
  ];
  for (const [path, status, kind] of cases) {
    test(`${path}: ${status} ${kind}`, async () => {
      const response = await ask(local({ timeout: 300, maxBytes: 2_000 }), `${server.origin}${path}`);
      assert.equal(response.status, status);
      assert.equal(response.headers.get('access-control-allow-origin'), '*', 'the widget can read the error');
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const body = await response.json();
      assert.equal(body.error.kind, kind);
      assert.equal(body.error.status, status);
    });
  }

  test('a bad or missing url is a 400; other paths 404; POST 405', async () => {
    const gateway = local();
    assert.equal((await gateway(new Request('https://gateway.test/feed'))).status, 400);
    assert.equal((await ask(gateway, 'not a url')).status, 400);
    assert.equal((await gateway(new Request('https://gateway.test/other?url=x'))).status, 404);
    assert.equal((await gateway(new Request(`https://gateway.test/feed?url=${server.origin}/world.rss`, { method: 'POST' }))).status, 405);
    const preflight = await gateway(new Request('https://gateway.test/feed', { method: 'OPTIONS' }));
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
  });
});

describe('what the gateway refuses', () => {
  /** A gateway on the open internet: DNS and the network are stubs, and every fetch is recorded. */
  function publicGateway(addresses, routes = {}) {
    const fetched = [];
    const gateway = createGateway({
      allow: ['feeds.example', 'bbc.co.uk'],
      lookup: async (host) => (addresses[host] ?? ['93.184.216.34']).map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      fetch: async (url, init) => {
        fetched.push({ url, init });
        const route = routes[url] ?? { body: RSS };
        return new Response(route.body ?? null, { status: route.status ?? 200, headers: route.headers });
      },
    });
    return { gateway, fetched };
  }

  test('an allowed host on a public address is fetched, over https, with redirect: manual', async () => {
    const { gateway, fetched } = publicGateway({});
    const response = await ask(gateway, 'https://news.feeds.example/world.rss');
    assert.equal(response.status, 200);
    assert.equal(fetched.length, 1);
    assert.equal(fetched[0].init.redirect, 'manual');
    assert.equal(fetched[0].init.credentials, 'omit');
  });

  test('a host not on the list is refused with 403, and nothing is fetched', async () => {
    const { gateway, fetched } = publicGateway({});
    for (const url of ['https://evil.example/feed', 'https://evilfeeds.example/feed', 'https://feeds.example.evil.test/feed']) {
      const response = await ask(gateway, url);
      assert.equal(response.status, 403, url);
      assert.equal((await response.json()).error.kind, 'forbidden');
    }
    assert.equal(fetched.length, 0);
  });

  test('plain http, other ports and credentials are refused without allow-private', async () => {
    const { gateway, fetched } = publicGateway({});
    for (const url of ['http://feeds.example/feed', 'https://feeds.example:8443/feed', 'https://user:pw@feeds.example/feed', 'file:///etc/passwd']) {
      assert.equal((await ask(gateway, url)).status, 403, url);
    }
    assert.equal(fetched.length, 0);
  });

  test('a host resolving to 127.0.0.1 (or any private address) is refused', async () => {
    const { gateway, fetched } = publicGateway({
      'local.feeds.example': ['127.0.0.1'],
      'mixed.feeds.example': ['93.184.216.34', '10.1.2.3'],
      'meta.feeds.example': ['169.254.169.254'],
      'v6.feeds.example': ['::1'],
      'mapped.feeds.example': ['::ffff:127.0.0.1'],
    });
    for (const host of ['local', 'mixed', 'meta', 'v6', 'mapped']) {
      const response = await ask(gateway, `https://${host}.feeds.example/feed`);
      assert.equal(response.status, 403, host);
      assert.match((await response.json()).error.message, /private or local address/);
    }
    assert.equal(fetched.length, 0);
  });

  test('a redirect to a host not on the list is refused, and not followed', async () => {
    const { gateway, fetched } = publicGateway({}, {
      'https://feeds.example/moved': { status: 302, headers: { location: 'https://evil.example/feed' } },
    });
    const response = await ask(gateway, 'https://feeds.example/moved');
    assert.equal(response.status, 403);
    assert.deepEqual(fetched.map((f) => f.url), ['https://feeds.example/moved']);
  });

  test('a redirect to an allowed host that resolves privately, or to plain http, is refused', async () => {
    const { gateway, fetched } = publicGateway({ 'inside.feeds.example': ['192.168.1.1'] }, {
      'https://feeds.example/a': { status: 301, headers: { location: 'https://inside.feeds.example/feed' } },
      'https://feeds.example/b': { status: 307, headers: { location: 'http://feeds.example/feed' } },
    });
    assert.equal((await ask(gateway, 'https://feeds.example/a')).status, 403);
    assert.equal((await ask(gateway, 'https://feeds.example/b')).status, 403);
    assert.equal(fetched.length, 2);
  });

  test('a redirect within the allowed hosts is followed', async () => {
    const { gateway, fetched } = publicGateway({}, {
      'https://feeds.example/old': { status: 308, headers: { location: '/new' } },
    });
    assert.equal((await ask(gateway, 'https://feeds.example/old')).status, 200);
    assert.deepEqual(fetched.map((f) => f.url), ['https://feeds.example/old', 'https://feeds.example/new']);
  });

  test('IP literals in the URL are judged like looked-up addresses', async () => {
    const gateway = createGateway({ allow: ['127.0.0.1', '169.254.169.254', '[::1]'] });
    for (const url of ['https://127.0.0.1/feed', 'https://169.254.169.254/latest/meta-data', 'https://[::1]/feed', 'https://2130706433/feed']) {
      assert.equal((await ask(gateway, url)).status, 403, url);
    }
  });

  test('a redirect from a local server to a disallowed host is refused, even with allow-private', async () => {
    const response = await ask(local(), `${server.origin}/to-elsewhere`);
    assert.equal(response.status, 403);
    const ok = await ask(local(), `${server.origin}/to-world`);
    assert.equal(ok.status, 200);
  });

  test('there is no open mode', () => {
    assert.throws(() => createGateway({ allow: [] }), /at least one host/);
    assert.throws(() => createGateway({}), /at least one host/);
  });

  test('private address ranges', () => {
    for (const address of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fc00::1', 'fd12::1', 'fe80::1', '::ffff:10.0.0.1', '64:ff9b::7f00:1', 'nonsense']) {
      assert.equal(isPrivateAddress(address), true, address);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) {
      assert.equal(isPrivateAddress(address), false, address);
    }
  });
});
