/** A person or organisation credited for an item (JSON Feed `authors`, or 1.0 `author`). */
export interface NewsAuthor {
  name: string;
  url?: string;
}

/** A reference an article was written from (`_news.sources`). */
export interface NewsSource {
  name: string;
  url?: string;
}

/**
 * One story, normalised from a JSON Feed item and its `_news` extension.
 * Every URL is absolute and http(s) (links may also be `mailto:`); every text field is plain text.
 */
export interface NewsItem {
  id: string;
  url?: string;
  /** The headline; falls back to the summary, cut short, when the feed gives none. */
  title: string;
  summary?: string;
  /** Untrusted HTML: sanitise before it reaches the DOM. */
  contentHtml?: string;
  contentText?: string;
  image?: string;
  bannerImage?: string;
  datePublished?: Date;
  dateModified?: Date;
  authors: NewsAuthor[];
  tags: string[];
  /** BCP 47 language tag of the item, or of the feed when the item has none. */
  language?: string;
  /** `_news.category`, else the first tag. */
  category?: string;
  imageCaption?: string;
  keyPoints: string[];
  sources: NewsSource[];
  trendingRank?: number;
}

/** A whole feed, normalised. */
export interface NewsFeed {
  /** The JSON Feed version URL as given, e.g. `https://jsonfeed.org/version/1.1`. */
  version: string;
  title?: string;
  description?: string;
  homePageUrl?: string;
  feedUrl?: string;
  language?: string;
  icon?: string;
  favicon?: string;
  authors: NewsAuthor[];
  items: NewsItem[];
  /** The URL relative URLs in the feed were resolved against (where it was fetched from). */
  baseUrl?: string;
}
