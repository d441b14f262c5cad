import { inheritedLang } from '../format/locale.js';
import type { FeedHost } from './feed-state.js';
import { LazyGate } from './lazy-gate.js';

/**
 * A feed that came with a server-rendered widget (src/internal/hydration.ts), standing in for
 * `src` while `src` is the one it was fetched from: the widget shows it without a request.
 */
export interface EmbeddedFeed {
  /** The `src` it was fetched from; none for a feed given to the server as an object. */
  src?: string;
  /** A JSON Feed object. */
  feed: unknown;
  /** The locale the server rendered in: the widget keeps speaking it, so its words do not change. */
  locale: string;
}

/**
 * What a widget's load depends on, read from the widget: its source (the `feed` property, a feed
 * embedded by the server, or `src`), the locale asked for, whether it may load yet (a lazy
 * widget away from the viewport may not), and the widget's own pick arguments.
 */
export class LoadArgs {
  /** The server's feed, until a reload asks the network again. */
  embedded?: EmbeddedFeed;
  readonly #host: FeedHost;
  readonly #lazy: LazyGate;
  readonly #pickArgs: () => readonly unknown[];

  constructor(host: FeedHost, pickArgs: () => readonly unknown[]) {
    this.#host = host;
    this.#pickArgs = pickArgs;
    this.#lazy = new LazyGate(host);
  }

  /** Whether the widget has something to show: a feed, a `src`, or the server's feed. */
  hasSource(): boolean {
    const { feed, src } = this.#host;
    return feed != null || (typeof src === 'string' && src.trim() !== '') || this.#embeddedNow() !== undefined;
  }

  /** `[source, locale asked for, may load now, ...pick arguments]`. */
  current(): readonly unknown[] {
    const { feed, src, locale } = this.#host;
    const embedded = this.#embeddedNow();
    // A feed that came with the page waits for no viewport: it costs no request.
    const active = (this.hasSource() && this.#lazy.open) || embedded !== undefined;
    // The locale asked for: the attribute, else the server's for its feed, else the nearest `lang`.
    const asked = locale || embedded?.locale || inheritedLang(this.#host);
    return [feed ?? embedded?.feed ?? src, asked, active, ...this.#pickArgs()];
  }

  /**
   * Whether `source` is the server's feed. Its content stays on screen until a source given
   * later (a `feed` property set before the element upgraded, which Lit applies at the first
   * update) has loaded: that update hydrates the server's DOM, which must not meet a skeleton.
   */
  isEmbedded(source: unknown): boolean {
    return source !== undefined && source === this.embedded?.feed;
  }

  /** The embedded feed, while it stands for the widget's source. */
  #embeddedNow(): EmbeddedFeed | undefined {
    const embedded = this.embedded;
    const { feed, src } = this.#host;
    return embedded && feed == null && (embedded.src || undefined) === (src || undefined) ? embedded : undefined;
  }
}

/** Whether a load with `args` would depend on the same things as the one `started` with. */
export function sameArgs(args: readonly unknown[], started: readonly unknown[] | undefined): boolean {
  return !!started && args.length === started.length && args.every((arg, i) => Object.is(arg, started[i]));
}
