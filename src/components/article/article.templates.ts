import { html, nothing } from 'lit';
import type { DateLocale } from '../../format/english.js';
import { absoluteDateTime, isValidDate } from '../../format/relative-time.js';
import type { NewsSource } from '../../data/types.js';

// Parts only the article shows, kept out of the code every widget shares.

/** `<time>` showing the full date and time. */
export function absoluteTimeTemplate(date: Date | undefined, locale: DateLocale, part = 'time') {
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
      html`${i > 0 ? html`<span aria-hidden="true"> · </span>` : nothing}<bdi
        >${source.url
          ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${source.name}</a>`
          : source.name}</bdi
      >`,
  );
}
