import { FeedError } from './feed-error.js';
import type { Picked } from './feed-state.js';
import type { NewsAttachment, NewsFeed, NewsItem } from './types.js';

/** Which items a widget shows: those of one category, or carrying one tag. */
export interface ItemFilter {
  /** `_news.category` (else the first tag), compared trimmed and case-insensitively. */
  category?: string;
  /** Any of the item's tags, compared the same way. */
  tag?: string;
}

// An item's category and tags are trimmed already (normaliseFeed).
const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b;

/** The items that pass the filter, in the feed's order; all of them when it asks for nothing. */
export function matchingItems(items: readonly NewsItem[], { category, tag }: ItemFilter = {}): readonly NewsItem[] {
  const wantCategory = category?.trim().toLowerCase();
  const wantTag = tag?.trim().toLowerCase();
  return items.filter(
    (item) =>
      (!wantCategory || same(item.category, wantCategory)) && (!wantTag || item.tags.some((t) => same(t, wantTag))),
  );
}

/** Newest first (by `date_published`, else `date_modified`); undated items last, in feed order. */
export function newestFirst(items: readonly NewsItem[]): NewsItem[] {
  const time = (item: NewsItem) => itemDate(item)?.getTime() ?? -Infinity;
  // Two undated items subtract to NaN, which sort() takes as a tie, keeping their feed order.
  return [...items].sort((a, b) => time(b) - time(a));
}

export interface ItemChoice extends ItemFilter {
  /**
   * The n-th story (from 1) newest first, for rows of cards that follow a live feed without
   * knowing ids. Without it, the first story in the feed's own order.
   */
  index?: number;
}

/**
 * The item with the given id (which wins over everything else), else the `index`-th newest
 * item that passes the filter, else the first that does. An empty feed, a filter nothing
 * passes, or an index past the end gives no item (the empty state); an unknown id is a
 * `not-found` error.
 */
export function pickItem(
  feed: NewsFeed,
  id: string | undefined,
  { index = 0, ...filter }: ItemChoice = {},
): Picked<NewsItem | undefined> {
  let item: NewsItem | undefined;
  if (id) {
    item = feed.items.find((candidate) => candidate.id === id);
    if (!item) throw new FeedError('not-found', `The feed has no item with id "${id}".`);
  } else {
    const items = matchingItems(feed.items, filter);
    item = index >= 1 ? newestFirst(items)[index - 1] : items[0];
  }
  return { view: item, language: item?.language };
}

/** How a list orders its items: by trending rank, or newest first. */
export type ListOrder = 'rank' | 'latest';

/**
 * A list of at most `limit` items. By `rank` (the trending list): items with a `trending_rank`
 * first, by rank; then the others, newest first (undated last). `latest`: newest first,
 * ignoring ranks.
 */
export function trendingItems(items: readonly NewsItem[], limit: number, order: ListOrder = 'rank'): NewsItem[] {
  // Unranked sorts after every rank, undated before every date. Two unranked or two undated
  // items subtract to NaN, which sort() takes as a tie, keeping their feed order.
  const rank = (item: NewsItem) => (order === 'rank' ? (item.trendingRank ?? Infinity) : 0);
  const time = (item: NewsItem) => itemDate(item)?.getTime() ?? -Infinity;
  return [...items].sort((a, b) => rank(a) - rank(b) || time(b) - time(a)).slice(0, Math.max(0, limit));
}

/** Whether any item of the feed has a trending rank: a ranked list is "Trending", else "Latest". */
export function hasRanks(items: readonly NewsItem[]): boolean {
  return items.some((item) => item.trendingRank !== undefined);
}

/** When an item was published, else last updated (feeds that give only `date_modified`). */
export function itemDate(item: NewsItem): Date | undefined {
  return item.datePublished ?? item.dateModified;
}

/** The item's first audio or video attachment: a podcast episode, a video post. */
export function playable(item: NewsItem): NewsAttachment | undefined {
  return item.attachments.find((attachment) => /^(audio|video)\//i.test(attachment.mimeType));
}
