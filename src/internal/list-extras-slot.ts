import { nothing, type TemplateResult } from 'lit';
import type { MoreHost, MoreOptions, MoreSpeech } from '../data/more.js';
import type { NewsFeed, NewsItem } from '../data/types.js';
import type { Extras, attach } from './list-extras.js';

/** What a list widget offers its extras. */
export interface ExtrasHost extends MoreHost {
  showFeed: boolean;
}

/** The extras' module, given at once on a server (news-widgets/ssr), which renders only once. */
let lent: { attach: typeof attach } | undefined;

/** Makes every list widget show its extras from its first render (a server renders once). */
export function lendListExtras(module: { attach: typeof attach }): void {
  lent = module;
}

/**
 * The feed's header and "More" of a list widget. Their code and styles (./list-extras.ts) are
 * fetched the first time the widget shows a feed with `show-feed` set, or a feed that names a
 * next page (`next_url`): a page without either never downloads them.
 */
export class ListExtras {
  #extras?: Extras;
  #loading?: Promise<void>;

  constructor(
    readonly host: ExtrasHost,
    readonly options: MoreOptions,
  ) {}

  /** The stories to show: the widget's `view` of the first page, then those "More" added. */
  items(feed: NewsFeed, view: readonly NewsItem[]): readonly NewsItem[] {
    if (!this.#extras && lent && (feed.nextUrl || this.host.showFeed))
      this.#extras = lent.attach(this.host, this.options);
    if (this.#extras) return this.#extras.items(feed, view);
    if (feed.nextUrl || this.host.showFeed) void this.#load();
    return view;
  }

  /** Fetches the extras once (a failure lets the next render try again), and re-renders. */
  #load(): Promise<void> {
    return (this.#loading ??= import('./list-extras.js').then(
      ({ attach }) => {
        this.#extras ??= attach(this.host, this.options);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.#loading = undefined;
        console.warn(`<${this.host.localName}>:`, error);
      },
    ));
  }

  /** Before a server's DOM that shows the feed's header is hydrated: the extras, fetched first. */
  beforeHydration(root: ShadowRoot | null): Promise<void> | undefined {
    return root?.querySelector('[part~="feed-header"]') ? this.#load() : undefined;
  }

  /** With `show-feed`, the feed's header; `showIcon` says whether its icon may be shown. */
  header(feed: NewsFeed, showIcon: (src: string | undefined) => src is string): TemplateResult | typeof nothing {
    return (this.host.showFeed && this.#extras?.header(feed, showIcon)) || nothing;
  }

  /** "More", its inline error and its live region, when the feed names a next page. */
  more(speech: MoreSpeech): TemplateResult | typeof nothing {
    return this.#extras?.more(speech) ?? nothing;
  }
}
