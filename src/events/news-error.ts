import type { NewsFeedError } from '../data/types.js';

export interface NewsErrorDetail {
  error: NewsFeedError;
}

/** Fired when a widget shows its error state; `detail.error.kind` says why. */
export class NewsErrorEvent extends CustomEvent<NewsErrorDetail> {
  static readonly eventName = 'news-error';

  constructor(detail: NewsErrorDetail) {
    super(NewsErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

// Typed wherever the event can be heard: it bubbles and is composed, so it reaches the
// document and the window too.
declare global {
  interface GlobalEventHandlersEventMap {
    'news-error': NewsErrorEvent;
  }
  interface HTMLElementEventMap {
    'news-error': NewsErrorEvent;
  }
}
