/// <reference types="node" />
// Where the command reads a feed from: a URL, fetched as a browser on a given origin would ask
// for it, or a file.
import { readFile } from 'node:fs/promises';
import { FeedError } from '../data/feed-error.js';
import { decodeFeed } from '../data/encoding.js';
import { FEED_ACCEPT } from '../data/load.js';
import type { NewsFeed } from '../data/types.js';

/** A feed's text, and what the command reports of how it was served. */
export interface Source {
  text: string;
  /** The URL relative links resolve against: the final URL, or the file's. */
  url: string;
  contentType?: string;
  bytes: number;
  /** For a URL: the CORS header it sent. */
  allowOrigin?: string | null;
  status?: number;
}

/** Reads a feed from a URL (as a browser on `origin` would ask for it) or from a file. */
export async function readSource(target: string, origin?: string, base?: string): Promise<Source> {
  if (/^https?:\/\//i.test(target)) {
    const response = await fetch(target, {
      headers: {
        accept: FEED_ACCEPT,
        ...(origin && { origin }),
      },
      signal: AbortSignal.timeout(10_000),
    });
    const buffer = new Uint8Array(await response.arrayBuffer());
    if (!response.ok) {
      throw new FeedError('http', `The feed server answered ${response.status} ${response.statusText}.`.trim(), {
        status: response.status,
        url: target,
      });
    }
    return {
      text: decodeFeed(buffer, response.headers.get('content-type') ?? undefined),
      url: response.url || target,
      contentType: response.headers.get('content-type') ?? undefined,
      bytes: buffer.byteLength,
      allowOrigin: response.headers.get('access-control-allow-origin'),
      status: response.status,
    };
  }
  const nodeUrl = await import('node:url');
  const nodePath = await import('node:path');
  const buffer = await readFile(target);
  // Relative links in a file resolve against where it will be served, when that is given.
  const url = base ? new URL(base).href : nodeUrl.pathToFileURL(nodePath.resolve(target)).href;
  return { text: decodeFeed(buffer), url, bytes: buffer.byteLength };
}

/** The feed's format, as a publisher names it. */
export function formatName(feed: NewsFeed): string {
  if (feed.version === 'rss') return 'RSS 2.0';
  if (feed.version === 'rdf') return 'RSS 1.0 (RDF)';
  if (feed.version === 'atom') return 'Atom';
  const version = /version\/([\d.]+)/.exec(feed.version)?.[1];
  return version ? `JSON Feed ${version}` : `JSON Feed (version "${feed.version || 'missing'}")`;
}
