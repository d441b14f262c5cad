import { css } from 'lit';

/**
 * The grid of cards. Each entry is a container of its own, so a card's layout (horizontal
 * beside the text where there is room) follows its column's width, as a lone card follows its
 * own. Without `columns`, the number of columns follows the list's width and the cards' layout.
 */
export const listStyles = css`
  .list {
    display: grid;
    gap: 0.75rem;
  }

  ul {
    --_columns: 1;
    display: grid;
    grid-template-columns: repeat(var(--_columns), minmax(0, 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li {
    container-type: inline-size;
    min-width: 0;
  }

  /* As many columns as fit: cards of about 17rem (vertical), 26rem (compact) or 33rem (horizontal). */
  @container (min-width: 34rem) {
    ul.auto {
      --_columns: 2;
    }
  }

  @container (min-width: 52rem) {
    ul.auto {
      --_columns: 3;
    }
  }

  @container (min-width: 70rem) {
    ul.auto {
      --_columns: 4;
    }
  }

  :host([layout='compact']) ul.auto {
    --_columns: 1;
  }

  @container (min-width: 34rem) {
    :host([layout='compact']) ul.auto {
      --_columns: 2;
    }
  }

  @container (min-width: 70rem) {
    :host([layout='compact']) ul.auto {
      --_columns: 3;
    }
  }

  :host([layout='horizontal']) ul.auto {
    --_columns: 1;
  }

  @container (min-width: 66rem) {
    :host([layout='horizontal']) ul.auto {
      --_columns: 2;
    }
  }

  ul[data-columns='2'] {
    --_columns: 2;
  }

  ul[data-columns='3'] {
    --_columns: 3;
  }

  ul[data-columns='4'] {
    --_columns: 4;
  }

  ul[data-columns='5'] {
    --_columns: 5;
  }

  ul[data-columns='6'] {
    --_columns: 6;
  }
`;
