// React components for the four widgets, made with @lit/react. Each sets the widget's
// properties (`feed`, `articleId`, `limit`…) and its event listeners in a layout effect after
// the element is in the document, on a first client render and after `hydrateRoot` alike:
// React 19 itself skips a custom element's properties and handlers when it hydrates
// (react#35446), so a plain `<news-trending feed={feed}>` stays empty there.
//
// Importing this module registers the four tags (in Node it registers them with Lit's DOM
// shim, so `renderToString` works).
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { NewsCard as NewsCardElement } from '../components/card/define.js';
import { NewsArticle as NewsArticleElement } from '../components/article/define.js';
import { NewsTrending as NewsTrendingElement } from '../components/trending/define.js';
import { NewsList as NewsListElement } from '../components/list/define.js';
import type { NewsSelectEvent } from '../events/news-select.js';
import type { NewsLoadEvent } from '../events/news-load.js';
import type { NewsErrorEvent } from '../events/news-error.js';

/** Every widget: the feed loaded, or the widget shows its error state. */
const loadEvents = {
  onNewsLoad: 'news-load' as EventName<NewsLoadEvent>,
  onNewsError: 'news-error' as EventName<NewsErrorEvent>,
};

/** The widgets with headlines a reader can activate: also `news-select` (cancelable). */
const selectEvents = {
  ...loadEvents,
  onNewsSelect: 'news-select' as EventName<NewsSelectEvent>,
};

/**
 * `<news-card>`: one story as a card. Props: `src` or `feed`, `articleId` or `index`,
 * `layout`, `headingLevel`, `locale`, `theme`, `loading`, `refresh`, `timeout`, `category`,
 * `tag`, `images`; events `onNewsSelect`, `onNewsLoad`, `onNewsError`.
 */
export const NewsCard = createComponent({
  react: React,
  tagName: 'news-card',
  elementClass: NewsCardElement,
  events: selectEvents,
  displayName: 'NewsCard',
});

/**
 * `<news-article>`: the full story. Props: `src` or `feed`, `articleId`, `headingLevel` and
 * the shared ones; events `onNewsLoad`, `onNewsError` (an article has no headline to select).
 */
export const NewsArticle = createComponent({
  react: React,
  tagName: 'news-article',
  elementClass: NewsArticleElement,
  events: loadEvents,
  displayName: 'NewsArticle',
});

/**
 * `<news-trending>`: a ranked list. Props: `src` or `feed`, `limit`, `order`, `heading`,
 * `showImages`, `showFeed`, `headingLevel` and the shared ones; events `onNewsSelect`,
 * `onNewsLoad`, `onNewsError`.
 */
export const NewsTrending = createComponent({
  react: React,
  tagName: 'news-trending',
  elementClass: NewsTrendingElement,
  events: selectEvents,
  displayName: 'NewsTrending',
});

/**
 * `<news-list>`: a row or grid of cards. Props: `src` or `feed`, `limit`, `index`, `columns`,
 * `layout`, `showFeed`, `headingLevel` and the shared ones; events `onNewsSelect`,
 * `onNewsLoad`, `onNewsError`.
 */
export const NewsList = createComponent({
  react: React,
  tagName: 'news-list',
  elementClass: NewsListElement,
  events: selectEvents,
  displayName: 'NewsList',
});

/** The props of each component, for an app's own wrappers: `NewsCardProps['layout']`. */
export type NewsCardProps = React.ComponentProps<typeof NewsCard>;
export type NewsArticleProps = React.ComponentProps<typeof NewsArticle>;
export type NewsTrendingProps = React.ComponentProps<typeof NewsTrending>;
export type NewsListProps = React.ComponentProps<typeof NewsList>;

export type {
  NewsSelectEvent,
  NewsLoadEvent,
  NewsErrorEvent,
  NewsSelectDetail,
  NewsLoadDetail,
  NewsErrorDetail,
} from '../index.js';
export type { NewsFeed, NewsItem, NewsFeedError } from '../index.js';
