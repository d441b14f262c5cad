// The process the gateway benchmark measures: the gateway (dist/gateway, allow-private for the
// local upstream) and, beside it in the same process, a static server that answers with the
// very bytes the gateway serves. Started by gateway.mjs with the upstream feed URL; prints one
// JSON line with both origins.
import { createServer } from 'node:http';
import { createGateway, serveNode } from '../../dist/gateway/index.js';

const feedUrl = process.argv[2];
const gateway = await serveNode(createGateway({ allow: ['127.0.0.1'], allowPrivate: true, ttl: 3600 }), { port: 0 });

let body;
let headers;
const staticServer = createServer((req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
await new Promise((resolve) => staticServer.listen(0, '127.0.0.1', resolve));

process.on('message', async (message) => {
  if (message !== 'snapshot') return;
  // The gateway's own answer, uncompressed, becomes the static file.
  const response = await fetch(`${gateway.origin}/feed?url=${encodeURIComponent(feedUrl)}`, { headers: { 'accept-encoding': 'identity' } });
  body = Buffer.from(await response.arrayBuffer());
  headers = { 'content-type': response.headers.get('content-type'), 'content-length': body.byteLength, etag: response.headers.get('etag') };
  process.send({ snapshot: body.byteLength });
});
process.send({ gateway: gateway.origin, static: `http://127.0.0.1:${staticServer.address().port}` });
