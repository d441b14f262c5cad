import { FeedError } from './feed-error.js';
import type { Selection } from './feed-controller.js';
import type { NewsFeed, NewsItem } from './types.js';

/**
 * The item with the given id, or the first item when no id is asked for. An empty feed
 * gives no item (the empty state); an unknown id is a `not-found` error.
 */
export function selectItem(feed: NewsFeed, id: string | undefined): Selection<NewsItem | undefined> {
  if (id === undefined || id === '') {
    const item = feed.items[0];
    return { view: item, language: item?.language };
  }
  const item = feed.items.find((candidate) => candidate.id === id);
  if (!item) throw new FeedError('not-found', `The feed has no item with id "${id}".`);
  return { view: item, language: item.language };
}

/**
 * The trending list: items with a `trending_rank` first, by rank; then the others, newest
 * first (undated last); at most `limit` of them.
 */
export function trendingItems(items: readonly NewsItem[], limit: number): NewsItem[] {
  const ranked = items.filter((item) => item.trendingRank !== undefined);
  const unranked = items.filter((item) => item.trendingRank === undefined);
  ranked.sort((a, b) => a.trendingRank! - b.trendingRank! || newestFirst(a, b));
  unranked.sort(newestFirst);
  return [...ranked, ...unranked].slice(0, Math.max(0, limit));
}

function newestFirst(a: NewsItem, b: NewsItem): number {
  const ta = a.datePublished?.getTime() ?? Number.NEGATIVE_INFINITY;
  const tb = b.datePublished?.getTime() ?? Number.NEGATIVE_INFINITY;
  return ta === tb ? 0 : tb > ta ? 1 : -1;
}
