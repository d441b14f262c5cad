import { fetchFeedText, parseFeed, type LoadOptions } from './load.js';
import type { NewsFeed } from './types.js';
import { saveStaleCopy } from './stale-store.js';

/** How long a loaded feed is reused by other widgets on the page, in milliseconds. */
export const FRESH_MS = 60_000;

interface Entry {
  promise: Promise<NewsFeed>;
  /** When the response arrived; undefined while in flight. */
  loadedAt?: number;
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
 * in flight and, for {@link FRESH_MS}, its result. Failures are not kept, so a retry asks
 * again. HTTP caching is left to the browser: no cache-busting.
 */
export function loadSharedFeed(url: string, options: SharedLoadOptions = {}): Promise<NewsFeed> {
  const { signal, maxAge = FRESH_MS, ...load } = options;
  let entry = entries.get(url);
  // A request still in flight is shared whatever the age asked for.
  const old = entry?.loadedAt !== undefined && Date.now() - entry.loadedAt >= maxAge;
  if (!entry || old) {
    const created: Entry = {
      promise: fetchFeedText(url, load).then(async ({ text, url: finalUrl, contentType }) => {
        const feed = await parseFeed(text, finalUrl, { contentType, warn: load.warn });
        created.loadedAt = Date.now();
        saveStaleCopy(url, text, finalUrl);
        return feed;
      }),
    };
    // Failures are not kept: the next call asks again.
    created.promise.catch(() => {
      if (entries.get(url) === created) entries.delete(url);
    });
    entries.set(url, created);
    entry = created;
  }
  return signal ? abortable(entry.promise, signal) : entry.promise;
}

/** Forgets every shared feed (for tests, and for pages that want a clean slate). */
export function clearFeedCache(): void {
  entries.clear();
}

/** The promise, or the signal's reason as soon as it aborts. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort);
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
