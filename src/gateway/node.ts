/// <reference types="node" />
// The gateway in Node: a thin node:http adapter from IncomingMessage to Request and from
// Response back. node:http is imported when a server is started, not when the module loads, so
// `news-widgets/gateway` loads on runtimes without it (Cloudflare Workers).
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface NodeServer {
  server: Server;
  /** The origin it listens on, e.g. `http://127.0.0.1:8787`. */
  origin: string;
  close(): Promise<void>;
}

/** Serves a fetch handler on `port` (0 picks a free one) and `host` (127.0.0.1 unless told). */
export async function serveNode(
  handler: (request: Request) => Promise<Response>,
  { port = 8787, host = '127.0.0.1' }: { port?: number; host?: string } = {},
): Promise<NodeServer> {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    respond(handler, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { status: 500, kind: 'internal', message: (error as Error).message } }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    origin: `http://${shown}:${actual}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function respond(handler: (request: Request) => Promise<Response>, req: IncomingMessage, res: ServerResponse) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  // The gateway answers GET, HEAD and OPTIONS only: no request body is read.
  const request = new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`), {
    method: req.method,
    headers,
  });
  const response = await handler(request);
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => (out[name] = value));
  res.writeHead(response.status, out);
  res.end(response.body && req.method !== 'HEAD' ? new Uint8Array(await response.arrayBuffer()) : undefined);
}
