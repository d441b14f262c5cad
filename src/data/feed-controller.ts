import { nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { DEFAULT_TIMEOUT, parseFeed, resolveFeedUrl } from './load.js';
import { loadSharedFeed } from './feed-cache.js';
import { readStaleCopy } from './stale-store.js';
import { isNormalisedFeed, normaliseFeed } from './normalise.js';
import { FeedError, toFeedError } from './feed-error.js';
import type { NewsFeed } from './types.js';
import { loadLanguage } from '../format/language.js';
import type { DateLocale } from '../format/english.js';
import { inheritedLang, isRightToLeft, resolveLocale } from '../format/locale.js';
import type { Messages } from '../format/messages.js';
import { NewsLoadEvent } from '../events/news-load.js';
import { NewsErrorEvent } from '../events/news-error.js';

/** What a widget element offers the controller. */
export interface FeedHost extends ReactiveElement {
  src?: string;
  feed?: unknown;
  locale?: string;
  loading: 'eager' | 'lazy';
  /** Seconds between background refreshes; 0 or unset never refreshes. */
  refresh?: number;
  /** Seconds a feed has to answer. */
  timeout?: number;
}

/** A widget's picked content, with the language it is written in when known. */
export interface Selection<V> {
  view: V;
  language?: string;
}

/** Everything a widget needs to render its content. */
export interface FeedState<V> {
  feed: NewsFeed;
  view: V;
  /** The resolved BCP 47 locale. */
  locale: string;
  dir: 'ltr' | 'rtl';
  dateLocale: DateLocale;
  messages: Messages;
  /** Set when the network failed and this is the last good copy, saved at that time. */
  staleSince?: Date;
}

export interface FeedRenderers<V, T> {
  /** Loading, or waiting to come near the viewport (`loading="lazy"`). */
  pending: () => T;
  complete: (state: FeedState<V>) => T;
  error: (error: FeedError) => T;
}

/**
 * The longest `timeout` honoured, in seconds: five minutes. (A timer of more than 2³¹ ms, about
 * 25 days, would fire at once.)
 */
export const MAX_TIMEOUT_SECONDS = 300;
/** Automatic retries of a transient failure, and the first delay (tripled each time). */
export const AUTO_RETRIES = 3;
export const FIRST_RETRY_MS = 2_000;
/** Where the widget's current load stands. */
type Status = 'idle' | 'pending' | 'complete' | 'error';

/**
 * Loads a widget's feed (from `src`, or the `feed` property), picks what the widget shows,
 * resolves its locale, and reports the outcome with `news-load` / `news-error` events.
 *
 * A load starts whenever what it depends on changes (the source, the locale, whether the
 * widget may load yet, and the widget's own {@link selectArgs}); starting one aborts the one
 * in flight, whose result is then ignored. Transient failures are retried with backoff and,
 * meanwhile, the last good copy of the feed is shown when there is one. While a refresh or
 * retry is in flight the current content stays on screen. Refreshes are the business of a
 * `RefreshController` (./refresh.ts), loaded only by a widget with a `refresh` attribute.
 *
 * This is the one loading controller every widget shares. It keeps its own four-state status
 * rather than wrap `@lit/task`: the retries, refreshes and offline copy around it are most of
 * the work, and a page with one card is 0.5 KB gzip lighter without the extra controller.
 */
export class FeedController<V> implements ReactiveController {
  #status: Status = 'idle';
  #error?: FeedError;
  /** What the current load was started with, to tell when a new one is due. */
  #args?: readonly unknown[];
  #abort?: AbortController;
  /** Callers of {@link complete} waiting for the current load. */
  #waiting: (() => void)[] = [];
  /** Set while a `loading="lazy"` widget waits to near the viewport: stops the watch. */
  #unobserve?: Promise<() => void>;
  #visible = false;
  #warnedNoSource = false;
  /** The last content shown, kept on screen while the next load runs. */
  #shown?: { source: unknown; state: FeedState<V> };
  #retries = 0;
  #retryTimer?: ReturnType<typeof setTimeout>;
  /** The refresh controller, once a `refresh` attribute asked for it. */
  #refresher?: Promise<unknown>;
  /** Set for a run that must ask the network rather than reuse the page's shared copy. */
  #bypassShared = false;

  readonly #host: FeedHost;
  /** Picks the widget's content; throws a `not-found` FeedError when it is missing. */
  readonly #select: (feed: NewsFeed) => Selection<V> | Promise<Selection<V>>;
  /** Host properties the selection depends on (such as `articleId`). */
  readonly #selectArgs: () => readonly unknown[];

  constructor(
    host: FeedHost,
    select: (feed: NewsFeed) => Selection<V> | Promise<Selection<V>>,
    selectArgs: () => readonly unknown[] = () => [],
  ) {
    this.#host = host;
    this.#select = select;
    this.#selectArgs = selectArgs;
    host.addController(this);
  }

  get #source(): unknown {
    return this.#host.feed ?? this.#host.src;
  }

  /** Whether the widget has a source and may load it now. */
  get #active(): boolean {
    return this.#hasSource && (this.#host.loading !== 'lazy' || this.#visible);
  }

  get #hasSource(): boolean {
    return this.#host.feed != null || (typeof this.#host.src === 'string' && this.#host.src.trim() !== '');
  }

  /** The locale before the feed is known: the attribute, else the nearest `lang`. */
  requestedLocale(): string | undefined {
    return this.#host.locale || inheritedLang(this.#host);
  }

  /** What the last background refresh brought, for the live region ("2 new stories"). */
  announcement = '';

  /** The content on screen, once a load has completed. */
  get current(): FeedState<V> | undefined {
    return this.#status === 'complete' ? this.#shown?.state : undefined;
  }

  /** Resolves when the current load has finished, whether it succeeded or failed. */
  get complete(): Promise<void> {
    return this.#status === 'pending'
      ? new Promise((resolve) => this.#waiting.push(resolve))
      : Promise.resolve();
  }

  /** Loads again at once from the network (the retry button, and background refreshes). */
  retry(): Promise<void> {
    clearTimeout(this.#retryTimer);
    this.#retries = 0;
    return this.#reload();
  }

  hostConnected(): void {
    if (this.#host.loading === 'lazy' && !this.#visible) this.#observe();
    // Put back after a removal that abandoned its load: the update starts afresh.
    this.#host.requestUpdate();
  }

  /**
   * A removed widget leaves nothing running: its load is abandoned and its retry cancelled,
   * and one that had not settled (loading, failing, or showing an offline copy) loads
   * afresh if it is put back.
   */
  hostDisconnected(): void {
    void this.#unobserve?.then((stop) => stop());
    this.#unobserve = undefined;
    clearTimeout(this.#retryTimer);
    // Complete with retries counted: the content shown is an offline copy.
    if (this.#status != 'complete' || this.#retries) {
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
    if (this.#shown && this.#shown.source !== args[0]) {
      this.#shown = undefined;
      this.#retries = 0;
      this.announcement = '';
      clearTimeout(this.#retryTimer);
    }
    void this.#start(args);
  }

  hostUpdated(): void {
    if (!this.#hasSource && !this.#warnedNoSource) {
      this.#warnedNoSource = true;
      this.#warn('set the "src" attribute or the "feed" property to show news.');
    }
    if (this.#host.loading === 'lazy' && !this.#visible && !this.#unobserve) this.#observe();
    this.#refresher ??= this.#host.refresh
      ? import('./refresh.js').then(({ RefreshController }) => new RefreshController(this.#host, this))
      : undefined;
  }

  /** The widget's content for where its load stands; nothing without a source. */
  render<T>(renderers: FeedRenderers<V, T>): T | typeof nothing {
    if (this.#status === 'error') return renderers.error(this.#error!);
    if (this.#shown) return renderers.complete(this.#shown.state);
    return this.#hasSource ? renderers.pending() : nothing;
  }

  #currentArgs(): readonly unknown[] {
    return [this.#source, this.requestedLocale(), this.#active, ...this.#selectArgs()];
  }

  /** Loads afresh from the network (a retry or a refresh), unless another widget just did. */
  #reload(): Promise<void> {
    this.#bypassShared = true;
    return this.#start(this.#currentArgs());
  }

  async #start(args: readonly unknown[]): Promise<void> {
    this.#args = args;
    const [source, requested, active] = args as [unknown, string | undefined, boolean];
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#status = active ? 'pending' : 'idle';
    this.#host.requestUpdate();
    if (!active) return this.#settle();
    // The strings for the error state, should there be one, load while the feed does.
    const earlyMessages = loadLanguage(resolveLocale(requested));
    let state: FeedState<V> | undefined;
    let error: unknown;
    try {
      state = await this.#load(source, requested, abort.signal);
    } catch (caught) {
      error = caught;
      await earlyMessages;
    }
    if (abort !== this.#abort) return; // a newer load took over
    if (state) {
      this.#status = 'complete';
      this.#shown = { source, state };
      if (!state.staleSince) {
        this.#retries = 0;
        this.#host.dispatchEvent(new NewsLoadEvent({ feed: state.feed }));
      }
    } else {
      this.#status = 'error';
      this.#shown = undefined;
      this.#report((this.#error = toFeedError(error, this.#host.src)));
    }
    this.#host.requestUpdate();
    this.#settle();
  }

  /** Tells the developer, naming the widget: `<news-card>: …`. */
  #warn(message: string, ...details: unknown[]) {
    console.warn(`<${this.#host.localName}>: ${message}`, ...details);
  }

  #settle() {
    for (const resolve of this.#waiting.splice(0)) resolve();
  }

  #report(error: FeedError) {
    this.#warn(error.message, error);
    this.#host.dispatchEvent(new NewsErrorEvent({ error }));
    if (error.transient && this.#retries < AUTO_RETRIES) {
      const delay = FIRST_RETRY_MS * 3 ** this.#retries * (0.8 + Math.random() * 0.4);
      this.#retries += 1;
      clearTimeout(this.#retryTimer);
      this.#retryTimer = setTimeout(() => void this.#reload(), delay);
    }
  }

  #observe() {
    this.#unobserve = import('./near-viewport.js').then(({ whenNearViewport }) =>
      whenNearViewport(this.#host, () => {
        this.#visible = true;
        this.#unobserve = undefined;
        this.#host.requestUpdate();
      }),
    );
  }


  async #load(source: unknown, requested: string | undefined, signal: AbortSignal): Promise<FeedState<V>> {
    const bypass = this.#bypassShared;
    this.#bypassShared = false;
    const warn = (message: string) => this.#warn(`feed: ${message}`);
    let feed: NewsFeed;
    let staleSince: Date | undefined;
    if (typeof source === 'string') {
      const url = resolveFeedUrl(source);
      try {
        feed = await loadSharedFeed(url, {
          signal,
          warn,
          timeout: this.#timeoutMs(),
          // A refresh or retry asks the network, unless another widget just did.
          maxAge: bypass ? 2_000 : undefined,
        });
        // Every widget showing this feed is woken by the same response: each renders in a task
        // of its own rather than all in one long task (a timer from a network task is not
        // clamped, so this costs no delay).
        await new Promise((resolve) => setTimeout(resolve));
      } catch (error) {
        const feedError = toFeedError(error, url);
        const copy = feedError.transient && !signal.aborted ? readStaleCopy(url) : undefined;
        if (!copy) throw error;
        this.#report(feedError);
        feed = await parseFeed(copy.text, copy.url);
        staleSince = copy.savedAt;
      }
    } else if (isNormalisedFeed(source)) {
      feed = source;
    } else {
      feed = normaliseFeed(source, { baseUrl: document.baseURI, warn });
    }
    const { view, language } = await this.#select(feed);
    const locale = resolveLocale(requested, language, feed.language);
    const { dateLocale, messages } = await loadLanguage(locale);
    return {
      feed,
      view,
      locale,
      dir: isRightToLeft(locale) ? 'rtl' : 'ltr',
      dateLocale,
      messages,
      staleSince,
    };
  }

  /** `timeout` in milliseconds: the default for none, at most {@link MAX_TIMEOUT_SECONDS}. */
  #timeoutMs(): number {
    const seconds = Number(this.#host.timeout);
    return seconds > 0 ? Math.min(seconds, MAX_TIMEOUT_SECONDS) * 1000 : DEFAULT_TIMEOUT;
  }
}
