import { css } from 'lit';

/** The article's body: running text from the feed, its headings, images, quotes, code and tables. */
export const articleBodyStyles = css`
  .body {
    max-width: var(--_measure);
    font-size: 1.0625rem;
    line-height: 1.65;
  }

  .body > :first-child {
    margin-block-start: 0;
  }

  .body > :last-child {
    margin-block-end: 0;
  }

  .body p,
  .body ul,
  .body ol,
  .body blockquote,
  .body pre,
  .body table {
    margin-block: 0 1em;
  }

  .body figure {
    margin: 0 0 1em;
  }

  /* The body's headings go below the headline (h3 and down under the usual h2): sized by level. */
  .body h2,
  .body h3,
  .body h4,
  .body h5,
  .body h6 {
    margin-block: 1.5em 0.5em;
    font-family: var(--_font-heading);
    font-size: inherit;
    line-height: 1.25;
  }

  .body h2,
  .body h3 {
    font-size: 1.35rem;
  }

  .body h4 {
    font-size: 1.15rem;
  }

  /* Width and height attributes only reserve an image's aspect ratio: the column caps its width,
     the screen its height. */
  .body img {
    height: auto;
    max-height: 100vh;
    object-fit: contain;
    border-radius: var(--_radius);
  }

  /* A video as wide as the column, its height from its width and height attributes when the
     feed gave them (no shift when it loads); a sound's player as wide as the column. */
  .body video,
  .body audio {
    display: block;
    width: 100%;
  }

  .body video {
    height: auto;
    max-height: 100vh;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .body a {
    color: var(--_accent);
  }

  .body blockquote {
    margin-inline: 0;
    padding-inline-start: 1rem;
    border-inline-start: 3px solid var(--_accent);
    font-style: italic;
  }

  /* Code wraps rather than scrolls: a scrolling box would need to take keyboard focus. */
  .body pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* A table keeps its words whole and scrolls inside its own box when it is too wide. */
  .body table {
    border-collapse: collapse;
    display: block;
    overflow-x: auto;
    overflow-wrap: normal;
  }

  .body th,
  .body td {
    padding: 0.35rem 0.6rem;
    border: 1px solid var(--_border);
    text-align: start;
  }

  .text p {
    white-space: pre-line;
  }
`;
