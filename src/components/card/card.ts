import type { PropertyDeclarations, TemplateResult } from 'lit';
import { NewsElement } from '../../internal/news-element.js';
import { headingLevel } from '../../internal/templates.js';
import type { CompleteState, Picked } from '../../data/feed-state.js';
import { pickItem } from '../../data/pick.js';
import type { NewsFeed, NewsItem } from '../../data/types.js';
import { base, tokens } from '../../styles/shared.styles.js';
import { cardHost, cardStyles } from './card.styles.js';
import { cardSkeleton, cardTemplate } from './card.templates.js';

/** How a card arranges its image and text. */
export type CardLayout = 'vertical' | 'horizontal' | 'compact';

/**
 * One story as a card: image, category, headline linked to the story, summary, time and
 * sources. The whole card is one click target.
 *
 * @tagname news-card
 * @summary One story from a JSON Feed, as a card.
 *
 * @fires {NewsSelectEvent} news-select - A reader activated the headline; cancelable.
 * @fires {NewsLoadEvent} news-load - The feed loaded.
 * @fires {NewsErrorEvent} news-error - The widget shows its error state.
 *
 * @csspart card - The card's box.
 * @csspart media - The image's frame, which keeps its aspect ratio.
 * @csspart image - The lead image.
 * @csspart content - The text below the image.
 * @csspart category - The section label above the headline.
 * @csspart title - The headline.
 * @csspart link - The headline's link.
 * @csspart summary - The summary.
 * @csspart meta - The line with time and sources.
 * @csspart time - The relative time.
 * @csspart attachment - "Audio" or "Video" with its length, for a podcast episode or a video.
 * @csspart sources - The source names.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state; holds a retry button where trying again can help.
 * @csspart retry - The retry button.
 * @csspart empty - The message shown for a feed with no items.
 *
 * @cssprop [--news-title-lines=none] - Clamps the headline to this many lines, with an ellipsis; by default a headline is never cut.
 * @cssprop [--news-summary-lines=3] - The most lines of summary shown.
 */
export class NewsCard extends NewsElement<NewsItem | undefined> {
  static override properties: PropertyDeclarations = {
    articleId: { attribute: 'article-id' },
    index: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    layout: { reflect: true },
  };

  /** The `id` of the item to show; wins over `index`. The feed's first item when neither is set. */
  articleId?: string;

  /**
   * The n-th story to show, counting from 1, newest first (the feed's order when it has no
   * dates): for rows of cards that follow a live feed without knowing its ids.
   */
  index?: number;

  /** Level of the headline's heading element, 1–6. */
  headingLevel = 3;

  /**
   * `vertical` (image above), `horizontal` (image beside the text, falling back to vertical
   * in a container narrower than 32rem) or `compact` (small thumbnail, no summary).
   */
  layout: CardLayout = 'vertical';

  static override styles = [tokens, base, cardStyles, cardHost];

  protected override pickArgs() {
    return [...super.pickArgs(), this.articleId, this.index];
  }

  protected override pick(feed: NewsFeed): Picked<NewsItem | undefined> {
    const index = Math.trunc(Number(this.index));
    return pickItem(feed, this.articleId, {
      category: this.category,
      tag: this.tag,
      index: index >= 1 ? index : undefined,
    });
  }

  protected override isEmpty(item: NewsItem | undefined) {
    return item === undefined;
  }

  protected override renderContent(state: CompleteState<NewsItem | undefined>): TemplateResult {
    return cardTemplate(
      state.view!,
      state,
      headingLevel(this.headingLevel, 3),
      (src, alt, part) => this.feedImages.render(src, alt, part),
      (item) => this.selectHandler(item),
    );
  }

  protected override renderSkeleton(): TemplateResult {
    return cardSkeleton();
  }
}
