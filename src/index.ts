// Classes, types and helpers, with no side effects: nothing is registered.
export { NewsCard } from './components/card/card.js';
export { NewsArticle, type ArticleView } from './components/article/article.js';
export { NewsTrending, DEFAULT_LIMIT, MAX_LIMIT } from './components/trending/trending.js';
export { NewsList, LIST_DEFAULT_LIMIT, LIST_MAX_LIMIT, MAX_COLUMNS } from './components/list/list.js';
export type { CardLayout } from './components/card/card.js';
export { NewsElement, type NewsTheme, type NewsLoading, type NewsImages } from './internal/news-element.js';
export { defineElement } from './internal/define-element.js';

export type {
  NewsFeed,
  NewsItem,
  NewsAuthor,
  NewsSource,
  NewsAttachment,
  FeedErrorKind,
  NewsFeedError,
} from './data/types.js';
export { FeedError } from './data/feed-error.js';
export { normaliseFeed, type NormaliseOptions } from './data/normalise.js';
export {
  loadFeed,
  parseFeed,
  sniffFeed,
  DEFAULT_TIMEOUT,
  DEFAULT_MAX_BYTES,
  type LoadOptions,
  type ParseOptions,
} from './data/load.js';
export { pickItem, trendingItems } from './data/pick.js';
export { clearFeedCache } from './data/feed-cache.js';
export { clearStaleCopies } from './data/stale-store.js';
export { relativeTime } from './format/relative-time.js';
export { LANGUAGES } from './format/strings.js';
export { registerWords, type Words, type PluralWords } from './format/words.js';
export { safeUrl } from './sanitize/url.js';

export { NewsSelectEvent, type NewsSelectDetail } from './events/news-select.js';
export { NewsLoadEvent, type NewsLoadDetail } from './events/news-load.js';
export { NewsErrorEvent, type NewsErrorDetail } from './events/news-error.js';
