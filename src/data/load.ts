import { normaliseFeed } from './normalise.js';
import { FeedError } from './feed-error.js';
import type { NewsFeed } from './types.js';
import type { XmlParser } from './xml.js';
import { safeUrl } from '../sanitize/url.js';
import { inertHTML } from '../sanitize/trusted-types.js';
import { FEED_ACCEPT } from './early-requests.js';
import { fetchFeedText, type LoadOptions } from './fetch-feed.js';
import { tooManyValues } from './json-budget.js';

// Fetching a body (timeout, size limit, the cross-origin diagnosis) is in fetch-feed.ts; this
// module reads what came back. Its names are still imported from here.
export { fetchFeedText, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, type LoadOptions, type FetchedFeed } from './fetch-feed.js';

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
// Stryker disable next-line OptionalChaining: a test page always has a document; a server has none (SSR, test/package)
export function resolveFeedUrl(src: string, pageUrl = globalThis.document?.baseURI): string {
  const url = safeUrl(src, pageUrl);
  if (!url) throw new FeedError('invalid-src', `"${src}" is not an http(s) or relative URL.`, { url: src });
  return url;
}

/**
 * Fetches a feed and normalises it. The body is read in its own encoding (./encoding.ts:
 * UTF-8 unless its bytes are not, whatever the `content-type` says of the format, as feeds are
 * often served as text/plain), a byte-order mark is dropped, and relative URLs in the feed
 * resolve against the final URL after redirects.
 */
export async function loadFeed(src: string, options: LoadOptions = {}): Promise<NewsFeed> {
  const fetched = await fetchFeedText(resolveFeedUrl(src), options);
  return parseFeed(fetched.text, fetched.url, { contentType: fetched.contentType, warn: options.warn });
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
// Stryker disable next-line StringLiteral: equivalent, the default only has to hold no "xml"
export function sniffFeed(text: string, contentType = ''): 'json' | 'xml' | 'html' {
  // Stryker disable next-line MethodExpression,Regex: not worth a test, it bounds the work (only over 512 leading blanks tell); equivalent, the first match of what may be empty is at the start
  const start = text.slice(0, 512).replace(/^\uFEFF?\s*/, '');
  if (/^<!doctype\s+html|^<html[\s>]/i.test(start)) return 'html';
  if (/^</.test(start))
    // Any processing instruction, not only `<?xml`: no web page starts with one.
    return /^<(?:\?|rss|feed|rdf:RDF|!--|!doctype\s+(?:rss|feed|rdf))/i.test(start) || /xml/i.test(contentType)
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
    // Nothing may come before an XML declaration, yet WordPress themes often print a blank line
    // there; feed readers take the feed all the same, and so does this (the browser would not).
    // Stryker disable next-line Regex: equivalent, the first match of what may be empty is at the start
    return normalise(readXmlFeed(text.replace(/^\uFEFF?\s*/, ''), options.parseXml ?? parseXmlDocument, baseUrl));
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
    // Stryker disable next-line Regex: not worth a test, only a stray U+FEFF inside the text (invisible) tells
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new FeedError('parse', `The feed is not valid JSON: ${(cause as Error).message}`, { url: baseUrl, cause });
  }
  return normalise(json);
}
