import type { LitElement, PropertyValues, ReactiveElement, adoptStyles, render } from 'lit';
import { hydrate } from '@lit-labs/ssr-client';
import type { EmbeddedFeed } from '../data/load-args.js';
import type { Clock, atClock } from '../format/relative-time.js';

// A widget rendered on a server (news-widgets/ssr) arrives with its content in a declarative
// shadow root and its feed in a JSON script of its light DOM. The widget shows that feed rather
// than fetching `src`, and takes over the server's DOM (hydrates it with @lit-labs/ssr-client)
// instead of rendering anew: no request, no skeleton, nothing moves. This module is a chunk of
// its own, fetched only by a page that has a server-rendered widget.

/** The element of the embedded feed: what the server writes, and the widget reads. */
export const FEED_SCRIPT = 'script[type="application/json"][data-news-feed]';

/** What the server's JSON script holds. */
export interface EmbeddedData extends EmbeddedFeed {
  /** When the server rendered, and in which time zone: its dates are worded as of then. */
  renderedAt: string;
  timeZone?: string;
}

/** The hydrating update: given the changed properties and the widget's render, takes over the server's DOM. */
export type HydratingUpdate = (changed: PropertyValues, render: () => unknown) => void;

/**
 * The page's own Lit, given rather than imported: a chunk that imported Lit would make the
 * bundler split the widgets' shared code differently, at a cost to every page.
 */
export interface Lit {
  ReactiveElement: typeof ReactiveElement;
  adoptStyles: typeof adoptStyles;
  render: typeof render;
}

/** What of its controller hydration uses. */
interface Controller {
  useEmbedded(embedded: EmbeddedFeed): void;
  prepare(): Promise<void>;
}

/** The feed the server embedded in `host`'s light DOM, or undefined for none (or a broken one). */
export function readEmbedded(host: HTMLElement): EmbeddedData | undefined {
  const script = [...host.children].find((child) => child.matches(FEED_SCRIPT));
  try {
    const data = JSON.parse(script?.textContent || 'null') as Partial<EmbeddedData> | null;
    if (!data || typeof data.feed !== 'object' || typeof data.locale !== 'string') return undefined;
    return { ...data, feed: data.feed, locale: data.locale, renderedAt: String(data.renderedAt) };
  } catch {
    return undefined;
  }
}

/** The server's clock from its data, when it gives a valid one. */
function serverClock(data: EmbeddedData | undefined): Clock | undefined {
  const now = new Date(data?.renderedAt ?? NaN);
  return Number.isNaN(now.getTime()) ? undefined : { now, timeZone: data?.timeZone };
}

/**
 * Gets a server-rendered widget ready for its first update: its controller shows the embedded
 * feed and has its complete state (the content the server rendered); without one, the server
 * rendered the loading state, which the first update shows too. Resolves to the hydrating
 * update, or undefined when there is no server DOM to take over (only an embedded feed).
 */
export async function prepareHydration(
  host: LitElement,
  controller: Controller,
  /** The widgets' own (given, so that this chunk shares no date code with the page's). */
  pinClock: typeof atClock,
  { ReactiveElement, adoptStyles, render: renderTo }: Lit,
): Promise<HydratingUpdate | undefined> {
  const embedded = readEmbedded(host);
  if (embedded) {
    controller.useEmbedded(embedded);
    await controller.prepare();
  }
  if (!host.shadowRoot?.firstChild) return undefined;
  const clock = serverClock(embedded);
  return (changed, render) => {
    // The server's words, its dates worded by its clock, as its DOM shows them.
    const value = pinClock(clock, render);
    host.renderOptions.isConnected = host.isConnected;
    // ReactiveElement's own update (reflecting attributes), under LitElement's render.
    (Object.getOwnPropertyDescriptor(ReactiveElement.prototype, 'update')!.value as HydratingUpdate).call(
      host,
      changed,
      render,
    );
    try {
      hydrate(value, host.renderRoot, host.renderOptions);
    } catch (error) {
      // Not the server's templates (another version of the widgets on the server): render afresh.
      console.warn(`<${host.localName}>: the server's HTML could not be hydrated; rendering it again.`, error);
      host.renderRoot.replaceChildren();
      adoptStyles(host.renderRoot as ShadowRoot, (host.constructor as typeof LitElement).elementStyles);
      renderTo(value, host.renderRoot, host.renderOptions);
    }
    // Then by the reader's clock and time zone: a relative time corrected in its own text node.
    void host.updateComplete.then(() => host.requestUpdate());
  };
}
