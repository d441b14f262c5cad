import type { ReactiveController, ReactiveElement } from 'lit';
import { loadFeed } from './load.js';
import { timeoutMs } from './feed-source.js';
import { toFeedError } from './feed-error.js';
import type { NewsFeed, NewsItem } from './types.js';
import type { Messages } from '../format/messages.js';

/** The most stories a list shows, its first page and every "More" together. */
export const MAX_MORE_ITEMS = 1_000;
/**
 * Feed pages one press of "More" may fetch looking for stories to add (pages whose stories are
 * all of another category, or all shown already): a press costs bounded requests.
 */
export const PAGES_PER_PRESS = 5;

/** What a widget offers {@link MorePages}. */
export interface MoreHost extends ReactiveElement {
  /** Seconds a feed has to answer, as for the first page. */
  timeout?: number;
}

export interface MoreOptions {
  /** One page's stories in the order the widget shows them (filtered and sorted, not cut). */
  order: (items: readonly NewsItem[]) => readonly NewsItem[];
  /** How many stories one press adds: the widget's `limit`. */
  batch: () => number;
}

/** What a press needs to speak: the widget's strings and locale. */
export type MoreSpeech = { messages: Messages; locale: string };

/**
 * "More" for a list of a paged feed (JSON Feed `next_url`): the stories of the first page the
 * list did not show, then those of the next pages, `limit` per press, appended after those shown.
 *
 * A next page is fetched with {@link loadFeed}, as the first page is (the same size limit, the
 * widget's timeout, the same normaliser). Stories already seen (by id) are dropped. A next page
 * is followed only on the origin of the page that names it, and never twice: a feed cannot
 * make the reader's browser ask another site, or loop. A failure leaves the list as it was,
 * with an inline retry. A new first page (a refresh, another source, another filter) starts
 * again from it.
 */
export class MorePages implements ReactiveController {
  /** Where the last press stands. */
  status: 'idle' | 'loading' | 'error' = 'idle';
  /** What the last press did, for a polite live region: "5 more stories", or the failure. */
  announcement = '';

  /** The first page, and the stories the widget picked from it, that the pages below follow. */
  #first?: { feed: NewsFeed; view: readonly NewsItem[] };
  /** The stories shown: the first page's, then each press's. */
  #items: readonly NewsItem[] = [];
  /** Stories loaded and not shown yet, in order. */
  #queue: NewsItem[] = [];
  /** Ids of every story of the pages loaded: a story on two pages shows once. */
  #seen = new Set<string>();
  /** The next page to fetch, if any. */
  #next?: string;
  /** Pages fetched or named already, so that a `next_url` pointing back ends the list. */
  #visited = new Set<string>();
  #abort?: AbortController;
  /** Set when the first page names a next one: only then is there a "More". */
  #paged = false;

  readonly #host: MoreHost;
  readonly #options: MoreOptions;

  constructor(host: MoreHost, options: MoreOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    // A removed widget fetches nothing; put back, a press starts afresh.
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.status === 'loading') this.status = 'idle';
  }

  /** The stories to show for the first page `feed`, of which the widget picked `view`. */
  items(feed: NewsFeed, view: readonly NewsItem[]): readonly NewsItem[] {
    if (feed !== this.#first?.feed || view !== this.#first.view) this.#reset(feed, view);
    return this.#items;
  }

  /**
   * Whether a press could add stories: the feed is paged (its first page names a next one), and
   * some stories are loaded and not shown, or a next page is left.
   */
  get hasMore(): boolean {
    return this.#paged && this.#items.length < MAX_MORE_ITEMS && (this.#queue.length > 0 || this.#next !== undefined);
  }

  /**
   * Adds the next `limit` stories, fetching pages as needed; announces how many, and moves the
   * focus to the first story added (the button may be gone).
   */
  async more({ messages, locale }: MoreSpeech): Promise<void> {
    if (this.status === 'loading' || !this.hasMore) return;
    const want = Math.min(Math.max(1, this.#options.batch()), MAX_MORE_ITEMS - this.#items.length);
    const abort = (this.#abort = new AbortController());
    let url: string | undefined;
    try {
      for (let pages = 0; this.#queue.length < want && this.#next && pages < PAGES_PER_PRESS; pages++) {
        this.#update('loading', '');
        url = this.#next;
        this.#visited.add(url);
        const page = await loadFeed(url, {
          signal: abort.signal,
          timeout: timeoutMs(this.#host.timeout),
          warn: (m) => this.#warn(m),
        });
        if (abort !== this.#abort) return;
        this.#enqueue(this.#options.order(page.items));
        this.#next = this.#nextOf(page);
      }
    } catch (error) {
      if (abort !== this.#abort) return; // abandoned: removed, or a new first page
      // The page is not visited: a retry asks for it again.
      if (url) this.#visited.delete(url);
      const failure = toFeedError(error, url);
      this.#warn(`the next page could not be loaded: ${failure.message}`, failure);
      return this.#update('error', messages.moreError);
    }
    const added = this.#queue.splice(0, want);
    const first = this.#items.length;
    this.#items = [...this.#items, ...added];
    const category = new Intl.PluralRules(locale).select(added.length);
    const said = messages.moreStories[category] ?? messages.moreStories.other;
    this.#update('idle', said.replace('{count}', String(added.length)));
    if (!added.length) return;
    await this.#host.updateComplete;
    const item = this.#host.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')[first];
    const link = item?.querySelector<HTMLElement>('a[href]');
    if (item && !link) item.tabIndex = -1;
    (link ?? item)?.focus();
  }

  #update(status: MorePages['status'], announcement: string) {
    this.status = status;
    this.announcement = announcement;
    this.#host.requestUpdate();
  }

  #reset(feed: NewsFeed, view: readonly NewsItem[]) {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#first = { feed, view };
    this.#items = view;
    this.status = 'idle';
    this.announcement = '';
    this.#seen = new Set(feed.items.map((item) => item.id));
    this.#visited = new Set(feed.baseUrl ? [feed.baseUrl] : []);
    // What follows the last story shown; those before the first (skipped by `index`) stay out.
    const ordered = this.#options.order(feed.items);
    const at = view.length ? ordered.indexOf(view.at(-1)!) : -1;
    this.#queue = at >= 0 ? ordered.slice(at + 1) : [];
    this.#next = view.length ? this.#nextOf(feed) : undefined;
    this.#paged = this.#next !== undefined;
  }

  /** Queues the stories not seen before, up to what a list may show. */
  #enqueue(items: readonly NewsItem[]) {
    for (const item of items) {
      if (this.#items.length + this.#queue.length >= MAX_MORE_ITEMS) return;
      if (this.#seen.has(item.id)) continue;
      this.#seen.add(item.id);
      this.#queue.push(item);
    }
  }

  /** The page after `page`: on its own origin, and not one fetched already. */
  #nextOf(page: NewsFeed): string | undefined {
    const next = page.nextUrl;
    if (!next || this.#visited.has(next)) return undefined;
    if (new URL(next).origin !== new URL(page.baseUrl ?? document.baseURI).origin) {
      this.#warn(`next_url ${next} is on another origin than the feed page naming it; no "More" from it.`);
      return undefined;
    }
    return next;
  }

  #warn(message: string, ...details: unknown[]) {
    console.warn(`<${this.#host.localName}>: feed: ${message}`, ...details);
  }
}
