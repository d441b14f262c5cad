// JSX types for the widgets: React 19 passes `feed` as a property (the element has it) and
// `onnews-select` as an event listener, so both are typed here next to the attributes.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NewsArticle, NewsCard, NewsErrorEvent, NewsList, NewsLoadEvent, NewsSelectEvent, NewsTrending } from 'news-widgets';

type WidgetProps<E> = DetailedHTMLProps<HTMLAttributes<E>, E> & {
  src?: string;
  feed?: unknown;
  locale?: string;
  theme?: 'light' | 'dark' | 'auto';
  loading?: 'eager' | 'lazy';
  'heading-level'?: number;
  category?: string;
  tag?: string;
  'onnews-select'?: (event: NewsSelectEvent) => void;
  'onnews-load'?: (event: NewsLoadEvent) => void;
  'onnews-error'?: (event: NewsErrorEvent) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'news-card': WidgetProps<NewsCard> & { 'article-id'?: string };
      'news-article': WidgetProps<NewsArticle> & { 'article-id'?: string };
      'news-trending': WidgetProps<NewsTrending> & {
        limit?: number;
        order?: 'rank' | 'latest';
        heading?: string;
        'show-feed'?: boolean;
      };
      'news-list': WidgetProps<NewsList> & {
        limit?: number;
        index?: number;
        columns?: number;
        layout?: 'vertical' | 'horizontal' | 'compact';
        'show-feed'?: boolean;
      };
    }
  }
}
