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

  /* The entry's blocks share the row's grid (the entry itself makes no box), so the rank sits
     on the headline's first line whether or not a category label comes above it. */
  li {
    display: grid;
    grid-template-columns: 2.25rem minmax(0, 1fr);
    grid-template-areas: '. category' 'rank title' '. meta' '. summary';
    column-gap: 0.75rem;
    align-items: baseline;
    padding-block: 0.85rem;
    border-block-end: 1px solid var(--_border);
  }

  :host([show-images]) li {
    grid-template-columns: 2.25rem minmax(0, 1fr) auto;
  }

  .entry {
    display: contents;
  }

  .rank {
    grid-area: rank;
    color: var(--_accent);
    font-family: var(--_font-heading);
    font-size: 1.75rem;
    font-weight: 800;
    /* Shorter than the headline's line: the number's height does not push the headline down. */
    line-height: 1rem;
    font-variant-numeric: tabular-nums;
  }

  .category {
    grid-area: category;
    margin-block-end: 0.3rem;
  }

  .title {
    grid-area: title;
    font-size: 1rem;
  }

  .meta {
    grid-area: meta;
    margin-block-start: 0.3rem;
  }

  .summary {
    grid-area: summary;
    margin-block-start: 0.3rem;
    color: var(--_muted);
    font-size: 0.875rem;
    -webkit-line-clamp: var(--news-summary-lines, 2);
  }

  .thumb {
    grid-column: 3;
    grid-row: 1 / span 4;
    align-self: start;
    width: 5rem;
    aspect-ratio: 1;
    border-radius: calc(var(--_radius) / 2);
  }

  li:last-child {
    border-block-end: 0;
  }

  .rank .line {
    width: 1.25rem;
  }
`;
