import { normaliseFeed } from './normalise.js';
import { FeedError } from './feed-error.js';
import type { NewsFeed } from './types.js';
import { safeUrl } from '../sanitize/url.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before giving up; 0 waits for ever. */
  timeout?: number;
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
  /** Told about fields of the wrong type in the feed. */
  warn?: (message: string) => void;
}

/** Default time a feed has to answer, in milliseconds. */
export const DEFAULT_TIMEOUT = 10_000;
/** Default largest feed body, in bytes (5 MiB). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Resolves `src` against the page and checks that it is an http(s) URL.
 * Throws an `invalid-src` {@link FeedError} otherwise.
 */
export function resolveFeedUrl(src: string, pageUrl = document.baseURI): string {
  const url = safeUrl(src, pageUrl);
  if (!url) throw new FeedError('invalid-src', `"${src}" is not an http(s) or relative URL.`, { url: src });
  return url;
}

/**
 * Fetches a feed and normalises it. The body is read as UTF-8 text whatever the
 * `content-type` says (feeds are often served as text/plain), a byte-order mark is dropped,
 * and relative URLs in the feed resolve against the final URL after redirects.
 */
export async function loadFeed(src: string, options: LoadOptions = {}): Promise<NewsFeed> {
  const { text, url } = await fetchFeedText(resolveFeedUrl(src), options);
  return parseFeed(text, url, options.warn);
}

/** A feed body as fetched, with the URL it came from after redirects. */
export interface FetchedFeed {
  text: string;
  url: string;
}

/** Parses a feed body: JSON → {@link NewsFeed}, with errors a reader can be told about. */
export function parseFeed(text: string, baseUrl: string, warn?: (message: string) => void): NewsFeed {
  let json: unknown;
  try {
    // A byte-order mark is not JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    const message = /^\s*</.test(text)
      ? 'The feed URL returned HTML, not JSON (an error page or a wrong URL?).'
      : `The feed is not valid JSON: ${(cause as Error).message}`;
    throw new FeedError('parse', message, { url: baseUrl, cause });
  }
  return normaliseFeed(json, { baseUrl, warn });
}

/** Fetches a feed body as text, with the timeout and size limit of {@link LoadOptions}. */
export async function fetchFeedText(url: string, options: LoadOptions = {}): Promise<FetchedFeed> {
  const { signal, timeout = DEFAULT_TIMEOUT, maxBytes = DEFAULT_MAX_BYTES } = options;
  // A signal aborted before the call fires no abort event: refuse at once.
  signal?.throwIfAborted();
  // One controller for the caller's abort and the timeout; what it was aborted with is what
  // the load throws.
  const controller = new AbortController();
  const abortFromCaller = () => controller.abort(signal!.reason);
  signal?.addEventListener('abort', abortFromCaller);
  const timer =
    timeout > 0
      ? setTimeout(
          () => controller.abort(new FeedError('timeout', `The feed did not answer within ${timeout} ms.`, { url })),
          timeout,
        )
      : undefined;
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1' },
    });
    const { status, statusText } = response;
    if (!response.ok) {
      throw new FeedError('http', `The feed server answered ${`${status} ${statusText}`.trim()}.`, { status, url });
    }
    const text =
      Number(response.headers.get('content-length')) > maxBytes ? undefined : await readCapped(response, maxBytes);
    if (text === undefined) {
      throw new FeedError('too-large', `The feed is larger than the ${maxBytes}-byte limit.`, { url });
    }
    return { text, url: response.url || url };
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason;
    if (error instanceof FeedError) throw error;
    const hint =
      new URL(url).origin === location.origin
        ? ''
        : ' The feed is on another origin: a missing Access-Control-Allow-Origin header on it is a likely cause.';
    throw new FeedError('network', `The feed could not be fetched (${(error as Error).message}).${hint}`, {
      url,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abortFromCaller);
  }
}

/** The body as UTF-8 text, or undefined as soon as it grows past `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  // No body at all (a 204): no text.
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}
