// Fetching a feed body: the request (or the one the autoloader started early), the timeout, the size
// limit, and what a failure means (a network error, or a server that does not allow this page).
import { FeedError } from './feed-error.js';
import { FEED_ACCEPT, takeEarlyRequest } from './early-requests.js';
import { utf8Text } from './utf8.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before giving up; 0 waits for ever. */
  timeout?: number;
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
  /** Told once what was repaired or ignored in the feed. */
  warn?: (message: string) => void;
}

/** Default time a feed has to answer, in milliseconds. */
export const DEFAULT_TIMEOUT = 10_000;
/** Default largest feed body, in bytes (5 MiB). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** A feed body as fetched, with the URL it came from after redirects. */
export interface FetchedFeed {
  text: string;
  url: string;
  /** The response's `content-type`, when it sent one. */
  contentType?: string;
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
    // The request the CDN autoloader started for this feed, if it did; else a new one.
    const response = await (takeEarlyRequest(url, controller.signal) ??
      fetch(url, { signal: controller.signal, headers: { accept: FEED_ACCEPT } }));
    const { status, statusText } = response;
    if (!response.ok) {
      throw new FeedError('http', `The feed server answered ${`${status} ${statusText}`.trim()}.`, { status, url });
    }
    const text = await readCapped(response, maxBytes);
    if (text === undefined) {
      throw new FeedError('too-large', `The feed is larger than the ${maxBytes}-byte limit.`, { url });
    }
    return { text, url: response.url || url, contentType: response.headers.get('content-type') ?? undefined };
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason;
    if (error instanceof FeedError) throw error;
    // A server has no page origin, nor a same-origin policy.
    // Stryker disable next-line OptionalChaining: a test page always has a location; a server has none (test/gateway, test/package)
    const page = globalThis.location?.origin;
    if (page && new URL(url).origin !== page && (await reachable(url, controller.signal))) {
      throw new FeedError(
        'blocked',
        `The feed at ${url} answers, but the browser does not let ${page} read it: the feed's server sends no ` +
          `Access-Control-Allow-Origin header allowing this origin. Add that header to the feed, or serve it through a ` +
          `gateway on this site.`,
        { url, cause: error },
      );
    }
    throw new FeedError('network', `The feed could not be fetched (${(error as Error).message}).`, {
      url,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    // Stryker disable next-line StringLiteral: equivalent, aborting a finished request does nothing (only a listener is left)
    signal?.removeEventListener('abort', abortFromCaller);
  }
}

/**
 * Whether a cross-origin URL answers at all: a request the page may not read (`no-cors`) still
 * succeeds when the server is up, so a failed CORS request to a reachable server was refused
 * by the browser's same-origin policy (no `Access-Control-Allow-Origin`), not by the network.
 */
async function reachable(url: string, signal: AbortSignal): Promise<boolean> {
  try {
    await fetch(url, { mode: 'no-cors', credentials: 'omit', signal });
  } catch {
    return false;
  }
  return true;
}

/**
 * The body as text (in its encoding: ./encoding.ts), or undefined as soon as it is known to be
 * larger than `maxBytes`: by its `content-length`, else while it is read.
 */
export async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  // No body at all (a 204): no text.
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0);
  // Nearly every feed is UTF-8; the few that are not fetch what reads the others.
  return (
    utf8Text(bytes) ??
    (await import('./encoding.js')).decodeLegacy(bytes, response.headers.get('content-type') ?? undefined)
  );
}
