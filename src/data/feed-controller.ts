import type { ReactiveController } from 'lit';
import { isServer } from 'lit';
import { feedFrom, retryDelay, timeoutMs } from './feed-source.js';
import { stateNow } from './server-state.js';
import { toFeedError, type FeedError } from './feed-error.js';
import type { NewsFeed } from './types.js';
import { loadMessages, loadedMessages } from '../format/strings.js';
import { en } from '../format/messages.js';
import { inheritedLang, resolveLocale } from '../format/locale.js';
import { voice, type FeedHost, type FeedState, type Picked } from './feed-state.js';
import { NewsLoadEvent } from '../events/news-load.js';
import { NewsErrorEvent } from '../events/news-error.js';
import { LazyGate } from './lazy-gate.js';

/**
 * Loads a widget's feed (from `src` through the feed source, or the `feed` property), picks
 * what the widget shows, resolves its locale and words, and reports the outcome with
 * `news-load` / `news-error` events. A load starts whenever what it depends on changes (the
 * source, the locale, whether a lazy widget may load yet, and the widget's pick
 * arguments), aborting the one in flight. While a reload runs, the content stays on screen.
 *
 * Not `@lit/task`: its pending state would hide the content during every retry and refresh,
 * and the retries and offline copy around the load are most of what is here.
 */
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

export class FeedController<V> implements ReactiveController {
  #state?: FeedState<V>;
  #embedded?: EmbeddedFeed;
  /** The source {@link state} shows. */
  #source?: unknown;
  /** Set while a load runs. */
  #running = false;
  /** What the current load was started with, to tell when a new one is due. */
  #args?: readonly unknown[];
  #abort?: AbortController;
  /** Callers of {@link complete} waiting for the load in flight. */
  #waiting: (() => void)[] = [];
  #warnedNoSource = false;
  /** Automatic retries made since the last load that succeeded. */
  #retries = 0;
  #retryTimer?: ReturnType<typeof setTimeout>;

  readonly #host: FeedHost;
  readonly #lazy: LazyGate;
  /** Picks the widget's content; throws a `not-found` FeedError when it is missing. */
  readonly #pick: (feed: NewsFeed) => Picked<V> | Promise<Picked<V>>;
  /** Host properties the pick depends on (such as `articleId`). */
  readonly #pickArgs: () => readonly unknown[];

  constructor(
    host: FeedHost,
    pick: (feed: NewsFeed) => Picked<V> | Promise<Picked<V>>,
    pickArgs: () => readonly unknown[] = () => [],
  ) {
    this.#host = host;
    this.#pick = pick;
    this.#pickArgs = pickArgs;
    this.#lazy = new LazyGate(host);
    host.addController(this);
  }

  /** What the widget shows; undefined while it has no source. */
  get state(): FeedState<V> | undefined {
    return this.#state;
  }

  /** Resolves when the load in flight has finished, whether it succeeded or failed. */
  get complete(): Promise<void> {
    return this.#running ? new Promise((resolve) => this.#waiting.push(resolve)) : Promise.resolve();
  }

  /** Loads again from the network at once (the retry button, and background refreshes). */
  reload(): Promise<void> {
    this.#embedded = undefined;
    clearTimeout(this.#retryTimer);
    this.#retries = 0;
    return this.#run(this.#currentArgs(), true);
  }

  /** Shows `embedded` rather than fetching `src`, until a reload asks the network again. */
  useEmbedded(embedded: EmbeddedFeed): void {
    this.#embedded = embedded;
  }

  /**
   * Starts the load now, ahead of the host's update, and resolves when it has settled: a
   * hydrating widget's first frame is its complete state, as the server rendered it.
   */
  prepare(): Promise<void> {
    this.hostUpdate();
    return this.complete;
  }

  /**
   * On a server (Lit SSR), which runs neither an update cycle nor a load: the state made at once
   * (./server-state.ts). Nothing in a browser.
   */
  settleNow(): void {
    if (isServer) this.#state = stateNow(this.#currentArgs(), this.#hasSource(), this.#pick, this.#host.src);
  }

  hostConnected(): void {
    // Put back after a removal that abandoned its load: the update starts afresh.
    this.#host.requestUpdate();
  }

  /**
   * A removed widget leaves nothing running: its load is abandoned and its retry cancelled,
   * and one that had not settled (loading, failing, or showing an offline copy) loads afresh
   * if it is put back.
   */
  hostDisconnected(): void {
    clearTimeout(this.#retryTimer);
    if (this.#state?.status !== 'complete' || this.#state.staleSince) {
      this.#abort?.abort();
      this.#abort = this.#args = undefined;
      this.#retries = 0;
      this.#settle();
    }
  }

  hostUpdate(): void {
    // A removed widget loads nothing until it is put back.
    if (!this.#host.isConnected) return;
    const args = this.#currentArgs();
    const previous = this.#args;
    if (previous && args.length === previous.length && args.every((arg, i) => Object.is(arg, previous[i]))) return;
    // A new source starts afresh: no retries or content carried over from the old one.
    if (this.#source !== args[0]) {
      this.#state = undefined;
      this.#retries = 0;
      clearTimeout(this.#retryTimer);
    }
    void this.#run(args, false);
  }

  hostUpdated(): void {
    if (!this.#hasSource() && !this.#warnedNoSource) {
      this.#warnedNoSource = true;
      this.#warn('set the "src" attribute or the "feed" property to show news.');
    }
  }

  #hasSource(): boolean {
    const { feed, src } = this.#host;
    return feed != null || (typeof src === 'string' && src.trim() !== '') || this.#embeddedNow() !== undefined;
  }

  /** The embedded feed, while it stands for the widget's source. */
  #embeddedNow(): EmbeddedFeed | undefined {
    const embedded = this.#embedded;
    const { feed, src } = this.#host;
    return embedded && feed == null && (embedded.src || undefined) === (src || undefined) ? embedded : undefined;
  }

  #currentArgs(): readonly unknown[] {
    const { feed, src, locale } = this.#host;
    const embedded = this.#embeddedNow();
    // A feed that came with the page waits for no viewport: it costs no request.
    const active = (this.#hasSource() && this.#lazy.open) || embedded !== undefined;
    // The locale asked for: the attribute, else the server's for its feed, else the nearest `lang`.
    const asked = locale || embedded?.locale || inheritedLang(this.#host);
    return [feed ?? embedded?.feed ?? src, asked, active, ...this.#pickArgs()];
  }

  async #run(args: readonly unknown[], fresh: boolean): Promise<void> {
    this.#args = args;
    const [source, requested, active] = args as [unknown, string | undefined, boolean];
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#source = source;
    const locale = resolveLocale(requested);
    const words = loadMessages(locale);
    if (!this.#hasSource()) this.#state = undefined;
    else if (this.#state?.status !== 'complete') {
      this.#state = { status: 'pending', ...voice(locale, loadedMessages(locale) ?? en) };
      // The loading state speaks the widget's language as soon as its words arrive.
      void words.then((messages) => {
        if (abort === this.#abort && this.#state?.status === 'pending') this.#show({ ...this.#state, messages });
      });
    }
    this.#host.requestUpdate();
    if (!active) {
      this.#settle();
      return;
    }
    this.#running = true;
    try {
      const { feed, staleSince, failure } = await feedFrom(source, {
        signal: abort.signal,
        fresh,
        timeout: timeoutMs(this.#host.timeout),
        warn: (message) => this.#warn(`feed: ${message}`),
      });
      const { view, language } = await this.#pick(feed);
      const feedLocale = resolveLocale(requested, language, feed.language);
      const messages = await loadMessages(feedLocale);
      if (abort !== this.#abort) return; // a newer load took over
      this.#show({ status: 'complete', feed, view, staleSince, ...voice(feedLocale, messages) });
      if (failure) this.#failed(failure);
      else {
        this.#retries = 0;
        this.#host.dispatchEvent(new NewsLoadEvent({ feed }));
      }
    } catch (caught) {
      const error = toFeedError(caught, this.#host.src);
      const messages = await words;
      if (abort !== this.#abort) return;
      this.#show({ status: 'error', error, ...voice(locale, messages) });
      this.#failed(error);
    }
    this.#settle();
  }

  #show(state: FeedState<V>) {
    this.#state = state;
    this.#host.requestUpdate();
  }

  /** Tells the developer, naming the widget: `<news-card>: …`. */
  #warn(message: string, ...details: unknown[]) {
    console.warn(`<${this.#host.localName}>: ${message}`, ...details);
  }

  #settle() {
    this.#running = false;
    for (const resolve of this.#waiting.splice(0)) resolve();
  }

  /** Reports a failure, and schedules a retry when one may help. */
  #failed(error: FeedError) {
    this.#warn(error.message, error);
    this.#host.dispatchEvent(new NewsErrorEvent({ error }));
    const delay = retryDelay(error, this.#retries);
    if (delay === undefined) return;
    this.#retries += 1;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => void this.#run(this.#currentArgs(), true), delay);
  }
}
