import { DEFAULT_TIMEOUT, parseFeed, resolveFeedUrl } from './load.js';
import { isNormalisedFeed, normaliseFeed } from './normalise.js';
import { loadSharedFeed } from './feed-cache.js';
import { readStaleCopy } from './stale-store.js';
import { toFeedError, type FeedError } from './feed-error.js';
import type { NewsFeed } from './types.js';

/**
 * The longest `timeout` honoured, in seconds: five minutes. (A timer of more than 2³¹ ms, about
 * 25 days, would fire at once.)
 */
const MAX_TIMEOUT_SECONDS = 300;
/** Automatic retries of a transient failure, and the first delay (tripled each time). */
const AUTO_RETRIES = 3;
const FIRST_RETRY_MS = 2_000;
/** A fresh load still reuses a copy another widget fetched this recently, in milliseconds. */
const FRESH_REUSE_MS = 2_000;

export interface GetFeedOptions {
  /** The caller stops waiting when it aborts; a request shared with other widgets goes on. */
  signal?: AbortSignal;
  /** Ask the network again (a retry, a refresh), unless another widget just did. */
  fresh?: boolean;
  /** Milliseconds the feed has to answer. */
  timeout?: number;
  /** Told once what was repaired or ignored in the feed. */
  warn?: (message: string) => void;
}

export interface FeedResult {
  feed: NewsFeed;
  /** Set when the network failed and this is the last good copy, saved at that time. */
  staleSince?: Date;
  /** Why the network failed, when the last good copy stands in. */
  failure?: FeedError;
}

/**
 * A feed by URL, from wherever it is best had: the page's shared copy (one request per URL
 * for every widget on the page, reused for a minute), else the network, else, when the
 * network fails for a reason that may pass, the last good copy stored on this device, marked
 * with the time it was saved. Rejects with a {@link FeedError} when none of them has it.
 */
export async function getFeed(url: string, options: GetFeedOptions = {}): Promise<FeedResult> {
  const { signal, fresh, timeout = DEFAULT_TIMEOUT, warn } = options;
  try {
    const feed = await loadSharedFeed(url, { signal, warn, timeout, maxAge: fresh ? FRESH_REUSE_MS : undefined });
    // Every widget showing this feed is woken by the same response: each renders in a task of
    // its own rather than all in one long task (a timer from a network task is not clamped).
    await new Promise((resolve) => setTimeout(resolve));
    return { feed };
  } catch (error) {
    if (signal?.aborted) throw error;
    const failure = toFeedError(error, url);
    const copy = failure.transient ? readStaleCopy(url) : undefined;
    if (!copy) throw failure;
    return { feed: await parseFeed(copy.text, copy.url), staleSince: copy.savedAt, failure };
  }
}

/**
 * A widget's feed: by URL (`src`, relative to the page) through {@link getFeed}, or a feed
 * object given as a property, normalised unless it is a feed from a `news-load` event.
 */
export async function feedFrom(source: unknown, options: GetFeedOptions = {}): Promise<FeedResult> {
  if (typeof source === 'string') return getFeed(resolveFeedUrl(source), options);
  return { feed: feedObject(source, options.warn) };
}

/**
 * A feed given as an object, normalised (unless it is a feed from a `news-load` event) at once:
 * URLs in it resolve against the page, where there is one.
 */
export function feedObject(source: unknown, warn?: (message: string) => void): NewsFeed {
  if (isNormalisedFeed(source)) return source;
  // Stryker disable next-line OptionalChaining: a test page always has a document; a server has none (SSR, test/package)
  return normaliseFeed(source, { baseUrl: globalThis.document?.baseURI, warn });
}

/** A `timeout` attribute in seconds as milliseconds: the default for none, at most {@link MAX_TIMEOUT_SECONDS}. */
export function timeoutMs(seconds: unknown): number {
  const value = Number(seconds);
  return value > 0 ? Math.min(value, MAX_TIMEOUT_SECONDS) * 1000 : DEFAULT_TIMEOUT;
}

/**
 * How long to wait before trying again after a failure, given the retries made already:
 * 2, 6, then 18 seconds (each ±20 %, so widgets that failed together do not retry together),
 * and undefined when trying again cannot help or three retries have failed.
 */
export function retryDelay(error: FeedError, retries: number): number | undefined {
  if (!error.transient || retries >= AUTO_RETRIES) return undefined;
  return FIRST_RETRY_MS * 3 ** retries * (0.8 + Math.random() * 0.4);
}
