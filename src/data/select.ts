import { FeedError } from './feed-error.js';
import type { Selection } from './feed-controller.js';
import type { NewsFeed, NewsItem } from './types.js';

/**
 * The item with the given id, or the first item when no id is asked for. An empty feed
 * gives no item (the empty state); an unknown id is a `not-found` error.
 */
export function selectItem(feed: NewsFeed, id: string | undefined): Selection<NewsItem | undefined> {
  const item = id ? feed.items.find((candidate) => candidate.id === id) : feed.items[0];
  if (id && !item) throw new FeedError('not-found', `The feed has no item with id "${id}".`);
  return { view: item, language: item?.language };
}

/**
 * The trending list: items with a `trending_rank` first, by rank; then the others, newest
 * first (undated last); at most `limit` of them.
 */
export function trendingItems(items: readonly NewsItem[], limit: number): NewsItem[] {
  // Unranked sorts after every rank, undated before every date. Two unranked or two undated
  // items subtract to NaN, which sort() takes as a tie, keeping their feed order.
  const rank = (item: NewsItem) => item.trendingRank ?? Infinity;
  const time = (item: NewsItem) => item.datePublished?.getTime() ?? -Infinity;
  return [...items].sort((a, b) => rank(a) - rank(b) || time(b) - time(a)).slice(0, Math.max(0, limit));
}
