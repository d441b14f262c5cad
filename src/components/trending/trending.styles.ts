import { css } from 'lit';

export const trendingStyles = css`
  .line.w-85 {
    width: 85%;
  }

  section {
    display: grid;
    gap: 0.75rem;
  }

  .heading {
    margin: 0;
    padding-block-end: 0.5rem;
    border-block-end: 2px solid var(--_text);
    font-family: var(--_font-heading);
    font-size: 1.125rem;
    font-weight: 800;
    line-height: 1.2;
  }

  /* A block, not a grid: a long list grows a slice at a time, and a block lays out only what
     was added where a grid sizes its tracks over every entry again. */
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li {
    display: grid;
    grid-template-columns: 2.25rem 1fr;
    gap: 0.75rem;
    padding-block: 0.85rem;
    border-block-end: 1px solid var(--_border);
  }

  :host([show-images]) li {
    grid-template-columns: 2.25rem 1fr auto;
  }

  .thumb {
    width: 5rem;
    aspect-ratio: 1;
    border-radius: calc(var(--_radius) / 2);
  }

  li:last-child {
    border-block-end: 0;
  }

  .rank {
    color: var(--_accent);
    font-family: var(--_font-heading);
    font-size: 1.75rem;
    font-weight: 800;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }

  .entry {
    display: grid;
    gap: 0.3rem;
    min-width: 0;
  }

  /* Fixed line counts (headline 2–3 lines, summary 2) keep each row of the loading skeleton
     and of the loaded list the same height. */
  .title {
    font-size: 1rem;
    min-height: 2lh;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }

  .summary {
    color: var(--_muted);
    font-size: 0.875rem;
    height: 2lh;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }

  .rank .line {
    width: 1.25rem;
  }
`;
