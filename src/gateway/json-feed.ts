// The normalised model written back out as JSON Feed 1.1, with the `_news` extension where an
// item has those fields: what the gateway serves and `news-widgets convert` prints. The widgets
// read it back with the same normaliser, so nothing they show is lost on the way.
import type { NewsAttachment, NewsAuthor, NewsFeed, NewsItem } from '../data/types.js';
import { decodeEntities, htmlToText } from '../data/text.js';

type Json = Record<string, unknown>;

/** Turns untrusted HTML into HTML safe to show, its addresses resolved against `baseUrl`. */
export type HtmlSanitizer = (html: string, baseUrl?: string) => string;

/** Characters of an HTML body read when it is turned into text (as the sanitiser's budget). */
const MAX_TEXT_BODY = 200_000;
/** Elements whose content is not text a reader sees. */
const UNSEEN =
  /<(script|style|template|noscript|iframe|object|svg|math|head|title|textarea|xmp|noembed|noframes)\b[\s\S]*?<\/\1\s*>/gi;
/** Tags that start a new paragraph of text. */
const BLOCK =
  /<\/?(p|div|br|hr|h[1-6]|li|dt|dd|blockquote|pre|figure|figcaption|tr|table|section|article|header|footer|aside)\b[^<>]*>/gi;
/** Tags between words that stand apart without a new paragraph: table cells, images. */
const APART = /<\/?(td|th|img|caption)\b[^<>]*>/gi;
/** Any other tag (inline: its text joins the words around it), a comment, a CDATA marker. */
const TAG = /<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?-->|<!\[CDATA\[|\]\]>/g;

/**
 * An HTML body as plain text, one paragraph a line: what the gateway serves when it has no
 * sanitiser it can trust. Text is safe wherever it is shown; only the markup is lost.
 */
export function bodyText(html: string): string {
  return html
    .slice(0, MAX_TEXT_BODY)
    .replace(UNSEEN, ' ')
    .replace(APART, ' ')
    .split(BLOCK)
    .filter((_, i) => i % 2 === 0)
    .map((block) => decodeEntities(block.replace(TAG, '')).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Drops undefined values and empty lists, so the JSON says only what the feed says. */
function compact(obj: Json): Json {
  return Object.fromEntries(
    Object.entries(obj).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  );
}

const people = (authors: NewsAuthor[]) => authors.map((a) => compact({ name: a.name, url: a.url }));

const attachment = (a: NewsAttachment) =>
  compact({
    url: a.url,
    mime_type: a.mimeType,
    title: a.title,
    size_in_bytes: a.sizeInBytes,
    duration_in_seconds: a.durationInSeconds,
  });

const hasText = (entry: NewsItem) => Boolean(entry.contentText || (entry.contentHtml && htmlToText(entry.contentHtml)));

function item(entry: NewsItem, feed: NewsFeed, sanitize?: HtmlSanitizer | 'text'): Json {
  const asText = sanitize === 'text' && entry.contentHtml !== undefined;
  const html = asText
    ? undefined
    : entry.contentHtml && typeof sanitize === 'function'
      ? sanitize(entry.contentHtml, entry.baseUrl ?? feed.baseUrl)
      : entry.contentHtml;
  const contentText = asText ? (entry.contentText ?? bodyText(entry.contentHtml!)) : entry.contentText;
  const news = compact({
    // The normaliser makes the first tag the category: say so only when the feed said otherwise.
    category: entry.category !== entry.tags[0] ? entry.category : undefined,
    image_caption: entry.imageCaption,
    key_points: entry.keyPoints,
    sources: people(entry.sources),
    trending_rank: entry.trendingRank,
  });
  // An untitled item (a micro-post) got a headline made from its text, and no excerpt: it
  // goes out untitled again, its headline as the summary, so a reader derives the same.
  const untitled = !entry.summary && !entry.excerpt && entry.title !== '' && hasText(entry);
  const out = compact({
    id: entry.id,
    url: entry.url,
    external_url: entry.externalUrl !== entry.url ? entry.externalUrl : undefined,
    title: untitled ? undefined : entry.title,
    summary: untitled ? entry.title : entry.summary,
    content_html: html || undefined,
    content_text: contentText,
    image: entry.image,
    banner_image: entry.bannerImage,
    date_published: entry.datePublished?.toISOString(),
    date_modified: entry.dateModified?.toISOString(),
    authors: people(entry.authors),
    tags: entry.tags,
    language: entry.language !== feed.language ? entry.language : undefined,
    attachments: entry.attachments.map(attachment),
  });
  // JSON Feed asks every item for one of the two; an item with neither (a bare link) says so.
  if (out.content_html === undefined && out.content_text === undefined) out.content_text = '';
  if (Object.keys(news).length) out._news = news;
  return out;
}

export interface JsonFeedOptions {
  sanitize?: HtmlSanitizer | 'text';
  feedUrl?: string;
  /**
   * The `next_url` to write for the feed's next page, or undefined for none: the gateway
   * points it back at itself, so the page after is read through it too. Default: the next
   * page's own URL.
   */
  nextUrl?: (next: string) => string | undefined;
}

/**
 * A normalised feed as a JSON Feed 1.1 object. HTML bodies go through `sanitize` when it is
 * given (the gateway does), or become plain text with `'text'`; dates are RFC 3339; relative
 * URLs are already absolute.
 */
export function toJsonFeed(feed: NewsFeed, options: JsonFeedOptions = {}): Json {
  const { nextUrl = (next: string) => next } = options;
  const out = compact({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homePageUrl,
    feed_url: options.feedUrl ?? feed.feedUrl,
    description: feed.description,
    icon: feed.icon,
    favicon: feed.favicon,
    language: feed.language,
    authors: people(feed.authors),
    next_url: feed.nextUrl && nextUrl(feed.nextUrl),
  });
  // Both required by JSON Feed, even when empty.
  return { ...out, title: feed.title ?? '', items: feed.items.map((entry) => item(entry, feed, options.sanitize)) };
}
