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

// Typed wherever the event can be heard: it bubbles and is composed, so it reaches the
// document and the window too.
declare global {
  interface GlobalEventHandlersEventMap {
    'news-load': NewsLoadEvent;
  }
  interface HTMLElementEventMap {
    'news-load': NewsLoadEvent;
  }
}
