import { css } from 'lit';

export const articleStyles = css`
  :host {
    --_measure: var(--news-measure, 65ch);
  }

  .line.w-85 {
    width: 85%;
  }

  /* One column that no content can widen: a long line in a table or a pre scrolls in its own box. */
  article {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.25);
    max-width: var(--news-article-max-width, 48rem);
  }

  header {
    display: grid;
    gap: 0.6rem;
  }

  .title {
    font-size: clamp(1.6rem, 1.2rem + 2.2cqi, 2.5rem);
    line-height: 1.15;
    letter-spacing: -0.01em;
  }

  /* The headline links only when there is no body to read here (a feed of summaries): it is then
     the way to the story, and looks like a link before it is hovered. */
  .title a {
    text-decoration: underline;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: max(1px, 0.05em);
    text-underline-offset: 0.15em;
  }

  /* The headline's link starts at the widget's edge, outside which the widget paints nothing:
     its focus ring inside it. */
  .title a:focus-visible {
    outline-offset: -2px;
  }

  /* A link in running text may start a line, at that edge too: it is highlighted, the ring
     drawn on its box (kept for forced colours, where the highlight is not painted). */
  .body a:focus-visible,
  .sources a:focus-visible {
    outline-offset: 0;
    border-radius: 0;
    background: var(--_focus);
    color: var(--_bg);
  }

  .unspaced {
    letter-spacing: 0;
  }

  /* The lede is the article's own: shown whole, never clamped like a card's summary. */
  .lede {
    display: block;
    overflow: visible;
    font-size: 1.2rem;
    line-height: 1.45;
    color: var(--_text);
    max-width: var(--_measure);
  }

  .byline {
    font-size: 0.875rem;
  }

  .byline .author {
    color: var(--_text);
    font-weight: 600;
  }

  figure.lead {
    margin: 0;
    display: grid;
    gap: 0.4rem;
  }

  figcaption {
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .key-points {
    max-width: var(--_measure);
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .key-points-heading {
    margin: 0 0 0.5rem;
    font-size: 1rem;
    font-family: var(--_font-heading);
  }

  .key-points ul {
    margin: 0;
    padding-inline-start: 1.2rem;
    display: grid;
    gap: 0.4rem;
  }

  footer {
    display: grid;
    gap: 0.6rem;
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  .sources a {
    color: var(--_text);
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tags li {
    padding: 0.1rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .attachments {
    display: grid;
    gap: var(--_space);
    margin-block: var(--_space);
  }

  .attachment {
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }

  .attachment figcaption {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .attachment audio,
  .attachment video {
    width: 100%;
    max-width: 100%;
  }

  .attachment video {
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
