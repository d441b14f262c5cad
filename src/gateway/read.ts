// A feed body read on a server with the widgets' own reader and normaliser (parseFeed), given
// jsdom's XML parser for RSS and Atom, then written as JSON Feed with sanitised bodies.
import { parseFeed } from '../data/load.js';
import type { NewsFeed } from '../data/types.js';
import { serverDom } from './server-dom.js';
import { toJsonFeed } from './json-feed.js';

export interface ReadOptions {
  contentType?: string;
  /** Told what the normaliser repaired or ignored, as the widgets tell the console. */
  warn?: (message: string) => void;
}

/** Parses and normalises a feed body (JSON Feed, RSS or Atom) exactly as a widget would. */
export async function readFeed(text: string, url: string, options: ReadOptions = {}): Promise<NewsFeed> {
  const { parseXml } = await serverDom();
  return parseFeed(text, url, { ...options, parseXml });
}

/** A feed body as a JSON Feed 1.1 object with every HTML body sanitised by the widgets' policy. */
export async function convertFeed(text: string, url: string, options: ReadOptions = {}): Promise<Record<string, unknown>> {
  const feed = await readFeed(text, url, options);
  const { sanitize } = await serverDom();
  return toJsonFeed(feed, { sanitize });
}
