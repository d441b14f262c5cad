import { css } from 'lit';

/**
 * `<news-card>`'s host alone (a list of cards is a box of its own): the card's box has the
 * corners and the room inside, so a dark theme adds no inset around it.
 */
export const cardHost = css`
  :host {
    --_inset: 0;
  }
`;

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
    /* One column as wide as the card, not as the widest word: sizing the column from the
       headline's own width made WebKit shape a giant headline several times (seconds). */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    padding: var(--_space);
  }

  .title {
    font-size: 1.25rem;
  }

  /* The skeleton has the lines of a typical story at its width (headline about 70 characters,
     summary about 150): three and three on a phone, two and three in a narrow column, two and
     two wider. The loaded card fits its own text; the difference is a line or so. */
  .line.w-85 {
    width: 85%;
  }

  @container (min-width: 22rem) {
    .line.phone {
      display: none;
    }
  }

  @container (min-width: 30rem) {
    .line.narrow {
      display: none;
    }
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

  /* Inside the card's edge: the widget paints nothing outside its box. */
  .card:has(a:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }

  .title a:focus-visible {
    outline: none;
  }

  /* Horizontal: image beside the text, where there is room for both. */
  @container (min-width: 32rem) {
    :host([layout='horizontal']) .card {
      flex-direction: row;
    }

    :host([layout='horizontal']) .media {
      flex: 0 0 40%;
      aspect-ratio: auto;
      min-height: 100%;
    }

    :host([layout='horizontal']) .content {
      align-content: center;
    }
  }

  /* Compact: a small square thumbnail at the end, headline and meta only. */
  :host([layout='compact']) .card {
    flex-direction: row-reverse;
    align-items: flex-start;
    gap: 0.75rem;
    padding: 0.75rem;
  }

  :host([layout='compact']) .media {
    flex: 0 0 4.5rem;
    aspect-ratio: 1;
    border-radius: calc(var(--_radius) / 2);
  }

  :host([layout='compact']) .content {
    flex: 1;
    padding: 0;
    gap: 0.3rem;
  }

  :host([layout='compact']) .title {
    font-size: 1rem;
  }

  :host([layout='compact']) .summary {
    display: none;
  }
`;
