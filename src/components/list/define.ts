import { defineElement } from '../../internal/define-element.js';
import { NewsList } from './list.js';

export { NewsList };

defineElement('news-list', NewsList);

declare global {
  interface HTMLElementTagNameMap {
    'news-list': NewsList;
  }
}
