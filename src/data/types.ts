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

/** A file that goes with an item: a podcast episode, a video (JSON Feed `attachments`, RSS `enclosure`). */
export interface NewsAttachment {
  /** An http(s) URL. */
  url: string;
  /** The file's type, e.g. `audio/mpeg`. */
  mimeType: string;
  title?: string;
  sizeInBytes?: number;
  durationInSeconds?: number;
}

/**
 * One story, normalised from a JSON Feed item and its `_news` extension, or from an RSS or Atom
 * item. Every URL is absolute and http(s) (links may also be `mailto:`); every text field is
 * plain text. Every field comes from the feed, a third party: treat it as untrusted text.
 */
export interface NewsItem {
  /** The feed's id for the item; when it has none, its `url`, else a hash of its title and date. */
  id: string;
  url?: string;
  /**
   * The headline. An untitled item (a micro-post) gets the opening words of its text; an item
   * with no text at all (a photo) gets an empty string, which the widgets show as a label
   * such as "Photo".
   */
  title: string;
  /** The summary as the feed wrote it. */
  summary?: string;
  /** When there is no summary: the opening of the body's text, about 200 characters. */
  excerpt?: string;
  /** Untrusted HTML: sanitise before it reaches the DOM. */
  contentHtml?: string;
  /**
   * The URL the body's relative URLs resolve against: an Atom `xml:base` (jekyll-feed writes one
   * on each entry's content), else the item's `url`; the feed's where there is neither.
   */
  baseUrl?: string;
  contentText?: string;
  /** `image`, else the first picture in the body. */
  image?: string;
  bannerImage?: string;
  datePublished?: Date;
  dateModified?: Date;
  /** The item's authors, else the feed's. */
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
  /** What a link post links to (JSON Feed `external_url`). */
  externalUrl?: string;
  attachments: NewsAttachment[];
}

/** A whole feed, normalised. */
export interface NewsFeed {
  /**
   * The JSON Feed version URL as given, e.g. `https://jsonfeed.org/version/1.1`; for a feed read
   * from XML, `rss`, `rdf` or `atom`.
   */
  version: string;
  title?: string;
  description?: string;
  homePageUrl?: string;
  feedUrl?: string;
  /**
   * The next page of the feed (JSON Feed `next_url`, for pagination): an http(s) URL resolved
   * against the feed's own URL. The widgets' "More" button loads it.
   */
  nextUrl?: string;
  language?: string;
  icon?: string;
  favicon?: string;
  authors: NewsAuthor[];
  items: NewsItem[];
  /** The URL relative URLs in the feed were resolved against (where it was fetched from). */
  baseUrl?: string;
}

/**
 * Why a feed could not be shown.
 * - `network`: the request failed (offline, DNS, a server that is down)
 * - `blocked`: the browser refused to let the page read a feed on another origin, which sends
 *   no `Access-Control-Allow-Origin` header for it (trying again cannot help)
 * - `http`: the server answered with an error status (see `status`)
 * - `timeout`: no answer in time
 * - `parse`: the body is broken JSON or XML (truncated, or not well-formed)
 * - `html`: the URL gave a web page, not a feed (an error page, or the site's home page)
 * - `xml`: well-formed XML, but neither RSS nor Atom (a sitemap, an OPML file)
 * - `format`: JSON, but not a JSON Feed (`items` is not an array)
 * - `too-large`: the body is over the size limit
 * - `not-found`: the feed has no item with the requested `article-id`
 * - `invalid-src`: `src` is not an http(s) or relative URL
 */
export type FeedErrorKind =
  | 'network'
  | 'blocked'
  | 'http'
  | 'timeout'
  | 'parse'
  | 'html'
  | 'xml'
  | 'format'
  | 'too-large'
  | 'not-found'
  | 'invalid-src';

/** What keeps a widget from showing its feed, as `news-error` reports it (a `FeedError`). */
export interface NewsFeedError extends Error {
  readonly kind: FeedErrorKind;
  /** The HTTP status, for `http` errors. */
  readonly status?: number;
  /** The feed URL, when there is one. */
  readonly url?: string;
  /** Whether trying again later may help (network trouble, timeouts, 5xx and 429). */
  readonly transient: boolean;
}
