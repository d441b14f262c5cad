import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { NewsElement } from '../../internal/news-element.js';
import { heading, headingLevel } from '../../internal/templates.js';
import { ListExtras } from '../../internal/list-extras-slot.js';
import { Slices } from '../../internal/slices.js';
import type { CompleteState, Picked } from '../../data/feed-state.js';
import { hasRanks, matchingItems, trendingItems, type ListOrder } from '../../data/pick.js';
import type { NewsFeed, NewsItem } from '../../data/types.js';
import { base, tokens } from '../../styles/shared.styles.js';
import { trendingStyles } from './trending.styles.js';
import { entryTemplate, trendingSkeleton } from './trending.templates.js';

/** Entries shown when `limit` is not set. */
export const DEFAULT_LIMIT = 5;
/** The most entries a list shows, whatever `limit` asks for. */
export const MAX_LIMIT = 1_000;
/**
 * A ranked list of trending stories: items with a `_news.trending_rank` first, in rank
 * order, then the newest of the others. Each entry shows its rank, category, linked
 * headline, relative time and summary.
 *
 * @tagname news-trending
 * @summary The trending stories of a JSON Feed, ranked.
 *
 * @fires {NewsSelectEvent} news-select - A reader activated a headline; cancelable.
 * @fires {NewsLoadEvent} news-load - The feed loaded.
 * @fires {NewsErrorEvent} news-error - The widget shows its error state.
 *
 * @csspart section - The whole list with its heading.
 * @csspart heading - The list's heading ("Trending", or "Latest").
 * @csspart list - The ordered list.
 * @csspart item - Each entry.
 * @csspart rank - An entry's rank number.
 * @csspart category - An entry's section label.
 * @csspart title - An entry's headline.
 * @csspart link - An entry's headline link.
 * @csspart time - An entry's relative time.
 * @csspart sources - An entry's source names after its time (the publisher, in an aggregator's feed).
 * @csspart summary - An entry's summary.
 * @csspart thumbnail - An entry's image frame, with `show-images`.
 * @csspart image - An entry's image, with `show-images`.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state; holds a retry button where trying again can help.
 * @csspart retry - The retry button.
 * @csspart empty - The message shown for a feed with no items.
 *
 * @cssprop [--news-title-lines=none] - Clamps each headline to this many lines, with an ellipsis; by default a headline is never cut.
 * @cssprop [--news-summary-lines=2] - The most lines of each entry's summary.
 * @csspart feed-header - With `show-feed`: the feed's icon and title.
 * @csspart feed-icon - The feed's icon.
 * @csspart feed-title - The feed's title.
 * @csspart feed-link - The feed's title as a link to its home page, when the feed gives one.
 * @csspart more - The "More" button, while the feed has more stories.
 * @csspart more-error - The message when the next stories could not be loaded; the button then reads "Try again".
 */
export class NewsTrending extends NewsElement<NewsItem[]> {
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    order: { reflect: true },
    heading: {},
    showImages: { type: Boolean, attribute: 'show-images', reflect: true },
    showFeed: { type: Boolean, attribute: 'show-feed', reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** How many entries to show at most: 1 to 1,000 ({@link MAX_LIMIT}). */
  limit: number = DEFAULT_LIMIT;

  /**
   * `rank` (trending stories by `_news.trending_rank`, then the newest) or `latest` (newest
   * first, ignoring ranks).
   */
  order: ListOrder = 'rank';

  /**
   * The list's heading, in the widget's language when unset: "Trending" for a ranked list of a
   * feed with ranks, else "Latest".
   */
  heading?: string;

  /** Shows each entry's image, when it has one, as a thumbnail. */
  showImages = false;

  /** Shows the feed's header above the list: its icon, title and home page link. */
  showFeed = false;

  /** Level of the list's heading element, 1–6; entries' headlines are one below. */
  headingLevel = 2;

  static override styles = [tokens, base, trendingStyles];

  /** "More": `limit` entries more per press, from the feed's next pages (`next_url`). */
  readonly #extras = new ListExtras(this, {
    order: (items) => this.#ordered(items, MAX_LIMIT),
    batch: () => this.effectiveLimit,
  });

  /** Long lists render a slice per task. */
  readonly #slices = new Slices<NewsItem>(this);

  private get effectiveLimit(): number {
    const limit = Math.trunc(this.limit);
    return limit > 0 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT;
  }

  /** Resolves once every slice of the list has rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#slices.next) {
      await this.#slices.next;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private get effectiveOrder(): ListOrder {
    return this.order === 'latest' ? 'latest' : 'rank';
  }

  /** A feed header the server rendered needs the extras' code first. */
  protected override beforeHydration() {
    return this.#extras.beforeHydration(this.shadowRoot);
  }

  protected override pickArgs() {
    return [...super.pickArgs(), this.effectiveLimit, this.effectiveOrder];
  }

  protected override pick(feed: NewsFeed): Picked<NewsItem[]> {
    return { view: this.#ordered(feed.items, this.effectiveLimit) };
  }

  /** The items of a feed page that pass the filter, in the list's order, `limit` at most. */
  #ordered(items: readonly NewsItem[], limit: number): NewsItem[] {
    return trendingItems(matchingItems(items, { category: this.category, tag: this.tag }), limit, this.effectiveOrder);
  }

  protected override isEmpty(items: NewsItem[]) {
    return items.length === 0;
  }

  protected override renderContent(state: CompleteState<NewsItem[]>): TemplateResult {
    const { feed, locale, dir, messages } = state;
    const items = this.#extras.items(feed, state.view);
    const level = headingLevel(this.headingLevel, 2);
    const ranked = this.effectiveOrder === 'rank' && hasRanks(feed.items);
    const thumbnail = (item: NewsItem) =>
      this.showImages
        ? this.feedImages.render(item.image ?? item.bannerImage, '', 'thumbnail', 'thumb media')
        : nothing;
    const { shown, templates } = this.#slices.take(items, (item, index) =>
      entryTemplate(item, index, state, headingLevel(level + 1, 6), thumbnail, (picked) => this.selectHandler(picked)),
    );
    return html`<section part="section" lang=${locale} dir=${dir}>
      ${this.#extras.header(feed, (src) => this.feedImages.available(src))}
      ${heading(level, 'heading', this.heading || (ranked ? messages.trending : messages.latest))}
      <ol part="list">
        ${repeat(
          shown,
          (item) => item.id,
          (_, index) => templates[index],
        )}
      </ol>
      ${this.#extras.more(state)}
    </section>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return trendingSkeleton(this.effectiveLimit, this.showImages);
  }
}
