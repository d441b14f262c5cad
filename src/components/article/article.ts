import { html, isServer, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { NewsElement } from '../../internal/news-element.js';
import { heading, headingLevel, headlineLanguage, headlineText, textLanguage } from '../../internal/templates.js';
import { attachmentList, byline, externalLink, sourceList, unspacedIfHuge } from './article.templates.js';
import type { CompleteState, Picked } from '../../data/feed-state.js';
import { pickItem } from '../../data/pick.js';
import type { NewsFeed } from '../../data/types.js';
import { serverHtml } from '../../sanitize/server-body.js';
import { articleView, type ArticleView } from './article.view.js';
import { base, tokens } from '../../styles/shared.styles.js';
import { articleStyles } from './article.styles.js';
import { articleBodyStyles } from './article-body.styles.js';

export type { ArticleView };

/**
 * The full story: category, headline, lede, lead image with caption, byline and dates,
 * body, key points, sources and tags. HTML bodies pass through DOMPurify, which is loaded
 * only when an article with `content_html` is shown.
 *
 * @tagname news-article
 * @summary One story from a JSON Feed, in full.
 *
 * @fires {NewsLoadEvent} news-load - The feed loaded.
 * @fires {NewsErrorEvent} news-error - The widget shows its error state.
 *
 * @csspart article - The article's box.
 * @csspart header - Category, headline, lede and byline.
 * @csspart category - The section label above the headline.
 * @csspart title - The headline.
 * @csspart link - The headline's link to the story, where the item has no body to show.
 * @csspart summary - The lede.
 * @csspart byline - Authors and dates.
 * @csspart external - For a link post, the site it links to ("Link: example.com").
 * @csspart time - The published date.
 * @csspart updated - The updated date.
 * @csspart figure - The lead image with its caption.
 * @csspart media - The lead image's frame, which keeps its aspect ratio.
 * @csspart image - The lead image.
 * @csspart caption - The image's caption or credit.
 * @csspart attachments - The audio and video players of a podcast episode or video post.
 * @csspart attachment - One player with its title and length.
 * @csspart body - The article text.
 * @csspart more - After a body too long to show whole: an ellipsis and a link to the story.
 * @csspart key-points - The key points box.
 * @csspart key-points-heading - The key points box's heading.
 * @csspart footer - Sources and tags.
 * @csspart sources - The sources line.
 * @csspart tags - The list of tags.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state; holds a retry button where trying again can help.
 * @csspart retry - The retry button.
 * @csspart empty - The message shown for a feed with no items.
 *
 * @cssprop [--news-title-lines=none] - Clamps the headline to this many lines, with an ellipsis; by default a headline is never cut.
 */
export class NewsArticle extends NewsElement<ArticleView | undefined> {
  static override properties: PropertyDeclarations = {
    articleId: { attribute: 'article-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The `id` of the item to show; the feed's first item when unset. */
  articleId?: string;

  /**
   * Level of the headline's heading element, 1–6; the key points heading is one below, and the
   * body's headings go below it (the feed's levels moved down, none skipped).
   */
  headingLevel = 2;

  static override styles = [tokens, base, articleStyles, articleBodyStyles];

  protected override pickArgs() {
    return [...super.pickArgs(), this.articleId, this.images, this.headingLevel];
  }

  protected override pick(feed: NewsFeed): Picked<ArticleView | undefined> | Promise<Picked<ArticleView | undefined>> {
    const { view: item, language } = pickItem(feed, this.articleId, { category: this.category, tag: this.tag });
    // The body's headings go below the headline's level.
    const level = headingLevel(this.headingLevel, 2);
    return item ? articleView(item, feed, this.images != 'none', language, level) : { view: undefined };
  }

  protected override isEmpty(view: ArticleView | undefined) {
    return view === undefined;
  }

  protected override renderContent({
    view,
    locale,
    dir,
    messages,
  }: CompleteState<ArticleView | undefined>): TemplateResult {
    const { item, lede, bodyHtml, paragraphs, truncated, lead: image, played } = view!;
    // The server's sanitised HTML, or the browser's sanitised fragment.
    const body = isServer && bodyHtml !== undefined ? serverHtml(bodyHtml) : view!.body;
    const level = headingLevel(this.headingLevel, 2);
    // The article speaks the widget's language; the story's text keeps its own.
    const text = textLanguage(item);
    const lang = text.lang ?? nothing;
    const headline = unspacedIfHuge(headlineText(item, messages, locale));
    return html`<article part="article" lang=${locale} dir=${dir}>
      <header part="header">
        ${item.category ? html`<p part="category" class="category" lang=${lang} dir=${text.dir}>${item.category}</p>` : nothing}
        ${heading(
          level,
          'title',
          // With no body to read here (a feed of summaries, an aggregator's), the headline is the
          // way to the story.
          item.url && !body && !paragraphs
            ? html`<a part="link" href=${item.url} rel="noopener noreferrer" target="_blank">${headline}</a>`
            : headline,
          headlineLanguage(item, text),
        )}
        ${lede ? html`<p part="summary" class="summary lede" lang=${lang} dir=${text.dir}>${lede}</p>` : nothing}
        ${byline(item, messages, locale, lang)}
        ${externalLink(item, messages)}
      </header>
      ${
        this.feedImages.available(image)
          ? html`<figure part="figure" class="lead">
            ${this.feedImages.render(image, item.imageCaption ?? '', 'media', 'media', false)}
            ${
              item.imageCaption
                ? html`<figcaption part="caption" lang=${lang} dir=${text.dir}>${item.imageCaption}</figcaption>`
                : nothing
            }
          </figure>`
          : nothing
      }
      ${attachmentList(item, this.feedImages.available(image) ? image : undefined, locale, played)}
      ${
        body || paragraphs
          ? html`<div part="body" class=${body ? 'body' : 'body text'} lang=${lang} dir=${text.dir}>
            ${body ?? paragraphs!.map((p) => html`<p>${p}</p>`)}
            ${
              truncated
                ? html`<p part="more" class="more">
                  …
                  ${
                    item.url
                      ? html`<a href=${item.url} rel="noopener noreferrer" target="_blank"
                        >${headlineText(item, messages, locale)}</a
                      >`
                      : nothing
                  }
                </p>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${
        item.keyPoints.length
          ? html`<section part="key-points" class="key-points">
            ${heading(headingLevel(level + 1, 6), 'key-points-heading', messages.keyPoints)}
            <ul lang=${lang} dir=${text.dir}>
              ${item.keyPoints.map((point) => html`<li>${point}</li>`)}
            </ul>
          </section>`
          : nothing
      }
      ${
        item.sources.length || item.tags.length
          ? html`<footer part="footer">
            ${
              item.sources.length
                ? html`<p part="sources" class="meta sources">${messages.sources} <span lang=${lang}>${sourceList(item.sources)}</span></p>`
                : nothing
            }
            ${
              item.tags.length
                ? html`<ul part="tags" class="tags" aria-label=${messages.tags} lang=${lang} dir=${text.dir}>
                  ${item.tags.map((tag) => html`<li>${tag}</li>`)}
                </ul>`
                : nothing
            }
          </footer>`
          : nothing
      }
    </article>`;
  }

  protected override renderSkeleton(): TemplateResult {
    const lines = (n: number) => Array.from({ length: n }, () => html`<span class="line"></span>`);
    return html`<article>
      <header>
        <p class="category"><span class="line w-30"></span></p>
        <div class="title">${lines(1)}<span class="line w-70"></span></div>
        <div class="lede">${lines(1)}<span class="line w-85"></span></div>
        <p class="meta"><span class="line w-50"></span></p>
      </header>
      <div class="media placeholder"></div>
      <div class="body">
        <p>${lines(3)}<span class="line w-70"></span></p>
        <p>${lines(2)}<span class="line w-50"></span></p>
      </div>
    </article>`;
  }
}
