import { html, nothing, type TemplateResult } from 'lit';
import {
  heading,
  headlineLanguage,
  headlineText,
  relativeTimeTemplate,
  sourceNames,
  textLanguage,
  type HeadingLevel,
} from '../../internal/templates.js';
import { itemDate } from '../../data/pick.js';
import type { NewsItem } from '../../data/types.js';
import type { SelectHandler, Speech } from '../card/card.templates.js';

/**
 * One entry of the list: rank, category, linked headline, relative time and sources, summary,
 * and the thumbnail (`show-images`) `thumbnail` gives, in the widget's language; `select`
 * handles a click on the headline link (it fires `news-select`).
 */
export function entryTemplate(
  item: NewsItem,
  index: number,
  { locale, messages }: Speech,
  level: HeadingLevel,
  thumbnail: (item: NewsItem) => unknown,
  select: SelectHandler,
): TemplateResult {
  // The list speaks the widget's language; each story's text keeps its own.
  const text = textLanguage(item);
  const lang = text.lang ?? nothing;
  const date = itemDate(item);
  return html`<li part="item">
    <span part="rank" class="rank" aria-hidden="true">${index + 1}</span>
    <div class="entry">
      ${item.category ? html`<p part="category" class="category" lang=${lang} dir=${text.dir}>${item.category}</p>` : nothing}
      ${heading(
        level,
        'title',
        item.url
          ? html`<a part="link" href=${item.url} @click=${select(item)}>${headlineText(item, messages, locale)}</a>`
          : headlineText(item, messages, locale),
        headlineLanguage(item, text),
      )}
      ${
        date || item.sources.length
          ? html`<p class="meta dots">
              ${relativeTimeTemplate(date, locale, messages.justNow)} ${sourceNames(item, lang)}
            </p>`
          : nothing
      }
      ${
        (item.summary ?? item.excerpt)
          ? html`<p part="summary" class="summary" lang=${lang} dir=${text.dir}>${item.summary ?? item.excerpt}</p>`
          : nothing
      }
    </div>
    ${thumbnail(item)}
  </li>`;
}

/** The loading placeholder: rows the size of the entries coming, 20 at most. */
export function trendingSkeleton(rows: number, showImages: boolean): TemplateResult {
  return html`<section>
    <div class="heading"><span class="line w-30"></span></div>
    <ol>
      ${Array.from(
        { length: Math.min(rows, 20) },
        () => html`<li>
          <span class="rank"><span class="line"></span></span>
          <div class="entry">
            <p class="category"><span class="line w-30"></span></p>
            <div class="title"><span class="line"></span><span class="line w-70"></span></div>
            <p class="meta"><span class="line w-30"></span></p>
            <div class="summary"><span class="line"></span><span class="line w-85"></span></div>
          </div>
          ${showImages ? html`<div class="thumb media placeholder"></div>` : nothing}
        </li>`,
      )}
    </ol>
  </section>`;
}
