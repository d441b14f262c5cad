import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { NewsElement } from '../../internal/news-element.js';
import { headingLevel } from '../../internal/templates.js';
import { ListExtras } from '../../internal/list-extras-slot.js';
import type { CompleteState, Picked } from '../../data/feed-state.js';
import { matchingItems, newestFirst } from '../../data/pick.js';
import type { NewsFeed, NewsItem } from '../../data/types.js';
import { base, tokens } from '../../styles/shared.styles.js';
import { cardStyles } from '../card/card.styles.js';
import type { CardLayout } from '../card/card.js';
import { listStyles } from './list.styles.js';
import { listSkeleton, listTemplate, type Columns } from './list.templates.js';

/** Cards shown when `limit` is not set. */
export const LIST_DEFAULT_LIMIT = 6;
/** The most cards `limit` shows at once (each press of "More" adds as many again). */
export const LIST_MAX_LIMIT = 100;
/** The most columns `columns` asks for. */
export const MAX_COLUMNS = 6;

/**
 * A row or grid of cards from one feed, newest first: each story drawn as `<news-card>` draws
 * it, with the card's parts. "More" adds the next stories when the feed has more (JSON Feed
 * `next_url`).
 *
 * @tagname news-list
 * @summary Stories from a JSON Feed as a row or grid of cards.
 *
 * @fires {NewsSelectEvent} news-select - A reader activated a card's headline; cancelable.
 * @fires {NewsLoadEvent} news-load - The feed loaded.
 * @fires {NewsErrorEvent} news-error - The widget shows its error state.
 *
 * @csspart list - The grid of cards (a list).
 * @csspart item - Each entry of the list, holding one card.
 * @csspart card - A card's box. The parts of `<news-card>` are on each card:
 * @csspart media - A card's image frame.
 * @csspart image - A card's image.
 * @csspart content - A card's text.
 * @csspart category - A card's section label.
 * @csspart title - A card's headline.
 * @csspart link - A card's headline link.
 * @csspart summary - A card's summary.
 * @csspart meta - A card's line with time and sources.
 * @csspart time - A card's relative time.
 * @csspart attachment - "Audio" or "Video" with its length.
 * @csspart sources - A card's source names.
 * @csspart feed-header - With `show-feed`: the feed's icon and title.
 * @csspart feed-icon - The feed's icon.
 * @csspart feed-title - The feed's title.
 * @csspart feed-link - The feed's title as a link to its home page, when the feed gives one.
 * @csspart more - The "More" button, while the feed has more stories.
 * @csspart more-error - The message when the next stories could not be loaded; the button then reads "Try again".
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state; holds a retry button where trying again can help.
 * @csspart retry - The retry button (and "More" after a failure).
 * @csspart empty - The message shown when there are no stories to show.
 */
export class NewsList extends NewsElement<NewsItem[]> {
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    index: { type: Number },
    columns: { type: Number },
    layout: { reflect: true },
    showFeed: { type: Boolean, attribute: 'show-feed', reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** How many cards to show, and to add with each press of "More": 1 to 100 ({@link LIST_MAX_LIMIT}). */
  limit: number = LIST_DEFAULT_LIMIT;

  /**
   * The story to start from, counting from 1, newest first (the feed's order when it has no
   * dates): `index="2"` skips the newest, for a list under a lead story.
   */
  index?: number;

  /** Columns of cards, 1 to 6; unset, as many as the list's width fits for the layout. */
  columns?: number;

  /** Every card's layout, as `<news-card layout>`: `vertical`, `horizontal` or `compact`. */
  layout: CardLayout = 'vertical';

  /** Shows the feed's header above the cards: its icon, title and home page link. */
  showFeed = false;

  /** Level of each card's headline heading element, 1–6. */
  headingLevel = 3;

  static override styles = [tokens, base, cardStyles, listStyles];

  readonly #extras = new ListExtras(this, { order: (items) => this.#order(items), batch: () => this.#limit() });

  #limit(): number {
    const limit = Math.trunc(this.limit);
    return limit > 0 ? Math.min(limit, LIST_MAX_LIMIT) : LIST_DEFAULT_LIMIT;
  }

  #skip(): number {
    const index = Math.trunc(Number(this.index));
    return index >= 1 ? index - 1 : 0;
  }

  #columns(): Columns {
    const columns = Math.trunc(Number(this.columns));
    return columns >= 1 ? Math.min(columns, MAX_COLUMNS) : undefined;
  }

  /** A page's stories as the list shows them: those that pass the filter, newest first. */
  #order(items: readonly NewsItem[]): NewsItem[] {
    return newestFirst(matchingItems(items, { category: this.category, tag: this.tag }));
  }

  /** A feed header the server rendered needs the extras' code first. */
  protected override beforeHydration() {
    return this.#extras.beforeHydration(this.shadowRoot);
  }

  protected override pickArgs() {
    return [...super.pickArgs(), this.#limit(), this.#skip()];
  }

  protected override pick(feed: NewsFeed): Picked<NewsItem[]> {
    const skip = this.#skip();
    return { view: this.#order(feed.items).slice(skip, skip + this.#limit()) };
  }

  protected override isEmpty(items: NewsItem[]) {
    return items.length === 0;
  }

  protected override renderContent(state: CompleteState<NewsItem[]>): TemplateResult {
    const { feed, view } = state;
    return listTemplate(
      this.#extras.items(feed, view),
      state,
      {
        level: headingLevel(this.headingLevel, 3),
        image: (src, alt, part) => this.feedImages.render(src, alt, part),
        select: (item) => this.selectHandler(item),
      },
      this.#columns(),
      this.#extras.header(feed, (src) => this.feedImages.available(src)),
      this.#extras.more(state),
    );
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="list">
      ${this.showFeed ? html`<div class="feed-header"><span class="line w-30"></span></div>` : nothing}
      ${listSkeleton(this.#limit(), this.#columns())}
    </div>`;
  }
}
