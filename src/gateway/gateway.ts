// The feed gateway: a standard fetch handler, `(request: Request) => Promise<Response>`, that
// fetches an allowed feed for a widget on any page, normalises and sanitises it with the
// widgets' own code, and answers JSON Feed 1.1 with CORS, caching and compression.
import { FeedError } from '../data/feed-error.js';
import { FeedMemory, type CachedFeed } from './cache.js';
import { convertFeed } from './read.js';
import { checkUrl, fetchUpstream, GatewayError } from './upstream.js';
import type { GatewayOptions } from './options.js';
import { etagOf } from './http.js';
import { corsHeaders, errorResponse, feedResponse } from './responses.js';

export { GatewayError } from './upstream.js';
export type { Lookup } from './upstream.js';
export type { GatewayOptions } from './options.js';

/** Creates the gateway's fetch handler. Answers `GET /feed?url=<feed URL>` (under any path prefix). */
export function createGateway(options: GatewayOptions): (request: Request) => Promise<Response> {
  const allow = [...(options.allow ?? [])].filter(Boolean);
  if (!allow.length) throw new TypeError('createGateway: `allow` must name at least one host: there is no open mode.');
  const settings = {
    allow,
    allowPrivate: options.allowPrivate ?? false,
    timeout: options.timeout ?? 10_000,
    maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
    lookup: options.lookup,
    fetch: options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init)),
    pin: !options.fetch,
  };
  const ttl = options.ttl ?? 300;
  const staleIfError = options.staleIfError ?? 86_400;
  const origins = options.origins ?? '*';
  const now = options.now ?? Date.now;
  const log = options.log;
  const memory = new FeedMemory(options.cacheEntries ?? 100, options.cacheBytes ?? 32 * 1024 * 1024);
  const inflight = new Map<string, Promise<CachedFeed>>();

  /** One upstream fetch per URL at a time: every request for it meanwhile waits for the same one. */
  function refresh(url: URL): Promise<CachedFeed> {
    let pending = inflight.get(url.href);
    if (!pending) {
      pending = load(url).finally(() => inflight.delete(url.href));
      inflight.set(url.href, pending);
    }
    return pending;
  }

  async function load(url: URL): Promise<CachedFeed> {
    log?.(`fetch ${url.href}`);
    const upstream = await fetchUpstream(url, settings);
    let json: Record<string, unknown>;
    try {
      json = await convertFeed(upstream.text, upstream.url, {
        contentType: upstream.contentType,
        warn: log && ((message) => log(`${url.href}: ${message}`)),
        // Unless told, convertFeed's default: the server's sanitiser, made once per process.
        sanitize: options.sanitize,
        nextUrl: (next) => {
          // The next page through this gateway too (relative, so it resolves against whatever
          // address the widget reached it at), when that page is one it would serve.
          try {
            checkUrl(new URL(next), settings);
            return `?url=${encodeURIComponent(next)}`;
          } catch {
            return undefined;
          }
        },
      });
    } catch (error) {
      if (error instanceof FeedError) throw new GatewayError(502, error.kind, error.message);
      throw error;
    }
    const body = new TextEncoder().encode(JSON.stringify(json));
    const entry: CachedFeed = { body, etag: await etagOf(body), fetched: now(), encoded: new Map() };
    memory.set(url.href, entry);
    return entry;
  }

  const answers = { origins, ttl, staleIfError, now };
  const error = (request: Request, status: number, kind: string, message: string, extra?: Record<string, unknown>) =>
    errorResponse(request, origins, status, kind, message, extra);
  const serve = (request: Request, entry: CachedFeed, warning?: string) =>
    feedResponse(request, entry, answers, warning);

  return async function handle(request: Request): Promise<Response> {
    const { pathname, searchParams } = new URL(request.url);
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...corsHeaders(request, origins),
          'access-control-allow-methods': 'GET, HEAD',
          'access-control-allow-headers': 'accept, if-none-match',
          'access-control-max-age': '86400',
          vary: 'Origin',
        },
      });
    }
    if (!/\/feed\/?$/.test(pathname)) return error(request, 404, 'not-found', 'Ask for /feed?url=<feed URL>.');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return error(request, 405, 'method', 'Only GET and HEAD are answered.');
    }
    const src = searchParams.get('url');
    let url: URL;
    try {
      url = new URL(src ?? '');
    } catch {
      return error(request, 400, 'invalid-src', `"url" must be an absolute feed URL${src ? `, not "${src}"` : ''}.`);
    }
    url.hash = '';
    try {
      checkUrl(url, settings);
    } catch (e) {
      const { status, kind, message } = e as GatewayError;
      return error(request, status, kind, message);
    }
    const cached = memory.get(url.href);
    if (cached && now() - cached.fetched < ttl * 1000) return serve(request, cached);
    try {
      return await serve(request, await refresh(url));
    } catch (e) {
      const failure =
        e instanceof GatewayError
          ? e
          : new GatewayError(502, 'network', `The feed could not be read (${(e as Error).message}).`);
      // While the upstream server fails, the last good copy (if not too old) is better than nothing.
      const stale = memory.get(url.href);
      if (stale && now() - stale.fetched < (ttl + staleIfError) * 1000) {
        // A header value is printable ASCII: the message may quote the feed.
        return serve(
          request,
          stale,
          `111 - "Revalidation Failed: ${failure.message.replace(/[^\x20-\x7e]|["\\]/g, '?')}"`,
        );
      }
      return error(
        request,
        failure.status,
        failure.kind,
        failure.message,
        failure.upstreamStatus ? { upstreamStatus: failure.upstreamStatus } : {},
      );
    }
  };
}
