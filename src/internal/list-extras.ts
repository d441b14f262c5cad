import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { MorePages, MoreSpeech } from '../data/more.js';
import type { NewsFeed } from '../data/types.js';

// What <news-list> and <news-trending> show around their stories: the feed's header
// (`show-feed`) and "More".

/**
 * The feed's icon (its `favicon`, else its `icon`), title and home page link; nothing for a
 * feed with neither title nor home page. `showIcon` says whether the widget shows the feed's
 * images (`images="none"` fetches none).
 */
export function feedHeaderTemplate(feed: NewsFeed, showIcon: (src: string | undefined) => src is string) {
  const title = feed.title ?? (feed.homePageUrl && new URL(feed.homePageUrl).hostname);
  if (!title) return nothing;
  const icon = feed.favicon ?? feed.icon;
  return html`<div part="feed-header" class="feed-header">
    ${showIcon(icon)
      ? // A new element per URL: one that failed to load hides itself, and the next shows.
        keyed(
          icon,
          html`<img
            part="feed-icon"
            class="feed-icon"
            src=${icon}
            alt=""
            width="24"
            height="24"
            decoding="async"
            @error=${(event: Event) => ((event.target as HTMLElement).hidden = true)}
          />`,
        )
      : nothing}
    ${feed.homePageUrl
      ? html`<a part="feed-title feed-link" class="feed-title" href=${feed.homePageUrl}>${title}</a>`
      : html`<span part="feed-title" class="feed-title">${title}</span>`}
  </div>`;
}

/**
 * The "More" button while there are stories to add, the inline error and its retry when the
 * next page failed, and the polite live region that says what a press did.
 */
export function moreTemplate(more: MorePages, speech: MoreSpeech): TemplateResult {
  const failed = more.status === 'error';
  const busy = more.status === 'loading';
  // The live region stays one element whatever is shown around it: a region added to the page
  // along with its text is not read out.
  return html`${more.hasMore || failed
      ? html`<div class="more">
          ${failed ? html`<p part="more-error" class="more-error">${speech.messages.moreError}</p>` : nothing}
          ${more.hasMore
            ? html`<button
                part=${failed ? 'more retry' : 'more'}
                type="button"
                aria-disabled=${busy ? 'true' : 'false'}
                @click=${() => void more.more(speech)}
              >
                ${failed ? speech.messages.retry : speech.messages.more}
              </button>`
            : nothing}
        </div>`
      : nothing}
    <div class="visually-hidden" role="status" aria-live="polite">${more.announcement}</div>`;
}
