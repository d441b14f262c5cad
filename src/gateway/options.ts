import type { HtmlSanitizer } from './json-feed.js';
import type { Lookup } from './upstream.js';

export interface GatewayOptions {
  /** Hosts feeds may come from; each allows its subdomains too. Required: there is no open mode. */
  allow: readonly string[];
  /** Page origins allowed to read the answers (CORS); `'*'` (the default) allows every page. */
  origins?: readonly string[] | '*';
  /** Seconds a feed is served from memory before it is fetched again (300). */
  ttl?: number;
  /** Milliseconds the upstream server has to answer, redirects included (10,000). */
  timeout?: number;
  /** Largest upstream body, in bytes (5 MiB). */
  maxBytes?: number;
  /**
   * For local testing only: fetch from loopback and private addresses, over plain http and on
   * any port. Never on a public server.
   */
  allowPrivate?: boolean;
  /** Seconds the last good copy is served while the upstream server fails (one day). */
  staleIfError?: number;
  /** Feeds kept in memory (100), and their total size in bytes (32 MiB). */
  cacheEntries?: number;
  cacheBytes?: number;
  /**
   * How host names are resolved for the private-address check before each request (default:
   * `node:dns` lookup, all addresses; where there is no `node:dns`, every host is refused).
   * `false` skips the lookup, on a platform whose `fetch` cannot reach private addresses
   * anyway (Cloudflare Workers): IP literals in the URL are still checked.
   */
  lookup?: Lookup | false;
  /**
   * How HTML bodies are made safe: a sanitiser (untrusted HTML → safe HTML), or `'text'` to
   * serve them as plain text. Default: the widgets' own sanitiser (DOMPurify) on jsdom, where
   * jsdom can be loaded; elsewhere the same rules without a DOM, on parse5.
   */
  sanitize?: HtmlSanitizer | 'text';
  /**
   * The fetch used upstream. Default: where the runtime has node:http (Node, Deno, Bun), a
   * request that connects to the very addresses the private-address check looked at (no DNS
   * rebinding), else the global fetch. A fetch given here resolves names itself, after the check.
   */
  fetch?: typeof fetch;
  /** The clock, in ms (default `Date.now`). */
  now?: () => number;
  /** Told each upstream fetch, and what the normaliser repaired in it. */
  log?: (message: string) => void;
}
