#!/usr/bin/env node
// `npm run bench:gateway`: the feed gateway under load, on 127.0.0.1 only, with bounded request
// counts. Needs `npm run build` (dist/gateway). Reports:
// - upstream fetches for 1,000 concurrent requests of one uncached feed (must be 1);
// - requests/s and p99 latency for the cached feed, next to a static server in the same
//   process answering with the same bytes (what the gateway's own work costs).
// Exits 1 when the upstream fetch count is not 1.
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('../../', import.meta.url));
const smoke = process.argv.includes('--smoke');
const AMOUNT = smoke ? 2_000 : 20_000;
const CONNECTIONS = 50;

// The upstream: world.rss.xml, no CORS, 50 ms to answer, every request counted.
const rss = readFileSync(`${root}public/feeds/world.rss.xml`);
let upstreamFetches = 0;
const upstream = createServer((req, res) => {
  upstreamFetches += 1;
  setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss), 50);
});
await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
const feedUrl = `http://127.0.0.1:${upstream.address().port}/world.rss`;

const child = fork(fileURLToPath(new URL('gateway-server.mjs', import.meta.url)), [feedUrl], { stdio: 'inherit' });
const next = () => new Promise((resolve) => child.once('message', resolve));
const origins = await next();
const path = `/feed?url=${encodeURIComponent(feedUrl)}`;

function cannon(options) {
  return new Promise((resolve, reject) => {
    autocannon({ ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

try {
  // 1,000 requests at once, one per connection, for a feed the gateway has not fetched yet.
  const cold = await cannon({ url: `${origins.gateway}${path}`, connections: 1_000, amount: 1_000, timeout: 30 });
  const coldOk = cold['2xx'];

  child.send('snapshot');
  const { snapshot } = await next();

  const rows = [];
  for (const [name, url] of [
    ['gateway (cached feed)', `${origins.gateway}${path}`],
    ['static file, same process', `${origins.static}/feed.json`],
  ]) {
    await cannon({ url, connections: CONNECTIONS, amount: Math.min(2_000, AMOUNT) }); // warm-up
    const result = await cannon({ url, connections: CONNECTIONS, amount: AMOUNT });
    rows.push({ name, rps: Math.round(result.requests.total / result.duration), p99: result.latency.p99, errors: result.errors + result.non2xx });
  }

  console.log(`\nGateway benchmark: ${snapshot.toLocaleString('en')}-byte JSON Feed, ${CONNECTIONS} connections, ${AMOUNT.toLocaleString('en')} requests each, 127.0.0.1\n`);
  console.log('| server | requests/s | p99 latency | errors |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.name} | ${r.rps.toLocaleString('en')} | ${r.p99} ms | ${r.errors} |`);
  console.log(`\n1,000 concurrent requests of an uncached feed: ${coldOk} answered 200, ${upstreamFetches} upstream fetch${upstreamFetches === 1 ? '' : 'es'} ${upstreamFetches === 1 ? 'PASS' : 'FAIL (must be 1)'}`);
  process.exitCode = upstreamFetches === 1 && coldOk === 1_000 ? 0 : 1;
} finally {
  child.kill();
  upstream.close();
}
