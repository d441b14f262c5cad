import { defineElement } from '../../internal/define-element.js';
import { NewsCard } from './card.js';

export { NewsCard };

defineElement('news-card', NewsCard);

declare global {
  interface HTMLElementTagNameMap {
    'news-card': NewsCard;
  }
}
