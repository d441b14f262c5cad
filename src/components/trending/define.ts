import { defineElement } from '../../internal/define-element.js';
import { NewsTrending } from './trending.js';

export { NewsTrending };

defineElement('news-trending', NewsTrending);

declare global {
  interface HTMLElementTagNameMap {
    'news-trending': NewsTrending;
  }
}
