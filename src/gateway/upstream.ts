// Fetching a feed for someone on the internet without becoming their way into our network:
// allowed hosts only, https only, every redirect checked again, no private addresses, nothing of
// the caller's request passed on, a deadline and a size limit.
import { FEED_ACCEPT } from '../data/load.js';
import { readCapped } from '../data/fetch-feed.js';
import { isIpLiteral, isPrivateAddress } from './addresses.js';
import { pinnedFetch, type Address } from './pinned-fetch.js';

/** Resolves a host name to every address it has (`dns.lookup(host, { all: true })`). */
export type Lookup = (hostname: string) => Promise<{ address: string; family?: number }[]>;

export interface UpstreamOptions {
  allow: readonly string[];
  allowPrivate: boolean;
  timeout: number;
  maxBytes: number;
  /** `false`: no lookup (the platform's fetch cannot reach private addresses); IP literals are still checked. */
  lookup?: Lookup | false;
  fetch: typeof fetch;
  /**
   * Connect to the addresses the check looked at (node:http with a fixed `lookup`), rather than
   * through `fetch`, which would resolve the name again. Off when the caller gives a `fetch`.
   */
  pin?: boolean;
}

/** Why a feed could not be served, as a status and a kind a widget can show. */
export class GatewayError extends Error {
  override readonly name = 'GatewayError';
  constructor(
    readonly status: number,
    readonly kind: string,
    message: string,
    readonly upstreamStatus?: number,
  ) {
    super(message);
  }
}

const MAX_REDIRECTS = 5;

/** `bbc.co.uk` allows `bbc.co.uk` and `feeds.bbc.co.uk`, not `evilbbc.co.uk`. */
export function hostAllowed(hostname: string, allow: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return allow.some((entry) => {
    const allowed = entry
      .toLowerCase()
      .replace(/^\*?\./, '')
      .replace(/\.$/, '');
    return host === allowed || host.endsWith(`.${allowed}`);
  });
}

/**
 * Checks a URL before anything is sent to it: throws a 400 for a URL that is not one, a 403 for
 * a scheme, port, credentials or host that is not allowed.
 */
export function checkUrl(url: URL, options: Pick<UpstreamOptions, 'allow' | 'allowPrivate'>): void {
  const schemes = options.allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) {
    throw new GatewayError(
      403,
      'forbidden',
      `Only ${schemes.join(' and ').replace(/:/g, '')} feeds are fetched, not ${url.protocol}.`,
    );
  }
  if (url.username || url.password)
    throw new GatewayError(403, 'forbidden', 'Feed URLs with credentials are not fetched.');
  if (url.port && !options.allowPrivate)
    throw new GatewayError(403, 'forbidden', 'Feeds are fetched from the default port only.');
  if (!hostAllowed(url.hostname, options.allow)) {
    throw new GatewayError(403, 'forbidden', `${url.hostname} is not one of the hosts this gateway fetches from.`);
  }
}

/**
 * Resolves the host (every address it has) and refuses it if any is inside a private network,
 * unless `allowPrivate`. Gives the addresses, for the connection to use, or undefined when
 * nothing was looked up (`lookup: false`, or a lookup that failed with `allowPrivate`).
 */
async function checkAddresses(url: URL, options: UpstreamOptions): Promise<Address[] | undefined> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: Address[];
  if (isIpLiteral(host)) addresses = [{ address: host }];
  else if (options.lookup === false) return undefined;
  else {
    try {
      addresses = await (options.lookup ?? nodeLookup)(host);
    } catch (error) {
      if (options.allowPrivate) return undefined;
      throw new GatewayError(502, 'network', `${host} could not be resolved (${(error as Error).message}).`);
    }
  }
  if (options.allowPrivate) return addresses.length ? addresses : undefined;
  if (!addresses.length || addresses.some((a) => isPrivateAddress(a.address))) {
    throw new GatewayError(
      403,
      'forbidden',
      `${host} resolves to a private or local address, which this gateway does not fetch from.`,
    );
  }
  return addresses;
}

/** `node:dns` where the runtime has it (Node, Deno, Bun); elsewhere it throws, and the host is refused. */
const nodeLookup: Lookup = async (hostname) => {
  let dns: typeof import('node:dns');
  try {
    dns = await import('node:dns');
  } catch {
    throw new Error(
      'this runtime has no node:dns: give the gateway a `lookup`, or `lookup: false` where its fetch cannot reach private addresses',
    );
  }
  return dns.promises.lookup(hostname, { all: true, verbatim: true });
};

export interface Upstream {
  text: string;
  /** The URL after redirects. */
  url: string;
  contentType?: string;
}

/** Fetches `start`, following at most five redirects, each checked like the first URL. */
export async function fetchUpstream(start: URL, options: UpstreamOptions): Promise<Upstream> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeout);
  try {
    let url = start;
    for (let hop = 0; ; hop++) {
      checkUrl(url, options);
      const addresses = await checkAddresses(url, options);
      // Nothing of the caller's request: no cookies, no headers but what a feed reader sends.
      const headers = { accept: FEED_ACCEPT, 'user-agent': 'news-widgets-gateway' };
      const response =
        (options.pin && addresses && (await pinnedFetch(url, { headers, signal: controller.signal }, addresses))) ||
        (await options.fetch(url.href, {
          headers,
          redirect: 'manual',
          credentials: 'omit',
          signal: controller.signal,
        }));
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS)
          throw new GatewayError(502, 'http', `The feed redirected more than ${MAX_REDIRECTS} times.`);
        try {
          url = new URL(location, url);
        } catch {
          throw new GatewayError(502, 'http', `The feed redirected to an invalid URL.`);
        }
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new GatewayError(502, 'http', `The feed server answered ${response.status}.`, response.status);
      }
      const text = await readCapped(response, options.maxBytes);
      if (text === undefined) {
        throw new GatewayError(502, 'too-large', `The feed is larger than the ${options.maxBytes}-byte limit.`);
      }
      return { text, url: url.href, contentType: response.headers.get('content-type') ?? undefined };
    }
  } catch (error) {
    if (error instanceof GatewayError) throw error;
    if (controller.signal.aborted) {
      throw new GatewayError(504, 'timeout', `The feed did not answer within ${options.timeout} ms.`);
    }
    throw new GatewayError(502, 'network', `The feed could not be fetched (${(error as Error).message}).`);
  } finally {
    clearTimeout(timer);
  }
}
