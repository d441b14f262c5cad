import { html, nothing, type TemplateResult } from 'lit';
import { heading, headlineText, mediaTemplate, relativeTimeTemplate, type HeadingLevel } from '../../internal/templates.js';
import { itemDate } from '../../data/select.js';
import type { NewsItem } from '../../data/types.js';
import type { FeedState } from '../../data/feed-controller.js';

// One story as a card: what <news-card> shows, and what <news-list> shows for each of its items.

/** The language a widget speaks: the part of its state a card needs. */
export type Speech = Pick<FeedState<unknown>, 'locale' | 'dir' | 'dateLocale' | 'messages'>;
/** The image in its frame, or nothing (no image, a broken one, or `images="none"`). */
export type ImageTemplate = (src: string | undefined, alt: string, part: string) => TemplateResult | typeof nothing;
/** The headline link's click handler, which fires `news-select`. */
export type SelectHandler = (item: NewsItem) => (event: MouseEvent) => void;

/**
 * The card of one item, with the widget's language, headline level, image and select handler;
 * the whole card is one click target (the headline link).
 */
export function cardTemplate(
  item: NewsItem,
  { locale, dir, dateLocale, messages }: Speech,
  level: HeadingLevel,
  image: ImageTemplate,
  select: SelectHandler,
): TemplateResult {
  const date = itemDate(item);
  const summary = item.summary ?? item.excerpt;
  const media = mediaTemplate(item, messages, dateLocale);
  return html`<article part="card" class="card" lang=${locale} dir=${dir}>
    ${image(item.image ?? item.bannerImage, item.imageCaption ?? '', 'media')}
    <div part="content" class="content">
      ${item.category ? html`<p part="category" class="category">${item.category}</p>` : nothing}
      ${heading(
        level,
        'title',
        item.url
          ? html`<a part="link" href=${item.url} @click=${select(item)}>${headlineText(item, messages, dateLocale)}</a>`
          : headlineText(item, messages, dateLocale),
      )}
      ${summary ? html`<p part="summary" class="summary">${summary}</p>` : nothing}
      ${date || media !== nothing || item.sources.length
        ? html`<p part="meta" class="meta dots">
            ${relativeTimeTemplate(date, dateLocale, messages.justNow)} ${media}
            ${item.sources.length
              ? html`<span part="sources"
                  >${item.sources.map((s, i) => html`${i ? ' · ' : ''}<bdi>${s.name}</bdi>`)}</span
                >`
              : nothing}
          </p>`
        : nothing}
    </div>
  </article>`;
}

/** The loading placeholder of a card, with the loaded card's size. */
export function cardSkeleton(): TemplateResult {
  return html`<div class="card">
    <div class="media placeholder"></div>
    <div class="content">
      <p class="category"><span class="line w-30"></span></p>
      <div class="title"><span class="line"></span><span class="line w-70"></span></div>
      <div class="summary"><span class="line"></span><span class="line"></span><span class="line w-50"></span></div>
      <p class="meta"><span class="line w-30"></span></p>
    </div>
  </div>`;
}
