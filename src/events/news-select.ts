import type { NewsItem } from '../data/types.js';

export interface NewsSelectDetail {
  /**
   * The story, every field of which comes from the feed, a third party: untrusted text. Encode
   * its `id` before it goes in a path (`encodeURIComponent`).
   */
  item: NewsItem;
}

/**
 * Fired when a reader activates a headline. Cancel it (`preventDefault()`) to handle the
 * navigation yourself: the link is then not followed.
 */
export class NewsSelectEvent extends CustomEvent<NewsSelectDetail> {
  static readonly eventName = 'news-select';

  constructor(detail: NewsSelectDetail) {
    super(NewsSelectEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

// Typed wherever the event can be heard: it bubbles and is composed, so it reaches the
// document and the window too.
declare global {
  interface GlobalEventHandlersEventMap {
    'news-select': NewsSelectEvent;
  }
  interface HTMLElementEventMap {
    'news-select': NewsSelectEvent;
  }
}
