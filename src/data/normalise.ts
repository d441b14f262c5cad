import { safeUrl } from '../sanitize/url.js';
import { parseDate } from './parse-date.js';
import { cleanText, cutText, decodeEntities, firstImage, hashText, htmlToText, undoubleEscape } from './text.js';
import { FeedError } from './feed-error.js';
import type { NewsAttachment, NewsAuthor, NewsFeed, NewsItem } from './types.js';

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
/** Entries read from each list of an item (tags, authors, key points, sources). */
const MAX_LIST = 50;
/** Attachments read from each item. */
const MAX_ATTACHMENTS = 10;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// What a field holds, and so how it is read.
/** Plain text: trimmed, stray tags stripped, entities decoded; a blank one counts as missing. */
const TEXT = 0;
/** A URL a reader follows: http(s), or mailto. */
const LINK = 1;
/** A URL the page loads: http(s) only. */
const RESOURCE = 2;
/** An RFC 3339 or RFC 822 date. */
const DATE = 3;
/** A whole number of 1 or more. */
const RANK = 4;
/** A `{ name, url }` object, or just a name. */
const PERSON = 5;
/** A JSON Feed attachment: `{ url, mime_type, title?, size_in_bytes?, duration_in_seconds? }`. */
const ATTACHMENT = 6;
/** HTML, kept as written for the sanitiser. */
const HTML = 7;
/** Multi-line text: entities decoded, line breaks kept. */
const LINES = 8;
/** A number of 0 or more. */
const AMOUNT = 9;
/** `LIST + kind`: an array of that kind, of which the good entries (up to a cap) are kept. */
const LIST = 16;

type Kind = number;

/** `contentHtml` → `content_html`: how JSON Feed spells a key of ours. */
type Snake<K extends string> = K extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${Snake<Tail>}`
  : K;

/** The fields read from a JSON object, by JSON key, each read into the key's camelCase. */
type Fields<T> = { [K in keyof T & string as Snake<K>]?: Kind };

/** A {@link Fields} table as `[JSON key, our key, kind]` rows, in the table's order. */
const rows = <T>(fields: Fields<T>): [string, string, Kind][] =>
  Object.entries(fields as Record<string, Kind>).map(([key, kind]) => [
    key,
    key.replace(/_(.)/g, (_, letter: string) => letter.toUpperCase()),
    kind,
  ]);

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

/** The `_news` extension of an item. */
const NEWS_FIELDS = rows<NewsItem>({
  category: TEXT,
  image_caption: TEXT,
  key_points: LIST + TEXT,
  sources: LIST + PERSON,
  trending_rank: RANK,
});

const ATTACHMENT_FIELDS = rows<NewsAttachment>({
  url: RESOURCE,
  mime_type: TEXT,
  title: TEXT,
  size_in_bytes: AMOUNT,
  duration_in_seconds: AMOUNT,
});

/**
 * What was repaired or ignored in one feed, counted by kind, so the developer gets one warning
 * per feed ("12 × items[].author: given as text, taken as a name (first: items[0].author)")
 * rather than a line per field per item.
 */
class Problems {
  readonly #seen = new Map<string, { count: number; first: string }>();

  add(path: string, problem: string): undefined {
    const key = `${path.replace(/\[\d+\]/g, '[]')}: ${problem}`;
    const entry = this.#seen.get(key);
    if (entry) entry.count += 1;
    else this.#seen.set(key, { count: 1, first: path });
    return undefined;
  }

  report(warn: ((message: string) => void) | undefined): void {
    if (!warn || this.#seen.size === 0) return;
    const lines = [...this.#seen].map(([key, { count, first }]) =>
      count > 1 ? `${count} × ${key} (first: ${first})` : `${first}: ${key.slice(key.indexOf(': ') + 2)}`,
    );
    warn(`the feed was repaired where it could be: ${lines.join('; ')}.`);
  }
}

/** What reading one feed needs to know as it goes. */
interface Reading {
  baseUrl?: string;
  problems: Problems;
}

/**
 * Turns parsed JSON Feed (or the JSON Feed an RSS or Atom reader made) into a typed
 * {@link NewsFeed}. Pure and tolerant: it repairs what real feeds get wrong (entities in text,
 * untitled items, items without ids, RFC 822 dates, authors given as text), drops a field of
 * the wrong type, reads at most {@link MAX_ITEMS} items and {@link MAX_LIST} entries of each
 * list, keeps the first of two items with one id, and tells `warn` once what it did. Throws a
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
  const seen = new Set<string>();
  feed.items = [];
  if (json.items.length > MAX_ITEMS) {
    reading.problems.add('items', `${json.items.length} items, only the first ${MAX_ITEMS} read`);
  }
  json.items.slice(0, MAX_ITEMS).forEach((raw, index) => {
    const where = `items[${index}]`;
    const item = normaliseItem(raw, where, feed, reading);
    if (!item) return;
    if (seen.has(item.id)) {
      // A derived id is ours to make unique; a duplicate id the feed gave is a duplicate item.
      if (isObject(raw) && raw.id != null && raw.id !== '') return reading.problems.add(where, `duplicate id, ignored`);
      item.id = `${item.id}#${index}`;
    }
    seen.add(item.id);
    feed.items.push(item);
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

  // Text, for untitled items and missing summaries: the item's own, else its body's.
  let bodyText: string | undefined;
  const text = () => (bodyText ??= item.contentText ?? (item.contentHtml ? htmlToText(item.contentHtml) : ''));
  if (!item.title) {
    const source = item.summary ?? text();
    item.title = source ? cutText(source, FALLBACK_TITLE_LENGTH) : '';
    // A summary the headline already holds whole would only say it twice.
    if (item.summary === item.title) item.summary = undefined;
  } else if (!item.summary && text()) {
    item.excerpt = cutText(text(), EXCERPT_LENGTH);
  }

  item.id = readId(raw, item, where, reading);
  item.url ??= item.externalUrl;
  if (!item.image && !item.bannerImage && item.contentHtml) {
    const found = firstImage(item.contentHtml);
    item.image = found ? safeUrl(found, reading.baseUrl) : undefined;
  }
  if (!item.authors.length) item.authors = feed.authors;
  item.language ??= feed.language;
  item.category ??= item.tags[0];
  return item;
}

/**
 * The item's id: JSON Feed's (a number coerced to a string, as the spec asks), else one derived
 * from the item (its `url`, else a hash of its title, date and text), so it is kept.
 */
function readId(raw: Json, item: NewsItem, where: string, reading: Reading): string {
  const given = raw.id;
  if (typeof given === 'string' && given.trim()) return given;
  if (typeof given === 'number' && Number.isFinite(given)) return String(given);
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

/** Reads the fields of a table from `obj`: an object with every key of the table. */
function readFields(obj: Json, fields: [string, string, Kind][], where: string, reading: Reading): Json {
  const out: Json = {};
  for (const [key, name, kind] of fields) out[name] = readField(obj, key, where, kind, reading);
  // JSON Feed 1.0 has one `author` where 1.1 has an `authors` array, which wins when both are there.
  if ('authors' in out && !Array.isArray(obj.authors) && obj.author != null) {
    out.authors = [readValue(obj.author, `${where}.author`, PERSON, reading)].filter(Boolean);
  }
  return out;
}

/** Reads `obj[key]` as `kind`: missing (undefined, or [] for a list) when absent or wrong. */
function readField(obj: Json, key: string, where: string, kind: Kind, reading: Reading): unknown {
  const found = obj[key];
  if (found == null) return kind >= LIST ? [] : undefined;
  return readValue(found, `${where}.${key}`, kind, reading);
}

/** Reads a value that is there as `kind`; a wrong one is reported and gives undefined (or []). */
function readValue(found: unknown, path: string, kind: Kind, reading: Reading): unknown {
  const { problems } = reading;
  if (kind >= LIST) {
    if (!Array.isArray(found)) {
      // `"tags": "News"`: one entry given bare.
      if (typeof found === 'string' && kind === LIST + TEXT) {
        problems.add(path, 'given as text, taken as a list of one');
        found = [found];
      } else {
        problems.add(path, 'not an array, ignored');
        return [];
      }
    }
    const list = found as unknown[];
    const cap = kind === LIST + ATTACHMENT ? MAX_ATTACHMENTS : MAX_LIST;
    if (list.length > cap) problems.add(path, `${list.length} entries, only the first ${cap} read`);
    return list
      .slice(0, cap)
      .map((entry, i) => readValue(entry, `${path}[${i}]`, kind - LIST, reading))
      .filter((entry) => entry !== undefined);
  }
  if (kind === RANK) {
    if (Number.isInteger(found) && (found as number) >= 1) return found;
    return problems.add(path, 'not a whole number of 1 or more, ignored');
  }
  if (kind === AMOUNT) {
    if (typeof found === 'number' && Number.isFinite(found) && found >= 0) return found;
    return problems.add(path, 'not a number of 0 or more, ignored');
  }
  if (kind === PERSON) return readPerson(found, path, reading);
  if (kind === ATTACHMENT) {
    const attachment = isObject(found) ? readFields(found, ATTACHMENT_FIELDS, path, reading) : {};
    return attachment.url && attachment.mimeType ? attachment : problems.add(path, 'no url or mime_type, ignored');
  }
  if (typeof found !== 'string') return problems.add(path, 'not a string, ignored');
  const raw = found.trim();
  if (!raw) return undefined;
  switch (kind) {
    case TEXT:
      return cleanText(raw) || undefined;
    case HTML:
      return undoubleEscape(raw);
    case LINES:
      return decodeEntities(undoubleEscape(raw));
    case DATE:
      return parseDate(raw) ?? problems.add(path, 'not an RFC 3339 or RFC 822 date, ignored');
    default:
      return (
        safeUrl(raw, reading.baseUrl, kind === LINK ? 'link' : 'resource') ??
        problems.add(path, 'not a safe http(s) URL, ignored')
      );
  }
}

/** A `{ name, url }` object; a bare string is taken as a name. */
function readPerson(found: unknown, path: string, reading: Reading): NewsAuthor | undefined {
  if (typeof found === 'string') {
    // JSON Feed says an object; many feeds (and every source list) give a name.
    if (!path.includes('sources')) reading.problems.add(path, 'given as text, taken as a name');
    found = { name: found };
  }
  const person = isObject(found) ? found : {};
  const name = typeof person.name === 'string' && cleanText(person.name);
  if (!name) return reading.problems.add(path, 'no name, ignored');
  return { name, url: readField(person, 'url', path, LINK, reading) as string | undefined };
}
