// A feed body read on a server with the widgets' own reader and normaliser (parseFeed), given
// xmldom's XML parser for RSS and Atom, then written as JSON Feed with sanitised bodies.
import { parseFeed } from '../data/load.js';
import type { NewsFeed } from '../data/types.js';
import { serverSanitizer } from './server-dom.js';
import { toJsonFeed, type HtmlSanitizer, type JsonFeedOptions } from './json-feed.js';
import { parseXml } from './xml-parser.js';

export interface ReadOptions {
  contentType?: string;
  /** Told what the normaliser repaired or ignored, as the widgets tell the console. */
  warn?: (message: string) => void;
}

export interface ConvertOptions extends ReadOptions {
  /**
   * How HTML bodies are made safe: a sanitiser (untrusted HTML → safe HTML), or `'text'` for
   * plain text. Default: the widgets' own sanitiser on jsdom where jsdom loads, else the same
   * rules without a DOM (src/sanitize/markup.ts).
   */
  sanitize?: HtmlSanitizer | 'text';
  /** See {@link JsonFeedOptions.nextUrl}. */
  nextUrl?: JsonFeedOptions['nextUrl'];
}

/** Parses and normalises a feed body (JSON Feed, RSS or Atom) exactly as a widget would. */
export async function readFeed(text: string, url: string, options: ReadOptions = {}): Promise<NewsFeed> {
  return parseFeed(text, url, { ...options, parseXml });
}

/** A feed body as a JSON Feed 1.1 object with every HTML body sanitised by the widgets' policy. */
export async function convertFeed(
  text: string,
  url: string,
  options: ConvertOptions = {},
): Promise<Record<string, unknown>> {
  const feed = await readFeed(text, url, options);
  return toJsonFeed(feed, { sanitize: options.sanitize ?? (await serverSanitizer()), nextUrl: options.nextUrl });
}
