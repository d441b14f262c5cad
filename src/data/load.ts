import { normaliseFeed } from './normalise.js';
import { FeedError } from './feed-error.js';
import type { NewsFeed } from './types.js';
import type { XmlParser } from './xml.js';
import { safeUrl } from '../sanitize/url.js';
import { inertHTML } from '../sanitize/trusted-types.js';
import { FEED_ACCEPT, takeEarlyRequest } from './early-requests.js';
import { tooManyValues } from './json-budget.js';

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

/**
 * The formats a feed request asks for, best first. At most 128 bytes, so it stays a CORS-safelisted
 * header: longer, Firefox and Safari first send a preflight that most feed servers do not answer.
 * (Defined beside the early requests, which send it too.)
 */
export { FEED_ACCEPT };

/**
 * Resolves `src` against the page and checks that it is an http(s) URL.
 * Throws an `invalid-src` {@link FeedError} otherwise.
 */
export function resolveFeedUrl(src: string, pageUrl = globalThis.document?.baseURI): string {
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
  const fetched = await fetchFeedText(resolveFeedUrl(src), options);
  return parseFeed(fetched.text, fetched.url, { contentType: fetched.contentType, warn: options.warn });
}

/** A feed body as fetched, with the URL it came from after redirects. */
export interface FetchedFeed {
  text: string;
  url: string;
  /** The response's `content-type`, when it sent one. */
  contentType?: string;
}

export interface ParseOptions {
  /** The response's `content-type`; a hint only, as servers often get it wrong. */
  contentType?: string;
  /** Told once what was repaired or ignored in the feed. */
  warn?: (message: string) => void;
  /** The XML parser for RSS and Atom: the browser's `DOMParser` unless a server gives its own. */
  parseXml?: XmlParser;
}

/**
 * What a feed body is, from its first characters and its content type: JSON (a JSON Feed),
 * XML (RSS or Atom, read by the XML chunk), or a web page. Servers send RSS as `text/html` and
 * JSON as `text/plain`, so the body decides wherever it can.
 */
export function sniffFeed(text: string, contentType = ''): 'json' | 'xml' | 'html' {
  const start = text.slice(0, 512).replace(/^\uFEFF?\s*/, '');
  if (/^<!doctype\s+html|^<html[\s>]/i.test(start)) return 'html';
  if (/^</.test(start))
    return /^<(?:\?xml|rss|feed|rdf:RDF|!--|!doctype\s+(?:rss|feed|rdf))/i.test(start) || /xml/i.test(contentType)
      ? 'xml'
      : 'html';
  return 'json';
}

/**
 * The browser's XML parser, through the library's Trusted Types policy (the document it makes
 * is inert: nothing in it runs or loads); undefined for text that is not well-formed.
 */
function parseXmlDocument(text: string): Document | undefined {
  const doc = new DOMParser().parseFromString(inertHTML(text), 'application/xml');
  return doc.getElementsByTagName('parsererror').length ? undefined : doc;
}

/**
 * Parses a feed body, JSON Feed, RSS or Atom (the reader for XML is fetched on first use),
 * into a {@link NewsFeed}, with errors a reader can be told about.
 */
export async function parseFeed(text: string, baseUrl: string, options: ParseOptions = {}): Promise<NewsFeed> {
  const kind = sniffFeed(text, options.contentType);
  const normalise = (json: unknown) => normaliseFeed(json, { baseUrl, warn: options.warn });
  if (kind === 'html') {
    throw new FeedError('html', 'The feed URL returned a web page (HTML), not a feed: an error page or a wrong URL?', {
      url: baseUrl,
    });
  }
  if (kind === 'xml') {
    const { readXmlFeed } = await import('./xml.js');
    return normalise(readXmlFeed(text.replace(/^\uFEFF/, ''), options.parseXml ?? parseXmlDocument, baseUrl));
  }
  if (tooManyValues(text)) {
    throw new FeedError(
      'too-large',
      'The feed holds far more values than a real feed has (a million tags, items or names?); it is not read.',
      { url: baseUrl },
    );
  }
  let json: unknown;
  try {
    // A byte-order mark is not JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new FeedError('parse', `The feed is not valid JSON: ${(cause as Error).message}`, { url: baseUrl, cause });
  }
  return normalise(json);
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
    const text =
      Number(response.headers.get('content-length')) > maxBytes ? undefined : await readCapped(response, maxBytes);
    if (text === undefined) {
      throw new FeedError('too-large', `The feed is larger than the ${maxBytes}-byte limit.`, { url });
    }
    return { text, url: response.url || url, contentType: response.headers.get('content-type') ?? undefined };
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason;
    if (error instanceof FeedError) throw error;
    // A server has no page origin, nor a same-origin policy.
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
    return true;
  } catch {
    return false;
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
