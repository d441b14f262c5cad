import { css, html, isServer, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { MorePages, type MoreOptions, type MoreSpeech } from '../data/more.js';
import type { NewsFeed } from '../data/types.js';

// What <news-list> and <news-trending> show around their stories on demand: the feed's header
// (`show-feed`) and "More" (a feed that names a next page). Fetched with ../data/more.ts, and
// only by such widgets (./list-extras-slot.ts): other pages download none of it.

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
    ${
      showIcon(icon)
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
        : nothing
    }
    ${
      feed.homePageUrl
        ? html`<a part="feed-title feed-link" class="feed-title" href=${feed.homePageUrl}>${title}</a>`
        : html`<span part="feed-title" class="feed-title">${title}</span>`
    }
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
  return html`${
    more.hasMore || failed
      ? html`<div class="more">
          ${failed ? html`<p part="more-error" class="more-error">${speech.messages.moreError}</p>` : nothing}
          ${
            more.hasMore
              ? html`<button
                part=${failed ? 'more retry' : 'more'}
                type="button"
                aria-disabled=${busy ? 'true' : 'false'}
                @click=${() => void more.more(speech)}
              >
                ${failed ? speech.messages.retry : speech.messages.more}
              </button>`
              : nothing
          }
        </div>`
      : nothing
  }
    <div class="visually-hidden" role="status" aria-live="polite">${more.announcement}</div>`;
}

/** The feed's header (`show-feed`) and "More", on <news-list> and <news-trending>. */
const listExtrasStyles = css`
  .feed-header {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-width: 0;
    font-size: 0.875rem;
    font-weight: 600;
  }

  .feed-icon {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    border-radius: 4px;
    object-fit: cover;
    background: var(--_surface);
  }

  .feed-icon[hidden] {
    display: none;
  }

  .feed-title {
    min-width: 0;
  }

  a.feed-title {
    text-decoration: none;
  }

  a.feed-title:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.75rem;
    padding-block-start: calc(var(--_space) / 2);
  }

  .more-error {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .more button {
    font: inherit;
    font-weight: 600;
    padding: 0.4rem 1.2rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_accent);
    background: transparent;
    cursor: pointer;
  }

  .more button[aria-disabled='true'] {
    cursor: progress;
  }
`;

/** What a list widget gets from this module: its stories, header and "More". */
export interface Extras {
  items: MorePages['items'];
  header: typeof feedHeaderTemplate;
  more: (speech: MoreSpeech) => TemplateResult;
}

/** Gives a list widget its header and "More", adding their styles to the widget's own. */
export function attach(host: ReactiveElement & { timeout?: number }, options: MoreOptions): Extras {
  if (isServer) {
    // A server writes the class's styles into each shadow root it renders: these are among them
    // (and so in the browser too, where the widget keeps the server's styles as it hydrates).
    const styles = (host.constructor as typeof ReactiveElement).elementStyles;
    if (!styles.includes(listExtrasStyles)) styles.push(listExtrasStyles);
  } else {
    const root = host.renderRoot;
    const sheet = listExtrasStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }
  const pages = new MorePages(host, options);
  return {
    items: (feed, view) => pages.items(feed, view),
    header: feedHeaderTemplate,
    more: (speech) => moreTemplate(pages, speech),
  };
}
