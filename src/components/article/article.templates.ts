import { html, nothing } from 'lit';
import type { Messages } from '../../format/messages.js';
import { duration } from '../../format/duration.js';
import { absoluteDateTime, isValidDate } from '../../format/relative-time.js';
import type { NewsItem, NewsSource } from '../../data/types.js';
import { fileOf } from './article.view.js';

// Parts only the article shows, kept out of the code every widget shares.

/** `<time>` showing the full date and time. */
export function absoluteTimeTemplate(date: Date | undefined, locale: string, part = 'time') {
  if (!isValidDate(date)) return nothing;
  return html`<time part=${part} datetime=${date.toISOString()}>${absoluteDateTime(date, locale)}</time>`;
}

/**
 * Source names separated by middle dots, each linked where the feed gives a URL, and each
 * isolated like `nameList`'s, so a direction override in one name cannot reorder the others.
 */
export function sourceList(sources: NewsSource[]) {
  return sources.map(
    (source, i) =>
      html`${i > 0 ? html`<span aria-hidden="true">${' · '}</span>` : nothing}<bdi
        >${
          source.url
            ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${source.name}</a>`
            : source.name
        }</bdi
      >`,
  );
}

/** For a link post: "Link: example.com", the domain linked to where the link goes. */
export function externalLink(item: NewsItem, messages: Messages) {
  const href = item.externalUrl;
  const host = href && /^https?:/.test(href) ? new URL(href).hostname.replace(/^www\./, '') : '';
  if (!host) return nothing;
  return html`<p part="external" class="meta external">
    ${messages.link} <a href=${href} rel="noopener noreferrer" target="_blank">${host}</a>
  </p>`;
}

/**
 * The item's audio and video, each in the browser's own player, which loads nothing until the
 * reader presses play (`preload="none"`); titled, with its length. None the body plays already
 * (`played`: its files' addresses, without their query).
 */
export function attachmentList(item: NewsItem, poster: string | undefined, locale: string, played: string[] = []) {
  const media = item.attachments.filter((a) => /^(audio|video)\//i.test(a.mimeType) && !played.includes(fileOf(a.url)));
  if (!media.length) return nothing;
  return html`<div part="attachments" class="attachments">
    ${media.map((attachment) => {
      const title = attachment.title ?? item.title;
      const length = duration(attachment.durationInSeconds, locale);
      const label = [title, length].filter(Boolean).join(' · ');
      return html`<figure part="attachment" class="attachment">
        ${label ? html`<figcaption>${label}</figcaption>` : nothing}
        ${
          /^video\//i.test(attachment.mimeType)
            ? html`<video controls preload="none" playsinline src=${attachment.url} poster=${poster ?? nothing} aria-label=${title || nothing}></video>`
            : html`<audio controls preload="none" src=${attachment.url} aria-label=${title || nothing}></audio>`
        }
      </figure>`;
    })}
  </div>`;
}

/**
 * Names from a feed in a row (authors), each in a `<bdi>` that the shared styles make an inline
 * block: a name in another direction, or holding direction controls (even ones that would close
 * an isolate early), cannot reorder the others. The card's sources and {@link sourceList} do the
 * same.
 */
export const nameList = (list: { name: string }[], separator: string) =>
  list.map(({ name }, i) => html`${i ? separator : ''}<bdi>${name}</bdi>`);

/**
 * A headline past any real one's length without the title's tight letter-spacing: WebKit then
 * breaks lines of an 80,000-character word wider than the box (README, Browser support).
 */
export function unspacedIfHuge(text: string) {
  return text.length > 2000 ? html`<span class="unspaced">${text}</span>` : text;
}

/** Authors, published and updated dates: the byline under the headline. */
export function byline(item: NewsItem, messages: Messages, locale: string, lang: string | typeof nothing) {
  return html`<p part="byline" class="meta dots byline">
        ${
          item.authors.length
            ? html`<span>${messages.by} <span class="author" lang=${lang}>${nameList(item.authors, ', ')}</span></span>`
            : nothing
        }
        ${
          item.datePublished
            ? html`<span>${messages.published} ${absoluteTimeTemplate(item.datePublished, locale)}</span>`
            : nothing
        }
        ${
          item.dateModified
            ? html`<span>${messages.updated} ${absoluteTimeTemplate(item.dateModified, locale, 'updated')}</span>`
            : nothing
        }
  </p>`;
}
