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
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (cause) {
    const looksHtml = /^\s*</.test(body);
    const message = looksHtml
      ? 'The feed URL returned HTML, not JSON (an error page or a wrong URL?).'
      : `The feed is not valid JSON: ${(cause as Error).message}`;
    throw new FeedError('parse', message, { url: baseUrl, cause });
  }
  return normaliseFeed(json, { baseUrl, warn });
}

/** Fetches a feed body as text, with the timeout and size limit of {@link LoadOptions}. */
export async function fetchFeedText(url: string, options: LoadOptions = {}): Promise<FetchedFeed> {
  const { timeout = DEFAULT_TIMEOUT, maxBytes = DEFAULT_MAX_BYTES } = options;
  const controller = new AbortController();
  const abortFromCaller = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', abortFromCaller, { once: true });
  let timedOut = false;
  const timer =
    timeout > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout)
      : undefined;
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1' },
    });
    if (!response.ok) {
      throw new FeedError('http', `The feed server answered ${response.status} ${response.statusText}.`.trim(), {
        status: response.status,
        url,
      });
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw tooLarge(url, maxBytes);
    return { text: await readCapped(response, maxBytes, url), url: response.url || url };
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (timedOut) throw new FeedError('timeout', `The feed did not answer within ${timeout} ms.`, { url });
    if (options.signal?.aborted) throw options.signal.reason ?? error;
    const crossOrigin = new URL(url).origin !== location.origin;
    const hint = crossOrigin
      ? ' The feed is on another origin: a missing Access-Control-Allow-Origin header on it is a likely cause.'
      : '';
    throw new FeedError('network', `The feed could not be fetched (${(error as Error).message}).${hint}`, {
      url,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abortFromCaller);
  }
}

/** Reads the body as UTF-8, refusing it as soon as it grows past `maxBytes`. */
async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function tooLarge(url: string, maxBytes: number): FeedError {
  return new FeedError('too-large', `The feed is larger than the ${maxBytes}-byte limit.`, { url });
}
