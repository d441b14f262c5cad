import type { ReactiveController, ReactiveElement } from 'lit';
import type { FeedController } from './feed-controller.js';
import { newStoriesMessage } from '../format/new-stories.js';

/** The shortest `refresh` period honoured, in seconds. */
const MIN_REFRESH_SECONDS = 30;
/**
 * The longest `refresh` period honoured, in seconds: a day. (A timer of more than 2³¹ ms,
 * about 25 days, would fire at once: every refresh would follow the last straight away.)
 */
const MAX_REFRESH_SECONDS = 86_400;

/** What a widget with a `refresh` attribute offers the refresh controller. */
export interface RefreshHost extends ReactiveElement {
  /** Seconds between refreshes; 0 or unset never refreshes. */
  refresh?: number;
  feed?: unknown;
}

/**
 * Loads a widget's feed again every `refresh` seconds, keeping the content on screen, and
 * words what a refresh brought for the widget's live region ("2 new stories"). Paused while
 * the tab is hidden: a refresh that falls due then waits for the reader to come back. The next
 * one is scheduled once the widget has rendered the result.
 *
 * A widget loads this module only when it has a `refresh` attribute, so other pages do not
 * download it.
 */
export class RefreshController implements ReactiveController {
  /** Set while a refresh is scheduled, or waiting for the tab to be shown. */
  #timer?: ReturnType<typeof setTimeout>;
  /** What the last refresh brought, and the feed it brought it in. */
  #news?: { feed: unknown; text: string };
  readonly #host: RefreshHost;
  readonly #feed: FeedController<unknown>;

  constructor(host: RefreshHost, feed: FeedController<unknown>) {
    this.#host = host;
    this.#feed = feed;
    host.addController(this);
  }

  /** What the last refresh brought ("2 new stories"), while its feed is the one on screen. */
  get announcement(): string {
    const state = this.#feed.state;
    return state?.status === 'complete' && state.feed === this.#news?.feed ? this.#news.text : '';
  }

  hostConnected(): void {
    this.#schedule();
  }

  hostUpdated(): void {
    this.#schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    document.removeEventListener('visibilitychange', this.#onVisible);
  }

  /**
   * The `refresh` period in milliseconds, from {@link MIN_REFRESH_SECONDS} to
   * {@link MAX_REFRESH_SECONDS}; 0 for none.
   */
  #period(): number {
    const seconds = Number(this.#host.refresh);
    return seconds > 0 ? Math.min(Math.max(seconds, MIN_REFRESH_SECONDS), MAX_REFRESH_SECONDS) * 1000 : 0;
  }

  #schedule() {
    const period = this.#period();
    if (period && this.#timer === undefined && this.#host.isConnected)
      this.#timer = setTimeout(() => void this.#due(), period);
  }

  readonly #onVisible = () => void this.#due();

  readonly #due = async () => {
    if (document.visibilityState === 'hidden') {
      document.addEventListener('visibilitychange', this.#onVisible, { once: true });
      return;
    }
    this.#timer = undefined;
    // Only a feed fetched from `src` can be fetched again; a failed one is being retried.
    const before = this.#feed.state;
    if (this.#period() && before?.status === 'complete' && this.#host.feed == null) {
      await this.#feed.reload();
      const after = this.#feed.state;
      if (after?.status === 'complete' && after.feed !== before.feed) {
        const known = new Set(before.feed.items.map((item) => item.id));
        const count = after.feed.items.filter((item) => !known.has(item.id)).length;
        this.#news = { feed: after.feed, text: count ? newStoriesMessage(after.messages, after.locale, count) : '' };
      }
    }
    this.#host.requestUpdate();
  };
}
