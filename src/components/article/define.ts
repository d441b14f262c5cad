import { defineElement } from '../../internal/define-element.js';
import { NewsArticle } from './article.js';

export { NewsArticle };

defineElement('news-article', NewsArticle);

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
