/**
 * Why a feed could not be shown.
 * - `network`: the request failed (offline, DNS, a server that is down)
 * - `blocked`: the browser refused to let the page read a feed on another origin, which sends
 *   no `Access-Control-Allow-Origin` header for it (trying again cannot help)
 * - `http`: the server answered with an error status (see `status`)
 * - `timeout`: no answer in time
 * - `parse`: the body is broken JSON or XML (truncated, or not well-formed)
 * - `html`: the URL gave a web page, not a feed (an error page, or the site's home page)
 * - `xml`: well-formed XML, but neither RSS nor Atom (a sitemap, an OPML file)
 * - `format`: JSON, but not a JSON Feed (`items` is not an array)
 * - `too-large`: the body is over the size limit
 * - `not-found`: the feed has no item with the requested `article-id`
 * - `invalid-src`: `src` is not an http(s) or relative URL
 */
export type FeedErrorKind =
  | 'network'
  | 'blocked'
  | 'http'
  | 'timeout'
  | 'parse'
  | 'html'
  | 'xml'
  | 'format'
  | 'too-large'
  | 'not-found'
  | 'invalid-src';

/** A typed error for everything that keeps a widget from showing its feed. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  /** The HTTP status, for `http` errors. */
  readonly status?: number;
  /** The feed URL, when there is one. */
  readonly url?: string;

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    options: { status?: number; url?: string; cause?: unknown } = {},
  ) {
    super(message, options);
    Object.assign(this, options);
  }

  /** Whether trying again later may help (network trouble, timeouts, 5xx and 429). */
  get transient(): boolean {
    const { kind, status = 0 } = this;
    return kind === 'network' || kind === 'timeout' || (kind === 'http' && (status === 429 || status >= 500));
  }
}

/** Wraps anything thrown into a FeedError, keeping it as the cause. */
export function toFeedError(error: unknown, url?: string): FeedError {
  if (error instanceof FeedError) return error;
  return new FeedError('network', String((error as Error | undefined)?.message ?? error), { url, cause: error });
}
