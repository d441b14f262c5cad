import { itemDate } from '../data/pick.js';
import type { NewsFeed, NewsItem } from '../data/types.js';

/**
 * Smaller copies of `feed` that may still show `shown`, smallest first: the shown items alone
 * (enough for a card, an article or a ranked list), then every item at least as new as the
 * oldest shown (for `index`, which counts the newer stories before it). The caller keeps the
 * first from which the widget shows the same; a feed page's `next_url` is not kept.
 */
export function trimmings(feed: NewsFeed, shown: readonly NewsItem[]): NewsFeed[] {
  const keep = new Set(shown);
  const oldest = Math.min(...shown.map((item) => itemDate(item)?.getTime() ?? -Infinity));
  const newer = feed.items.filter((item) => keep.has(item) || (itemDate(item)?.getTime() ?? -Infinity) >= oldest);
  const only = feed.items.filter((item) => keep.has(item));
  return [only, newer].map((items) => ({ ...feed, items, nextUrl: undefined }));
}
