import { css } from 'lit';

export const cardStyles = css`
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }

  .card .media {
    border-radius: 0;
  }

  .content {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
  }

  .title {
    font-size: 1.25rem;
  }

  /* The whole card is one click target: the headline link's box covers it. */
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  .card:hover .title a {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .card:has(a:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .title a:focus-visible {
    outline: none;
  }

  .summary {
    color: var(--_text);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }

  .skeleton {
    padding-block-end: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .skeleton .bone:not(.media) {
    margin-inline: var(--_space);
  }

  .skeleton .bone.media {
    border-radius: 0;
  }
`;
