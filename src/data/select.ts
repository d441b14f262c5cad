import { FeedError } from './feed-error.js';
import type { Selection } from './feed-controller.js';
import type { NewsAttachment, NewsFeed, NewsItem } from './types.js';

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
  const time = (item: NewsItem) => itemDate(item)?.getTime() ?? -Infinity;
  return [...items].sort((a, b) => rank(a) - rank(b) || time(b) - time(a)).slice(0, Math.max(0, limit));
}

/** When an item was published, else last updated (feeds that give only `date_modified`). */
export function itemDate(item: NewsItem): Date | undefined {
  return item.datePublished ?? item.dateModified;
}

/** The item's first audio or video attachment: a podcast episode, a video post. */
export function playable(item: NewsItem): NewsAttachment | undefined {
  return item.attachments.find((attachment) => /^(audio|video)\//i.test(attachment.mimeType));
}
