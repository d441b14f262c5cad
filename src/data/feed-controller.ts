import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Locale } from 'date-fns';
import { loadFeed } from './load.js';
import { isNormalisedFeed, normaliseFeed } from './normalise.js';
import { FeedError, toFeedError } from './feed-error.js';
import type { NewsFeed } from './types.js';
import { loadDateLocale } from '../format/date-locale.js';
import { inheritedLang, isRightToLeft, resolveLocale } from '../format/locale.js';
import { messagesFor, type Messages } from '../format/messages.js';
import { NewsLoadEvent } from '../events/news-load.js';
import { NewsErrorEvent } from '../events/news-error.js';

/** What a widget element offers the controller. */
export interface FeedHost extends ReactiveElement {
  src?: string;
  feed?: unknown;
  locale?: string;
  loading: 'eager' | 'lazy';
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
  dateLocale: Locale;
  messages: Messages;
}

export interface FeedRenderers<V, T> {
  /** No source yet, or waiting to come into view (`loading="lazy"`). */
  idle: (active: boolean) => T;
  pending: () => T;
  complete: (state: FeedState<V>) => T;
  error: (error: FeedError) => T;
}

/**
 * Loads a widget's feed (from `src`, or the `feed` property), picks what the widget shows,
 * resolves its locale, and reports the outcome with `news-load` / `news-error` events.
 * Built on `@lit/task`, so a stale load is aborted when `src` changes.
 */
export class FeedController<V> implements ReactiveController {
  private readonly task: Task<readonly unknown[], FeedState<V>>;
  private observer?: IntersectionObserver;
  private visible = false;
  private warnedNoSource = false;

  constructor(
    private readonly host: FeedHost,
    /** Picks the widget's content; throws a `not-found` FeedError when it is missing. */
    private readonly select: (feed: NewsFeed) => Selection<V> | Promise<Selection<V>>,
    /** Host properties the selection depends on (such as `articleId`). */
    private readonly selectArgs: () => readonly unknown[] = () => [],
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [
        host.feed ?? host.src,
        this.requestedLocale(),
        this.active,
        ...this.selectArgs(),
      ],
      task: ([source, requested, active], { signal }) =>
        this.run(source, requested as string | undefined, active as boolean, signal),
      onComplete: (state) => host.dispatchEvent(new NewsLoadEvent({ feed: state.feed })),
      onError: (error) => {
        const feedError = toFeedError(error, host.src);
        console.warn(`<${host.localName}>: ${feedError.message}`, feedError);
        host.dispatchEvent(new NewsErrorEvent({ error: feedError }));
      },
    });
  }

  /** Whether the widget has a source and may load it now. */
  get active(): boolean {
    return this.hasSource && (this.host.loading !== 'lazy' || this.visible);
  }

  get hasSource(): boolean {
    return this.host.feed != null || (typeof this.host.src === 'string' && this.host.src.trim() !== '');
  }

  /** The locale before the feed is known: the attribute, else the nearest `lang`. */
  requestedLocale(): string | undefined {
    return this.host.locale || inheritedLang(this.host);
  }

  /** Loads again at once, bypassing nothing but the current state. */
  retry(): Promise<void> {
    return this.task.run();
  }

  hostConnected(): void {
    if (this.host.loading === 'lazy' && !this.visible) this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated(): void {
    if (!this.hasSource && !this.warnedNoSource) {
      this.warnedNoSource = true;
      console.warn(`<${this.host.localName}>: set the "src" attribute or the "feed" property to show news.`);
    }
    if (this.host.loading === 'lazy' && !this.visible && !this.observer) this.observe();
  }

  render<T>(renderers: FeedRenderers<V, T>): T {
    switch (this.task.status) {
      case TaskStatus.PENDING:
        return renderers.pending();
      case TaskStatus.COMPLETE:
        return renderers.complete(this.task.value!);
      case TaskStatus.ERROR:
        return renderers.error(toFeedError(this.task.error, this.host.src));
      default:
        return renderers.idle(this.hasSource);
    }
  }

  private observe() {
    if (typeof IntersectionObserver === 'undefined') {
      this.visible = true;
      return;
    }
    // About one viewport ahead, so the feed is usually there by the time it is seen.
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.visible = true;
        this.observer?.disconnect();
        this.observer = undefined;
        this.host.requestUpdate();
      },
      { rootMargin: '100% 0px 100% 0px' },
    );
    this.observer.observe(this.host);
  }

  private async run(
    source: unknown,
    requested: string | undefined,
    active: boolean,
    signal: AbortSignal,
  ): Promise<FeedState<V> | typeof initialState> {
    if (!active) return initialState;
    const warn = (message: string) => console.warn(`<${this.host.localName}>: feed: ${message}`);
    let feed: NewsFeed;
    if (typeof source === 'string') {
      feed = await loadFeed(source, { signal, warn });
    } else if (isNormalisedFeed(source)) {
      feed = source;
    } else {
      feed = normaliseFeed(source, { baseUrl: document.baseURI, warn });
    }
    const { view, language } = await this.select(feed);
    const locale = resolveLocale(requested, language, feed.language);
    const dateLocale = await loadDateLocale(locale);
    return {
      feed,
      view,
      locale,
      dir: isRightToLeft(locale) ? 'rtl' : 'ltr',
      dateLocale,
      messages: messagesFor(locale),
    };
  }
}

export { FeedError };
