import { css, unsafeCSS } from 'lit';
import { states } from './states.styles.js';

/**
 * The dark palette, used by `theme="dark"` and by `theme="auto"` on a dark system. The widget
 * paints its own background then, on a host page that may be light: a box with the widget's
 * corners and room inside it (`--_inset`; none for the card, whose own box has both). Declarations
 * without a rule of their own, which no CSS minifier can parse: a plain string, left as it is.
 */
const darkPalette = unsafeCSS(`
  --_text: var(--news-color-text, #ececec);
  --_muted: var(--news-color-muted, #ababab);
  --_accent: var(--news-color-accent, #ff8a80);
  --_bg: var(--news-color-background, #161616);
  --_surface: var(--news-color-surface, #262626);
  --_border: var(--news-color-border, #3a3a3a);
  --_focus: var(--news-color-focus, #8ab4f8);
  color-scheme: dark;
  background: var(--_bg);
  border-radius: var(--_radius);
  padding: var(--_inset);
`);

/**
 * Public tokens (`--news-*`) feed private aliases (`--_*`); components read only the aliases,
 * so a host overrides one documented property and every block follows.
 */
export const tokens = css`
  :host {
    --_font: var(--news-font-family, inherit);
    --_font-heading: var(--news-font-family-heading, var(--_font));
    --_text: var(--news-color-text, #1b1b1b);
    --_muted: var(--news-color-muted, #5c5c5c);
    --_accent: var(--news-color-accent, #b3261e);
    --_bg: var(--news-color-background, #ffffff);
    --_surface: var(--news-color-surface, #f1f1f1);
    --_border: var(--news-color-border, #dedede);
    --_focus: var(--news-color-focus, #1a5fb4);
    --_radius: var(--news-radius, 8px);
    --_space: var(--news-spacing, 1rem);
    --_ratio: var(--news-image-aspect-ratio, 16 / 9);
    --_inset: var(--_space);
    color-scheme: light;
  }

  :host([theme='dark']) {
    ${darkPalette}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }
  }
`;

/**
 * Host box and shared text blocks.
 *
 * Whatever a feed holds stays inside the widget's box: nothing paints or takes clicks outside
 * it (paint containment clips every box of the shadow tree to the host), and any word wraps
 * where it must rather than widen the page.
 */
const core = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
    overflow-wrap: anywhere;
    container-type: inline-size;
    contain: paint;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: inherit;
  }

  /* A name from a feed: its own paragraph for the bidirectional algorithm, so no direction
     control inside it reaches the names around it. */
  bdi {
    display: inline-block;
  }

  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .category {
    margin: 0;
    color: var(--_accent);
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }

  /* A headline is never cut: a host that wants a clamp opts in with --news-title-lines. The
     clip's margin leaves focus rings and overhanging glyphs visible. */
  .title {
    margin: 0;
    font-family: var(--_font-heading);
    font-weight: 700;
    line-height: 1.25;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--news-title-lines, none);
    /* Firefox computes an inherited text-align of a -webkit-box as the parent's physical side
       (right, under a right-to-left widget), so a left-to-right headline would sit on the right. */
    text-align: start;
    overflow: clip;
    overflow-clip-margin: 0.25rem;
  }

  /* Arabic script stacks its marks above and below the letters: a headline's tight leading
     would make the lines touch. */
  .title:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ug), :lang(ckb)) {
    line-height: 1.5;
  }

  .title a {
    text-decoration: none;
  }

  .title a:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* Summaries keep a clamp by default (--news-summary-lines), and fit their text when shorter. */
  .summary {
    margin: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--news-summary-lines, 3);
    overflow: hidden;
    text-align: start; /* as .title's, for Firefox */
  }

  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .dots {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
  }

  .dots > * + *::before {
    content: '·';
    margin-inline: 0.4em;
  }

  img {
    display: block;
    max-width: 100%;
  }

  .media {
    aspect-ratio: var(--_ratio);
    overflow: hidden;
    background: var(--_surface);
    border-radius: var(--_radius);
  }

  .media img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
`;

/** What every widget's shadow root starts with (after the {@link tokens}): host box, text, media, and the states. */
export const base = [core, states];
