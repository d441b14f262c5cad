import type { ReactiveController } from 'lit';
import { isServer } from 'lit';
import { feedFrom, timeoutMs } from './feed-source.js';
import { Retries } from './retries.js';
import { stateNow } from './server-state.js';
import { toFeedError, type FeedError } from './feed-error.js';
import { loadMessages, loadedMessages } from '../format/strings.js';
import { en } from '../format/messages.js';
import { resolveLocale } from '../format/locale.js';
import { voice, type FeedHost, type FeedState, type PickView } from './feed-state.js';
import { NewsLoadEvent } from '../events/news-load.js';
import { NewsErrorEvent } from '../events/news-error.js';
import { LoadArgs, sameArgs, type EmbeddedFeed } from './load-args.js';

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
export class FeedController<V> implements ReactiveController {
  #state?: FeedState<V>;
  /** The source {@link state} shows. */
  #source?: unknown;
  /** Set while a load runs. */
  #running = false;
  /** What the current load was started with, to tell when a new one is due. */
  #started?: readonly unknown[];
  #abort?: AbortController;
  /** Callers of {@link complete} waiting for the load in flight. */
  #waiting: (() => void)[] = [];
  #warnedNoSource = false;
  readonly #retries = new Retries();

  readonly #host: FeedHost;
  readonly #loadArgs: LoadArgs;
  readonly #pick: PickView<V>;

  constructor(host: FeedHost, pick: PickView<V>, pickArgs: () => readonly unknown[] = () => []) {
    this.#host = host;
    this.#pick = pick;
    this.#loadArgs = new LoadArgs(host, pickArgs);
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
    this.#loadArgs.embedded = undefined;
    this.#retries.reset();
    return this.#run(this.#loadArgs.current(), true);
  }

  /** Shows `embedded` rather than fetching `src`, until a reload asks the network again. */
  useEmbedded(embedded: EmbeddedFeed): void {
    this.#loadArgs.embedded = embedded;
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
    if (isServer)
      this.#state = stateNow(this.#loadArgs.current(), this.#loadArgs.hasSource(), this.#pick, this.#host.src);
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
    this.#retries.cancel();
    if (this.#state?.status !== 'complete' || this.#state.staleSince) {
      this.#abort?.abort();
      this.#abort = this.#started = undefined;
      this.#retries.reset();
      this.#settle();
    }
  }

  hostUpdate(): void {
    // A removed widget loads nothing until it is put back.
    if (!this.#host.isConnected) return;
    // Words a page gave for this language after the state was made (`registerWords`).
    const state = this.#state;
    const words = state && loadedMessages(state.locale);
    if (words && words !== state.messages) this.#state = { ...state, messages: words };
    const args = this.#loadArgs.current();
    if (sameArgs(args, this.#started)) return;
    // A new source starts afresh, with no retries or content carried over (the server's content excepted).
    if (this.#source !== args[0] && !this.#loadArgs.isEmbedded(this.#source)) {
      this.#state = undefined;
      this.#retries.reset();
    }
    void this.#run(args, false);
  }

  hostUpdated(): void {
    if (!this.#loadArgs.hasSource() && !this.#warnedNoSource) {
      this.#warnedNoSource = true;
      this.#warn('set the "src" attribute or the "feed" property to show news.');
    }
  }

  async #run(args: readonly unknown[], fresh: boolean): Promise<void> {
    this.#started = args;
    const [source, requested, active] = args as [unknown, string | undefined, boolean];
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#source = source;
    const locale = resolveLocale(requested);
    const words = loadMessages(locale);
    if (!this.#loadArgs.hasSource()) this.#state = undefined;
    else if (this.#state?.status !== 'complete') {
      this.#state = { status: 'pending', ...voice(locale, loadedMessages(locale) ?? en) };
      // The loading state speaks the widget's language as soon as its words arrive: the update
      // gives the state the words now at hand (hostUpdate).
      void words.then(() => this.#host.requestUpdate());
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
        this.#retries.succeeded();
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
    this.#retries.schedule(error, () => void this.#run(this.#loadArgs.current(), true));
  }
}
