import { safeUrl } from '../sanitize/url.js';
import { cutText, hashText, htmlToText, isPictureAddress, letters, pictures } from './text.js';
import { FeedError } from './feed-error.js';
import type { NewsFeed, NewsItem } from './types.js';
import {
  ATTACHMENT,
  DATE,
  HTML,
  LINES,
  LINK,
  LIST,
  PERSON,
  Problems,
  RANK,
  RESOURCE,
  TEXT,
  isObject,
  readFields,
  rows,
  type Json,
  type Reading,
} from './read-fields.js';

export interface NormaliseOptions {
  /** The URL the feed was fetched from; relative URLs in the feed resolve against it. */
  baseUrl?: string;
  /** Told once per feed, in one message, what was repaired or ignored. */
  warn?: (message: string) => void;
}

/** How long an untitled item's headline may be, in characters. */
const FALLBACK_TITLE_LENGTH = 100;
/** How long an excerpt standing in for a missing summary may be, in characters. */
const EXCERPT_LENGTH = 200;
/** Items read from a feed; the rest are ignored, so any feed costs bounded work. */
const MAX_ITEMS = 1000;
// In the order of the NewsFeed and NewsItem keys, which the output keeps.
const FEED_FIELDS = rows<NewsFeed>({
  version: TEXT,
  title: TEXT,
  description: TEXT,
  home_page_url: LINK,
  feed_url: RESOURCE,
  next_url: RESOURCE,
  language: TEXT,
  icon: RESOURCE,
  favicon: RESOURCE,
  authors: LIST + PERSON,
});

const ITEM_FIELDS = rows<NewsItem>({
  url: LINK,
  title: TEXT,
  summary: TEXT,
  content_html: HTML,
  content_text: LINES,
  image: RESOURCE,
  banner_image: RESOURCE,
  date_published: DATE,
  date_modified: DATE,
  authors: LIST + PERSON,
  tags: LIST + TEXT,
  language: TEXT,
  external_url: LINK,
  attachments: LIST + ATTACHMENT,
});

/**
 * Where an RSS or Atom reader puts the URL an item's body resolves against, when an `xml:base`
 * sets one: a symbol, so no JSON a feed sends can set it; a registered one, so the reader's
 * chunk need not import this module to name it.
 */
export const BODY_BASE = Symbol.for('news-widgets.body-base');

/** The `_news` extension of an item. */
const NEWS_FIELDS = rows<NewsItem>({
  category: TEXT,
  image_caption: TEXT,
  key_points: LIST + TEXT,
  sources: LIST + PERSON,
  trending_rank: RANK,
});

/**
 * Turns parsed JSON Feed (or the JSON Feed an RSS or Atom reader made) into a typed
 * {@link NewsFeed}. Pure and tolerant: it repairs what real feeds get wrong (entities in text,
 * untitled items, items without ids, RFC 822 dates, authors given as text), drops a field of
 * the wrong type, reads at most {@link MAX_ITEMS} items and 50 entries of each list (10
 * attachments), keeps the first of two items with one id, and tells `warn` once what it did. Throws a
 * `format` {@link FeedError} only when the input is not a feed at all (not an object, or
 * `items` not an array).
 */
export function normaliseFeed(json: unknown, options: NormaliseOptions = {}): NewsFeed {
  if (!isObject(json) || !Array.isArray(json.items)) {
    throw new FeedError('format', 'The feed is not a JSON Feed: it has no "items" array.');
  }
  const reading: Reading = { baseUrl: options.baseUrl, problems: new Problems() };
  const feed = readFields(json, FEED_FIELDS, 'feed', reading) as unknown as NewsFeed;
  feed.version ??= '';
  const seen = new Map<string, string>();
  feed.items = [];
  if (json.items.length > MAX_ITEMS) {
    reading.problems.add('items', `${json.items.length} items, only the first ${MAX_ITEMS} read`);
  }
  json.items.slice(0, MAX_ITEMS).forEach((raw, index) => {
    const where = `items[${index}]`;
    const item = normaliseItem(raw, where, feed, reading);
    if (!item) return;
    if (seen.has(item.id)) {
      // A duplicate id the feed gave is a duplicate item, and so is an item without one that
      // repeats an earlier one's address and headline (India Today lists some stories twice).
      // Other items that share an address (a podcast's every episode at its home page) are
      // kept, under an id of ours made unique.
      const given = isObject(raw) && raw.id != null && raw.id !== '';
      if (given || seen.get(item.id) === item.title) {
        return reading.problems.add(where, `duplicate ${given ? 'id' : 'story'}, ignored`);
      }
      item.id = `${item.id}#${index}`;
    }
    seen.set(item.id, item.title);
    feed.items.push(item);
  });
  // An item that gives no picture has the first in its body, but for one in three bodies of the
  // feed or more, which is the site's, no story's: Brasil de Fato's banners for its live
  // coverage, its WhatsApp channel and donations, on 15 of its 20 stories. Every body counts,
  // so that the feed the gateway writes, with those pictures given, reads back the same.
  // Stryker disable next-line StringLiteral: equivalent, no picture in either text
  const found = feed.items.map((item) => pictures(item.contentHtml ?? ''));
  const counts = new Map<string, number>();
  for (const srcs of found) for (const src of new Set(srcs)) counts.set(src, (counts.get(src) ?? 0) + 1);
  feed.items.forEach((item, i) => {
    if (item.image || item.bannerImage) return;
    const src = found[i].find((src) => counts.get(src)! < 3);
    item.image = src ? safeUrl(src, item.baseUrl ?? reading.baseUrl) : undefined;
  });
  feed.baseUrl = options.baseUrl;
  reading.problems.report(options.warn);
  normalised.add(feed);
  return feed;
}

const normalised = new WeakSet();

/** Whether a value is a feed this module produced (so it need not be normalised again). */
export function isNormalisedFeed(value: unknown): value is NewsFeed {
  // A WeakSet holds no primitives, and says so rather than throwing.
  return normalised.has(value as object);
}

function normaliseItem(raw: unknown, where: string, feed: NewsFeed, reading: Reading): NewsItem | undefined {
  if (!isObject(raw)) return reading.problems.add(where, 'not an object, ignored');
  const news = raw._news;
  const item = {
    id: '',
    ...readFields(raw, ITEM_FIELDS, where, reading),
    ...readFields(isObject(news) ? news : {}, NEWS_FIELDS, `${where}._news`, reading),
  } as NewsItem;
  if (news != null && !isObject(news)) reading.problems.add(`${where}._news`, 'not an object, ignored');

  // Text, for untitled items and missing summaries: the body's, else the item's plain text
  // (Micro.blog's `content_text` is the Markdown the HTML was made from: `![alt](…)`, `<img …>`).
  let bodyText: string | undefined;
  const text = () => (bodyText ??= item.contentHtml ? htmlToText(item.contentHtml) : (item.contentText ?? ''));
  if (!item.title) {
    const source = item.summary ?? text();
    item.title = source ? cutText(source, FALLBACK_TITLE_LENGTH) : '';
    // A summary the headline already holds whole would only say it twice.
    if (item.summary === item.title) item.summary = undefined;
  } else {
    // A summary or body that repeats the headline (an RSS 0.91 site's, GitHub's commits) would
    // show it twice: what follows it, if anything, is the summary or excerpt.
    item.summary &&= afterTitle(item.summary, item.title) || undefined;
    const rest = item.summary ? '' : afterTitle(text(), item.title);
    if (rest) item.excerpt = cutText(rest, EXCERPT_LENGTH);
  }

  item.id = readId(raw, item, where, reading, feed.version);
  // A body's relative URLs are its own page's, as feed readers take them (NetNewsWire, Miniflux):
  // a Hugo or Next.js post's `./screenshot.png` is next to the post, not the feed. An `xml:base`
  // says otherwise; a link post's `external_url` is someone else's page.
  const base = safeUrl((raw as { [BODY_BASE]?: unknown })[BODY_BASE], reading.baseUrl) ?? item.url;
  if (base) item.baseUrl = base;
  item.url ??= item.externalUrl;
  // An icon or an avatar is no story's picture (3960.org's favicon, a gravatar). A podcast's show
  // art, its feed's icon too, is each episode's.
  const picture = (url: string) => (isPictureAddress(url) ? url : undefined);
  item.image &&= picture(item.image);
  item.bannerImage &&= picture(item.bannerImage);
  if (!item.authors.length) item.authors = feed.authors;
  item.language ??= feed.language;
  item.category ??= item.tags[0];
  return item;
}

/**
 * `text` without the headline it opens with, where the headline stands apart: the whole text, or
 * followed by a stop, a colon or a dash, or ending in a stop of its own. After a mere space the
 * text may be the headline's own sentence going on ("Fed raises rates by a quarter point", or in
 * Korean, which has no capitals to tell), so it stays whole. Nothing of a text that is the
 * headline in other punctuation (India Today's descriptions: its title without commas or quotes).
 */
function afterTitle(text: string, title: string): string {
  const rest = text.slice(title.length);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: bounds the work only (no longer text is the headline's letters)
  if (text.length < title.length * 2 && letters(text) === letters(title)) return '';
  return text.startsWith(title) && (/[.!?。！？]$/.test(title) || /^(?:\s*[.:!?|。！？：]|\s+\p{Pd})/u.test(rest))
    ? rest.replace(/^[\s.:!?|。！？：\p{Pd}]+/u, '')
    : text;
}

/**
 * The item's id: JSON Feed's (a number coerced to a string, as the spec asks), else one derived
 * from the item (its `url`, else a hash of its title, date and text), so it is kept. RSS's `guid`
 * is optional (RSS 1.0's `rdf:about` and Atom's `id` are not): an RSS item without one is not a
 * repair to warn of.
 */
function readId(raw: Json, item: NewsItem, where: string, reading: Reading, version: string): string {
  const given = raw.id;
  if (typeof given === 'string' && given.trim()) return given;
  if (Number.isFinite(given)) return String(given);
  if (version !== 'rss')
    reading.problems.add(
      `${where}.id`,
      given == null || given === '' ? 'missing, derived from the item' : 'not a string, derived from the item',
    );
  const date = item.datePublished ?? item.dateModified;
  return (
    item.url ??
    item.externalUrl ??
    `item-${hashText(`${item.title}|${date?.toISOString() ?? ''}|${(item.contentText ?? item.contentHtml ?? '').slice(0, 500)}`)}`
  );
}
