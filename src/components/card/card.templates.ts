import { html, nothing, type TemplateResult } from 'lit';
import {
  heading,
  headlineLanguage,
  headlineText,
  mediaTemplate,
  relativeTimeTemplate,
  sourceNames,
  textLanguage,
  type HeadingLevel,
} from '../../internal/templates.js';
import { itemDate } from '../../data/pick.js';
import type { NewsItem } from '../../data/types.js';
import type { Voice } from '../../data/feed-state.js';

// One story as a card: what <news-card> shows, and what <news-list> shows for each of its items.

/** The language a widget speaks: the part of its state a card needs. */
export type Speech = Voice;
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
  { locale, dir, messages }: Speech,
  level: HeadingLevel,
  image: ImageTemplate,
  select: SelectHandler,
): TemplateResult {
  const date = itemDate(item);
  const summary = item.summary ?? item.excerpt;
  const media = mediaTemplate(item, messages, locale);
  // The card speaks the widget's language; the story's text keeps its own (textLanguage).
  const text = textLanguage(item);
  const lang = text.lang ?? nothing;
  return html`<article part="card" class="card" lang=${locale} dir=${dir}>
    ${image(item.image ?? item.bannerImage, item.imageCaption ?? '', 'media')}
    <div part="content" class="content">
      ${item.category ? html`<p part="category" class="category" lang=${lang} dir=${text.dir}>${item.category}</p>` : nothing}
      ${heading(
        level,
        'title',
        item.url
          ? html`<a part="link" href=${item.url} @click=${select(item)}>${headlineText(item, messages, locale)}</a>`
          : headlineText(item, messages, locale),
        headlineLanguage(item, text),
      )}
      ${summary ? html`<p part="summary" class="summary" lang=${lang} dir=${text.dir}>${summary}</p>` : nothing}
      ${
        date || media !== nothing || item.sources.length
          ? html`<p part="meta" class="meta dots">
            ${relativeTimeTemplate(date, locale, messages.justNow)} ${media} ${sourceNames(item, lang)}
          </p>`
          : nothing
      }
    </div>
  </article>`;
}

/** The loading placeholder of a card, with the loaded card's size. */
export function cardSkeleton(): TemplateResult {
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
