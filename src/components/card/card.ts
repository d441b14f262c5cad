import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { NewsElement } from '../../internal/news-element.js';
import {
  heading,
  headingLevel,
  headlineLanguage,
  headlineText,
  mediaTemplate,
  relativeTimeTemplate,
  textLanguage,
} from '../../internal/templates.js';
import type { CompleteState, Selection } from '../../data/feed-state.js';
import { itemDate, selectItem } from '../../data/select.js';
import type { NewsFeed, NewsItem } from '../../data/types.js';
import { base, tokens } from '../../styles/shared.styles.js';
import { cardStyles } from './card.styles.js';

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

  static override styles = [tokens, base, cardStyles];

  protected override selectArgs() {
    return [...super.selectArgs(), this.articleId, this.index];
  }

  protected override select(feed: NewsFeed): Selection<NewsItem | undefined> {
    const index = Math.trunc(Number(this.index));
    return selectItem(feed, this.articleId, { category: this.category, tag: this.tag, index: index >= 1 ? index : undefined });
  }

  protected override isEmpty(item: NewsItem | undefined) {
    return item === undefined;
  }

  protected override renderContent({ view, locale, dir, messages }: CompleteState<NewsItem | undefined>): TemplateResult {
    const item = view!;
    const image = item.image ?? item.bannerImage;
    const date = itemDate(item);
    const summary = item.summary ?? item.excerpt;
    const media = mediaTemplate(item, messages, locale);
    // The card speaks the widget's language; the story's text keeps its own (textLanguage).
    const { lang, dir: textDir } = textLanguage(item);
    const l = lang ?? nothing;
    return html`<article part="card" class="card" lang=${locale} dir=${dir}>
      ${this.renderImage(image, item.imageCaption ?? '', 'media')}
      <div part="content" class="content">
        ${item.category ? html`<p part="category" class="category" lang=${l} dir=${textDir}>${item.category}</p>` : nothing}
        ${heading(
          headingLevel(this.headingLevel, 3),
          'title',
          item.url
            ? html`<a part="link" href=${item.url} @click=${this.selectHandler(item)}
                >${headlineText(item, messages, locale)}</a
              >`
            : headlineText(item, messages, locale),
          headlineLanguage(item, { lang, dir: textDir }),
        )}
        ${summary ? html`<p part="summary" class="summary" lang=${l} dir=${textDir}>${summary}</p>` : nothing}
        ${date || media !== nothing || item.sources.length
          ? html`<p part="meta" class="meta dots">
              ${relativeTimeTemplate(date, locale, messages.justNow)} ${media}
              ${item.sources.length
                ? html`<span part="sources" lang=${l}
                    >${item.sources.map((s, i) => html`${i ? ' · ' : ''}<bdi>${s.name}</bdi>`)}</span
                  >`
                : nothing}
            </p>`
          : nothing}
      </div>
    </article>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="card">
      <div class="media placeholder"></div>
      <div class="content">
        <p class="category"><span class="line w-30"></span></p>
        <div class="title"><span class="line"></span><span class="line w-70"></span><span class="line w-50 phone"></span></div>
        <div class="summary"><span class="line"></span><span class="line w-85"></span><span class="line w-50 narrow"></span></div>
        <p class="meta"><span class="line w-30"></span></p>
      </div>
    </div>`;
  }
}
