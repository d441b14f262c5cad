import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { FeedController } from '../data/feed-controller.js';
import type { CompleteState, Picked } from '../data/feed-state.js';
import type { RefreshController } from '../data/refresh.js';
import type { NewsFeed, NewsItem } from '../data/types.js';
import { NewsSelectEvent } from '../events/news-select.js';
import { keepTimesCurrent } from '../format/ticker.js';
import { emptyTemplate, errorTemplate, loadingTemplate, staleTemplate } from './state-templates.js';
import { FeedImages } from './feed-images.js';
import { HydratingElement } from './hydrating-element.js';

export type NewsTheme = 'light' | 'dark' | 'auto';
export type NewsLoading = 'eager' | 'lazy';
/** Whether a widget shows the feed's images: `none` shows none, and so fetches none. */
export type NewsImages = 'all' | 'none';

/**
 * What the three widgets share: the feed attributes and properties, loading through one
 * {@link FeedController}, the loading, error and empty states, and `news-select`.
 *
 * @csspart stale - The notice over the last good copy of a feed, shown offline; holds a retry button.
 *
 * @cssprop [--news-font-family=inherit] - Text font; the host page's font by default.
 * @cssprop [--news-font-family-heading=var(--news-font-family)] - Headline font.
 * @cssprop [--news-color-text=#1b1b1b] - Text colour (dark theme: #ececec).
 * @cssprop [--news-color-muted=#5c5c5c] - Secondary text: times, captions, bylines (dark: #ababab).
 * @cssprop [--news-color-accent=#b3261e] - Category labels, ranks, links in the body, buttons (dark: #ff8a80).
 * @cssprop [--news-color-background=#ffffff] - Card background, and the widget's in the dark theme (dark: #161616).
 * @cssprop [--news-color-surface=#f1f1f1] - Skeletons, image placeholders, the key points box (dark: #262626).
 * @cssprop [--news-color-border=#dedede] - Card borders and rules (dark: #3a3a3a).
 * @cssprop [--news-color-focus=#1a5fb4] - Keyboard focus ring (dark: #8ab4f8).
 * @cssprop [--news-radius=8px] - Corner radius of cards, images and boxes.
 * @cssprop [--news-spacing=1rem] - Base padding and gap.
 * @cssprop [--news-image-aspect-ratio=16 / 9] - Aspect ratio of lead images.
 * @cssprop [--news-measure=65ch] - Longest line of running text in an article.
 * @cssprop [--news-article-max-width=48rem] - Widest an article grows.
 */
export abstract class NewsElement<V> extends HydratingElement<V> {
  // Declared without decorators: the decorator helpers would cost every page about 0.5 KB gzip.
  static override properties: PropertyDeclarations = {
    src: {},
    feed: { attribute: false },
    locale: {},
    theme: { reflect: true },
    loading: {},
    refresh: { type: Number },
    timeout: { type: Number },
    category: {},
    tag: {},
    images: {},
  };

  /** URL of a JSON Feed (absolute, or relative to the page). */
  src?: string;

  /**
   * An already-parsed JSON Feed object; used instead of `src` when set. A feed from a
   * `news-load` event is accepted as it is.
   */
  feed?: unknown;

  /** BCP 47 locale for dates and labels; defaults to the nearest `lang`, then the feed's language. */
  locale?: string;

  /** Colour scheme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  theme: NewsTheme = 'light';

  /** `lazy` waits until the widget is about one viewport away before fetching. */
  loading: NewsLoading = 'eager';

  /**
   * Seconds between background refreshes of the feed, from 30 to 86,400 (a day; a value
   * outside is brought inside); unset or 0 never refreshes. Refreshes pause while the tab is
   * hidden.
   */
  refresh?: number;

  /**
   * Seconds the feed has to answer before the widget gives up: default 10, at most 300 (a
   * larger value counts as 300).
   */
  timeout?: number;

  /** Shows only the feed's items of this category (`_news.category`, else the first tag); case-insensitive. */
  category?: string;

  /** Shows only the feed's items with this tag; case-insensitive. */
  tag?: string;

  /**
   * `none` shows no image from the feed: no lead image, thumbnail or image in an article body,
   * so the reader's browser fetches nothing from the feed's image hosts. `all` (the default)
   * shows them.
   */
  images?: NewsImages;

  protected readonly feedController: FeedController<V>;
  /** Loaded and made for a widget with a `refresh` attribute (a promise while it loads). */
  #refresher?: RefreshController | Promise<void>;

  constructor() {
    super();
    this.feedController = new FeedController<V>(
      this,
      (feed) => this.pick(feed),
      () => this.pickArgs(),
    );
    keepTimesCurrent(this);
  }

  /**
   * Resolves once the widget has loaded its feed and rendered it (or its error state),
   * including a load that a property set just before started.
   * @readonly
   */
  get loadComplete(): Promise<void> {
    return (async () => {
      await this.updateComplete; // a pending update may start a load
      await this.feedController.complete;
      await this.updateComplete;
    })();
  }

  /** Picks what the widget shows from the feed; throws a `not-found` FeedError when it cannot. */
  protected abstract pick(feed: NewsFeed): Picked<V> | Promise<Picked<V>>;

  /** Properties that {@link pick} reads, so a change picks again. */
  protected pickArgs(): readonly unknown[] {
    return [this.category, this.tag];
  }

  protected abstract renderContent(state: CompleteState<V>): TemplateResult;

  /** Placeholder that reserves roughly the space of the loaded content. */
  protected abstract renderSkeleton(): TemplateResult;

  /** The feed's images, left out where they fail to load or the widget shows none. */
  protected readonly feedImages = new FeedImages(this);

  /** Whether the picked view has nothing to show. */
  protected isEmpty(view: V): boolean {
    return view === undefined;
  }

  protected override updated(): void {
    this.#refresher ??= this.refresh
      ? import('../data/refresh.js').then(({ RefreshController }) => {
          this.#refresher = new RefreshController(this, this.feedController);
          this.requestUpdate();
        })
      : undefined;
  }

  protected override render() {
    const state = this.feedController.state;
    if (!state) return nothing;
    const retry = () => void this.feedController.reload();
    if (state.status === 'pending') return loadingTemplate(state, this.renderSkeleton());
    if (state.status === 'error') return errorTemplate(state, retry);
    return html`${staleTemplate(state, retry)}${this.isEmpty(state.view) ? emptyTemplate(state) : this.renderContent(state)}
          ${
            this.refresh
              ? html`<div class="visually-hidden" role="status" aria-live="polite">${this.#refresher instanceof Promise ? '' : this.#refresher?.announcement}</div>`
              : nothing
          }`;
  }

  /**
   * Click handler for a headline link: fires a cancelable `news-select`, and keeps the link
   * from being followed when a listener cancels it.
   */
  protected selectHandler(item: NewsItem) {
    return (event: MouseEvent) => {
      const select = new NewsSelectEvent({ item });
      if (!this.dispatchEvent(select)) event.preventDefault();
    };
  }
}
