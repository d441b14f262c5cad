import type { CachedFeed } from './cache.js';
import { compress, matches, pickEncoding } from './http.js';

// The gateway's answers: the feed (with its caching, validators and compression), errors as
// JSON, and the CORS headers every answer carries.

const JSON_FEED = 'application/feed+json; charset=utf-8';

/** Page origins allowed to read the answers: `'*'`, or a list. */
type Origins = readonly string[] | '*';

/** What a feed's answer is made with. */
export interface AnswerSettings {
  origins: Origins;
  /** Seconds an answer is fresh. */
  ttl: number;
  /** Seconds a cache may serve it while the gateway fails. */
  staleIfError: number;
  now: () => number;
}

/** The CORS headers for `request`'s origin: none for an origin not allowed. */
export function corsHeaders(request: Request, origins: Origins): Record<string, string> {
  const origin = request.headers.get('origin');
  if (origins === '*') return { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag, Warning' };
  if (origin && origins.includes(origin)) {
    return { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'ETag, Warning' };
  }
  return {};
}

/** A failure as JSON (`{ error: { status, kind, message } }`), never cached. */
export function errorResponse(
  request: Request,
  origins: Origins,
  status: number,
  kind: string,
  message: string,
  extra: Record<string, unknown> = {},
): Response {
  return new Response(JSON.stringify({ error: { status, kind, message, ...extra } }), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      vary: 'Origin',
      ...corsHeaders(request, origins),
    },
  });
}

/** A feed from memory: 304 when the request's validator matches, else the body, compressed when asked. */
export async function feedResponse(
  request: Request,
  entry: CachedFeed,
  { origins, ttl, staleIfError, now }: AnswerSettings,
  warning?: string,
): Promise<Response> {
  const age = Math.max(0, Math.floor((now() - entry.fetched) / 1000));
  const headers: Record<string, string> = {
    'content-type': JSON_FEED,
    'cache-control': `public, max-age=${Math.max(0, ttl - age)}, stale-while-revalidate=${ttl}, stale-if-error=${staleIfError}`,
    etag: entry.etag,
    vary: 'Origin, Accept-Encoding',
    age: String(age),
    ...corsHeaders(request, origins),
  };
  if (warning) headers.warning = warning;
  if (matches(request.headers.get('if-none-match'), entry.etag)) {
    delete headers['content-type'];
    return new Response(null, { status: 304, headers });
  }
  const encoding = pickEncoding(request.headers.get('accept-encoding'));
  let body = entry.body;
  if (encoding) {
    let encoded = entry.encoded.get(encoding);
    if (!encoded) {
      encoded = compress(entry.body, encoding);
      entry.encoded.set(encoding, encoded);
    }
    const bytes = await encoded.catch(() => undefined);
    if (bytes) {
      body = bytes;
      headers['content-encoding'] = encoding;
    }
  }
  headers['content-length'] = String(body.byteLength);
  // `encodeBody: 'manual'` tells Cloudflare Workers the body is already encoded (it would
  // compress it again); other runtimes ignore it.
  const init = { status: 200, headers, ...(headers['content-encoding'] && { encodeBody: 'manual' }) };
  return new Response(request.method === 'HEAD' ? null : body, init);
}
