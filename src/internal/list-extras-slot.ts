import { nothing, type TemplateResult } from 'lit';
import type { MoreHost, MoreOptions, MoreSpeech } from '../data/more.js';
import type { NewsFeed, NewsItem } from '../data/types.js';
import type { Extras } from './list-extras.js';

/** What a list widget offers its extras. */
export interface ExtrasHost extends MoreHost {
  showFeed: boolean;
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
    if (this.#extras) return this.#extras.items(feed, view);
    if (feed.nextUrl || this.host.showFeed) {
      if (!this.#loading)
        this.#loading = import('./list-extras.js').then(
          ({ attach }) => {
            this.#extras = attach(this.host, this.options);
            this.host.requestUpdate();
          },
          (error: unknown) => {
            this.#loading = undefined; // the next render tries again
            console.warn(`<${this.host.localName}>:`, error);
          },
        );
    }
    return view;
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
