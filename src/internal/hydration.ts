import type { EmbeddedFeed } from '../data/feed-controller.js';
import type { Clock } from '../format/relative-time.js';

// A widget rendered on a server (news-widgets/ssr) arrives with its content in a declarative
// shadow root and its feed in a JSON script of its light DOM. The widget shows that feed rather
// than fetching `src`, and takes over the server's DOM (hydrates it with @lit-labs/ssr-client)
// instead of rendering anew: no request, no skeleton, nothing moves. The hydrating code is a
// chunk of its own, fetched only by a page that has a server-rendered widget.

/** The element of the embedded feed: what the server writes, and the widget reads. */
export const FEED_SCRIPT = 'script[type="application/json"][data-news-feed]';

/** What the server's JSON script holds. */
export interface EmbeddedData extends EmbeddedFeed {
  /** When the server rendered, and in which time zone: its dates are worded as of then. */
  renderedAt: string;
  timeZone?: string;
}

type Hydrate = (value: unknown, container: HTMLElement | DocumentFragment, options?: object) => unknown;

/** A server-rendered widget's hydration, from its first connection to its first update. */
export interface Hydration {
  /** The server's clock, to read its words back exactly as it wrote them. */
  clock?: Clock;
  /** Whether the server embedded the feed (and so rendered the content). */
  embedded: boolean;
  /** Set once the hydrating code has loaded. */
  hydrate?: Hydrate;
}

/** The feed the server embedded in `host`'s light DOM, or undefined for none (or a broken one). */
export function readEmbedded(host: HTMLElement): EmbeddedData | undefined {
  const script = [...host.children].find((child) => child.matches(FEED_SCRIPT));
  if (!script) return undefined;
  try {
    const data = JSON.parse(script.textContent ?? '') as Partial<EmbeddedData> | null;
    if (!data || typeof data.feed !== 'object' || typeof data.locale !== 'string') return undefined;
    return { ...data, feed: data.feed, locale: data.locale, renderedAt: String(data.renderedAt) };
  } catch {
    return undefined;
  }
}

/** The server's clock from its data, when it says a valid one. */
export function serverClock(data: EmbeddedData | undefined): Clock | undefined {
  const now = new Date(data?.renderedAt ?? NaN);
  return Number.isNaN(now.getTime()) ? undefined : { now, timeZone: data?.timeZone };
}

/** Whether `host` arrived with a shadow root the server filled. */
export function serverRendered(host: HTMLElement): boolean {
  return host.shadowRoot?.firstChild != null;
}

/** Fetches the hydrating code. */
export async function loadHydrate(): Promise<Hydrate> {
  const { hydrate } = await import('@lit-labs/ssr-client');
  return hydrate;
}
