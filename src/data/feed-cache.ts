import { fetchFeedText, parseFeed, type LoadOptions } from './load.js';
import type { NewsFeed } from './types.js';
import { saveStaleCopy } from './stale-store.js';

/** How long a loaded feed is reused by other widgets on the page, in milliseconds. */
const FRESH_MS = 60_000;
/**
 * The most feed text, in characters, that the page keeps parsed for sharing, all feeds
 * together: past it, the least recently used feeds are forgotten first. (A parsed feed takes
 * a few times its text's size in memory.)
 */
const MAX_SHARED_CHARS = 4_000_000;

interface Entry {
  promise: Promise<NewsFeed>;
  /** When the response arrived; undefined while in flight. */
  loadedAt?: number;
  /** The length of the feed's text, once loaded. */
  size?: number;
}

const entries = new Map<string, Entry>();

export interface SharedLoadOptions extends Omit<LoadOptions, 'signal'> {
  /** This caller stops waiting when it aborts; the shared request goes on for the others. */
  signal?: AbortSignal;
  /** Reuse a loaded copy no older than this, in milliseconds. 0 asks the network again. */
  maxAge?: number;
}

/**
 * Loads a feed once for every widget on the page: callers of the same URL share the request
 * in flight and, for {@link FRESH_MS}, its result; then the page forgets it, and sooner when
 * the feeds it keeps grow past {@link MAX_SHARED_CHARS}. Failures are not kept, so a retry
 * asks again. HTTP caching is left to the browser: no cache-busting.
 */
export function loadSharedFeed(url: string, options: SharedLoadOptions = {}): Promise<NewsFeed> {
  const { signal, maxAge = FRESH_MS, ...load } = options;
  let entry = entries.get(url);
  // A request still in flight (no loadedAt yet) is shared whatever the age asked for.
  const old = Date.now() - (entry?.loadedAt ?? Infinity) >= maxAge;
  if (!entry || old) {
    const created: Entry = {
      promise: fetchFeedText(url, load).then(async ({ text, url: finalUrl, contentType }) => {
        const feed = await parseFeed(text, finalUrl, { contentType, warn: load.warn });
        created.loadedAt = Date.now();
        created.size = text.length;
        // Saved in a task of its own, after the widgets have rendered: storing the copy and
        // making room among the others takes milliseconds a feed, in the task that renders.
        setTimeout(saveStaleCopy, 0, url, text, finalUrl);
        setTimeout(forget, FRESH_MS, url, created);
        // The most recently used first: those past the budget are forgotten.
        let total = 0;
        for (const [key, kept] of [...entries].reverse())
          if ((total += kept.size ?? 0) > MAX_SHARED_CHARS) forget(key, kept);
        return feed;
      }),
    };
    // Failures are not kept: the next call asks again.
    created.promise.catch(() => forget(url, created));
    entry = created;
  }
  // Most recently used last.
  entries.delete(url);
  entries.set(url, entry);
  return signal ? abortable(entry.promise, signal) : entry.promise;
}

function forget(url: string, entry: Entry) {
  if (entries.get(url) === entry) entries.delete(url);
}

/**
 * Forgets every feed the page keeps to share between widgets: the next widget asks the
 * network. For single-page apps that want a clean slate (a reader who signs out, say).
 */
export function clearFeedCache(): void {
  entries.clear();
}

/** The promise, or the signal's reason as soon as it aborts. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // The reason the caller aborted with, as it gave it (an AbortError, or a FeedError).
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort);
    // Stryker disable next-line ArrowFunction,StringLiteral: equivalent, a settled promise ignores a later reject (only a listener is left)
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
