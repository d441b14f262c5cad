import { safeUrl } from '../sanitize/url.js';
import { parseDate } from '../format/relative-time.js';
import { FeedError } from './feed-error.js';
import type { NewsFeed, NewsItem } from './types.js';

export interface NormaliseOptions {
  /** The URL the feed was fetched from; relative URLs in the feed resolve against it. */
  baseUrl?: string;
  /** Told about each field that was ignored because of its type. */
  warn?: (message: string) => void;
}

/** How long an untitled item's fallback headline may be, in characters. */
export const FALLBACK_TITLE_LENGTH = 100;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// What a field holds, and so how it is read.
/** A string, trimmed; a blank one counts as missing. */
const TEXT = 0;
/** A URL a reader follows: http(s), or mailto. */
const LINK = 1;
/** A URL the page loads: http(s) only. */
const RESOURCE = 2;
/** An RFC 3339 date. */
const DATE = 3;
/** A whole number of 1 or more. */
const RANK = 4;
/** A `{ name, url }` object. */
const PERSON = 5;
/** A `{ name, url }` object, or just a name. */
const SOURCE = 6;
/** `LIST + kind`: an array of that kind, of which the good entries are kept. */
const LIST = 8;

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
  language: TEXT,
  icon: RESOURCE,
  favicon: RESOURCE,
  authors: LIST + PERSON,
});

const ITEM_FIELDS = rows<NewsItem>({
  url: LINK,
  title: TEXT,
  summary: TEXT,
  content_html: TEXT,
  content_text: TEXT,
  image: RESOURCE,
  banner_image: RESOURCE,
  date_published: DATE,
  date_modified: DATE,
  authors: LIST + PERSON,
  tags: LIST + TEXT,
  language: TEXT,
});

/** The `_news` extension of an item. */
const NEWS_FIELDS = rows<NewsItem>({
  category: TEXT,
  image_caption: TEXT,
  key_points: LIST + TEXT,
  sources: LIST + SOURCE,
  trending_rank: RANK,
});

/**
 * Turns parsed JSON into a typed {@link NewsFeed}. Pure and tolerant: a field of the wrong type
 * is dropped (and reported through `warn`), an item without an id is skipped, a duplicate id
 * keeps the first item. Throws a `format` {@link FeedError} only when the input is not a feed
 * at all (not an object, or `items` not an array).
 */
export function normaliseFeed(json: unknown, options: NormaliseOptions = {}): NewsFeed {
  if (!isObject(json) || !Array.isArray(json.items)) {
    throw new FeedError('format', 'The feed is not a JSON Feed: it has no "items" array.');
  }
  const feed = readFields(json, FEED_FIELDS, 'feed', options) as unknown as NewsFeed;
  feed.version ??= '';
  const seen = new Set<string>();
  feed.items = [];
  json.items.forEach((raw, index) => {
    const where = `items[${index}]`;
    const item = normaliseItem(raw, where, feed.language, options);
    if (!item) return;
    if (seen.has(item.id)) return ignore(options, where, `duplicate id "${item.id}"`);
    seen.add(item.id);
    feed.items.push(item);
  });
  feed.baseUrl = options.baseUrl;
  normalised.add(feed);
  return feed;
}

const normalised = new WeakSet<object>();

/** Whether a value is a feed this module produced (so it need not be normalised again). */
export function isNormalisedFeed(value: unknown): value is NewsFeed {
  // A WeakSet holds no primitives, and says so rather than throwing.
  return normalised.has(value as object);
}

function normaliseItem(
  raw: unknown,
  where: string,
  feedLanguage: string | undefined,
  options: NormaliseOptions,
): NewsItem | undefined {
  // JSON Feed: an id that is not a string must be coerced to one.
  const id = isObject(raw) && (Number.isFinite(raw.id) ? String(raw.id) : raw.id);
  if (!id || typeof id !== 'string') return ignore(options, where, 'expected an object with an id');
  const news = raw._news;
  const item = {
    id,
    ...readFields(raw, ITEM_FIELDS, where, options),
    ...readFields(isObject(news) ? news : {}, NEWS_FIELDS, `${where}._news`, options),
  } as NewsItem;
  if (news != null && !isObject(news)) ignore(options, `${where}._news`, 'expected an object');
  item.url ??= readField(raw, 'external_url', where, LINK, options) as string | undefined;
  item.title ??= fallbackTitle(item.summary ?? item.contentText);
  item.language ??= feedLanguage;
  item.category ??= item.tags[0];
  return item;
}

/** Reads the fields of a table from `obj`: an object with every key of the table. */
function readFields(obj: Json, fields: [string, string, Kind][], where: string, options: NormaliseOptions): Json {
  const out: Json = {};
  for (const [key, name, kind] of fields) out[name] = readField(obj, key, where, kind, options);
  // JSON Feed 1.0 has one `author` where 1.1 has an `authors` array, which wins when both are there.
  if ('authors' in out && !Array.isArray(obj.authors) && obj.author != null) {
    out.authors = [readValue(obj.author, `${where}.author`, PERSON, options)].filter(Boolean);
  }
  return out;
}

/** Reads `obj[key]` as `kind`: missing (undefined, or [] for a list) when absent or wrong. */
function readField(obj: Json, key: string, where: string, kind: Kind, options: NormaliseOptions): unknown {
  const found = obj[key];
  if (found == null) return kind >= LIST ? [] : undefined;
  return readValue(found, `${where}.${key}`, kind, options);
}

/** Reads a value that is there as `kind`; a wrong one is reported and gives undefined (or []). */
function readValue(found: unknown, path: string, kind: Kind, options: NormaliseOptions): unknown {
  if (kind >= LIST) {
    if (!Array.isArray(found)) {
      ignore(options, path, 'expected an array');
      return [];
    }
    return found
      .map((entry, i) => readValue(entry, `${path}[${i}]`, kind - LIST, options))
      .filter((entry) => entry !== undefined);
  }
  if (kind === RANK) {
    if (Number.isInteger(found) && (found as number) >= 1) return found;
    return ignore(options, path, 'expected a whole number of 1 or more');
  }
  // PERSON or SOURCE
  if (kind >= PERSON) {
    const person = isObject(found) ? found : kind === SOURCE ? { name: found } : {};
    const name = typeof person.name === 'string' && person.name.trim();
    if (!name) return ignore(options, path, 'expected an object with a name');
    return { name, url: readField(person, 'url', path, LINK, options) };
  }
  if (typeof found !== 'string') return ignore(options, path, 'expected a string');
  const text = found.trim();
  if (!text) return undefined;
  if (kind === TEXT) return text;
  if (kind === DATE) return parseDate(text) ?? ignore(options, path, 'expected an RFC 3339 date');
  return (
    safeUrl(text, options.baseUrl, kind === LINK ? 'link' : 'resource') ??
    ignore(options, path, 'not a safe http(s) URL')
  );
}

/** Tells the developer a value was left out, e.g. `items[2].title: expected a string, ignored.` */
function ignore(options: NormaliseOptions, path: string, problem: string): undefined {
  options.warn?.(`${path}: ${problem}, ignored.`);
  return undefined;
}

/** An untitled item's headline: its summary cut at a word boundary. */
function fallbackTitle(text = ''): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= FALLBACK_TITLE_LENGTH) return flat;
  const cut = flat.slice(0, FALLBACK_TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > FALLBACK_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}
