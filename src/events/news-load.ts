import type { NewsFeed } from '../data/types.js';

export interface NewsLoadDetail {
  feed: NewsFeed;
}

/** Fired when a widget has loaded and normalised its feed. */
export class NewsLoadEvent extends CustomEvent<NewsLoadDetail> {
  static readonly eventName = 'news-load';

  constructor(detail: NewsLoadDetail) {
    super(NewsLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'news-load': NewsLoadEvent;
  }
}
