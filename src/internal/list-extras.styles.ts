import { css } from 'lit';

/** The feed's header (`show-feed`) and "More", on <news-list> and <news-trending>. */
export const listExtrasStyles = css`
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
