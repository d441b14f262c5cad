/**
 * Feed requests the CDN autoloader starts as soon as it finds a widget with a `src`, in parallel
 * with fetching the widget's code (issue 14), and that the widget's first load then takes over:
 * one request per feed URL still, a round trip sooner. The autoloader and the widgets share no
 * module (the autoloader imports no code, or the page would wait for one more file before it
 * runs), so they meet on a global registry, and the autoloader repeats the two constants below.
 */

/**
 * The formats a feed request asks for, best first. At most 128 bytes, so it stays a CORS-safelisted
 * header: longer, Firefox and Safari first send a preflight that most feed servers do not answer.
 */
export const FEED_ACCEPT =
  'application/feed+json,application/json,application/rss+xml,application/atom+xml,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.1';

/** The registry's key on `globalThis` (`Symbol.for`, so every copy of the library finds it). */
export const EARLY_REQUESTS_KEY = 'news-widgets.early-requests';

/** A feed request started before any widget asked for it. */
export interface EarlyRequest {
  /** The response, as `fetch` gives it. */
  response: Promise<Response>;
  /** Aborts the request (the widget that takes it over gave up, or was removed). */
  abort: AbortController;
  /** The `Accept` header it was sent with: taken over only when the widgets would send the same. */
  accept: string;
}

/** The page's registry of early requests, by absolute URL, where the autoloader made one. */
export type EarlyRequests = Map<string, EarlyRequest>;

/**
 * Takes over the early request for `url`, if there is one (it is then gone from the registry: a
 * later load asks the network itself); `signal` aborting aborts it.
 */
export function takeEarlyRequest(url: string, signal: AbortSignal): Promise<Response> | undefined {
  const requests = (globalThis as unknown as Record<symbol, EarlyRequests | undefined>)[Symbol.for(EARLY_REQUESTS_KEY)];
  const early = requests?.get(url);
  if (!requests || !early) return undefined;
  requests.delete(url);
  if (early.accept !== FEED_ACCEPT) {
    early.abort.abort();
    return undefined;
  }
  signal.addEventListener('abort', () => {
    early.abort.abort(signal.reason);
  });
  return early.response;
}
