import { safeUrl } from '../sanitize/url.js';
import { parseDate } from '../format/relative-time.js';
import { FeedError } from './feed-error.js';
import type { NewsAuthor, NewsFeed, NewsItem, NewsSource } from './types.js';

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

/**
 * Turns parsed JSON into a typed {@link NewsFeed}. Pure and tolerant: a field of the wrong type
 * is dropped (and reported through `warn`), an item without an id is skipped, a duplicate id
 * keeps the first item. Throws a `format` {@link FeedError} only when the input is not a feed
 * at all (not an object, or `items` not an array).
 */
export function normaliseFeed(json: unknown, options: NormaliseOptions = {}): NewsFeed {
  if (!isObject(json)) {
    throw new FeedError('format', 'The feed is not a JSON object.');
  }
  if (!Array.isArray(json.items)) {
    throw new FeedError('format', 'The feed has no "items" array.');
  }
  const { baseUrl, warn = () => {} } = options;
  const read = new Reader(warn, baseUrl);
  const language = read.string(json, 'language', 'feed');
  const items: NewsItem[] = [];
  const seen = new Set<string>();
  json.items.forEach((raw, index) => {
    const item = normaliseItem(raw, index, read, language);
    if (!item) return;
    if (seen.has(item.id)) {
      warn(`items[${index}]: duplicate id "${item.id}" skipped; the first item with it is kept.`);
      return;
    }
    seen.add(item.id);
    items.push(item);
  });
  const feed: NewsFeed = {
    version: read.string(json, 'version', 'feed') ?? '',
    title: read.string(json, 'title', 'feed'),
    description: read.string(json, 'description', 'feed'),
    homePageUrl: read.url(json, 'home_page_url', 'feed', 'link'),
    feedUrl: read.url(json, 'feed_url', 'feed'),
    language,
    icon: read.url(json, 'icon', 'feed'),
    favicon: read.url(json, 'favicon', 'feed'),
    authors: read.authors(json, 'feed'),
    items,
    baseUrl,
  };
  normalised.add(feed);
  return feed;
}

const normalised = new WeakSet<object>();

/** Whether a value is a feed this module produced (so it need not be normalised again). */
export function isNormalisedFeed(value: unknown): value is NewsFeed {
  return typeof value === 'object' && value !== null && normalised.has(value);
}

function normaliseItem(
  raw: unknown,
  index: number,
  read: Reader,
  feedLanguage: string | undefined,
): NewsItem | undefined {
  const where = `items[${index}]`;
  if (!isObject(raw)) {
    read.warn(`${where}: not an object, skipped.`);
    return undefined;
  }
  // JSON Feed: an id that is not a string must be coerced to one.
  const rawId = raw.id;
  const id =
    typeof rawId === 'string' ? rawId : typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : '';
  if (id === '') {
    read.warn(`${where}: no id, skipped.`);
    return undefined;
  }
  const ext = isObject(raw._news) ? raw._news : {};
  if (raw._news !== undefined && !isObject(raw._news)) read.warn(`${where}._news: not an object, ignored.`);
  const extWhere = `${where}._news`;

  const summary = read.string(raw, 'summary', where);
  const contentText = read.string(raw, 'content_text', where);
  const tags = read.strings(raw, 'tags', where);
  const title = read.string(raw, 'title', where) ?? fallbackTitle(summary ?? contentText);
  const rank = ext.trending_rank;
  let trendingRank: number | undefined;
  if (typeof rank === 'number' && Number.isInteger(rank) && rank >= 1) trendingRank = rank;
  else if (rank !== undefined) read.warn(`${extWhere}.trending_rank: not an integer of 1 or more, ignored.`);

  return {
    id,
    url: read.url(raw, 'url', where, 'link') ?? read.url(raw, 'external_url', where, 'link'),
    title,
    summary,
    contentHtml: read.string(raw, 'content_html', where),
    contentText,
    image: read.url(raw, 'image', where),
    bannerImage: read.url(raw, 'banner_image', where),
    datePublished: read.date(raw, 'date_published', where),
    dateModified: read.date(raw, 'date_modified', where),
    authors: read.authors(raw, where),
    tags,
    language: read.string(raw, 'language', where) ?? feedLanguage,
    category: read.string(ext, 'category', extWhere) ?? tags[0],
    imageCaption: read.string(ext, 'image_caption', extWhere),
    keyPoints: read.strings(ext, 'key_points', extWhere),
    sources: read.sources(ext, extWhere),
    trendingRank,
  };
}

/** An untitled item's headline: its summary cut at a word boundary. */
function fallbackTitle(text: string | undefined): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= FALLBACK_TITLE_LENGTH) return flat;
  const cut = flat.slice(0, FALLBACK_TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > FALLBACK_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Reads typed fields, reporting the ones of the wrong type. */
class Reader {
  readonly warn: (message: string) => void;
  readonly #baseUrl: string | undefined;

  constructor(warn: (message: string) => void, baseUrl: string | undefined) {
    this.warn = warn;
    this.#baseUrl = baseUrl;
  }

  #wrongType(where: string, key: string, expected: string): undefined {
    this.warn(`${where}.${key}: expected ${expected}, ignored.`);
    return undefined;
  }

  string(obj: Json, key: string, where: string): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') return this.#wrongType(where, key, 'a string');
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  strings(obj: Json, key: string, where: string): string[] {
    const value = obj[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return this.#wrongType(where, key, 'an array of strings') ?? [];
    const out: string[] = [];
    value.forEach((entry, i) => {
      if (typeof entry === 'string' && entry.trim() !== '') out.push(entry.trim());
      else this.warn(`${where}.${key}[${i}]: expected a string, ignored.`);
    });
    return out;
  }

  url(obj: Json, key: string, where: string, use: 'link' | 'resource' = 'resource'): string | undefined {
    const value = this.string(obj, key, where);
    if (value === undefined) return undefined;
    const url = safeUrl(value, this.#baseUrl, use);
    if (url === undefined) this.warn(`${where}.${key}: not a safe http(s) URL, ignored.`);
    return url;
  }

  date(obj: Json, key: string, where: string): Date | undefined {
    const value = this.string(obj, key, where);
    if (value === undefined) return undefined;
    return parseDate(value) ?? this.#wrongType(where, key, 'an RFC 3339 date');
  }

  #person(value: unknown, where: string): NewsAuthor | undefined {
    if (!isObject(value)) {
      this.warn(`${where}: expected an author object, ignored.`);
      return undefined;
    }
    const name = this.string(value, 'name', where);
    if (!name) return undefined;
    return { name, url: this.url(value, 'url', where, 'link') };
  }

  /** `authors` (1.1), else the 1.0 `author` object. */
  authors(obj: Json, where: string): NewsAuthor[] {
    const list = obj.authors;
    if (Array.isArray(list)) {
      return list
        .map((entry, i) => this.#person(entry, `${where}.authors[${i}]`))
        .filter((a): a is NewsAuthor => a !== undefined);
    }
    if (list !== undefined && list !== null) this.#wrongType(where, 'authors', 'an array');
    if (obj.author !== undefined && obj.author !== null) {
      const author = this.#person(obj.author, `${where}.author`);
      return author ? [author] : [];
    }
    return [];
  }

  sources(ext: Json, where: string): NewsSource[] {
    const list = ext.sources;
    if (list === undefined || list === null) return [];
    if (!Array.isArray(list)) return this.#wrongType(where, 'sources', 'an array') ?? [];
    const out: NewsSource[] = [];
    list.forEach((entry, i) => {
      const at = `${where}.sources[${i}]`;
      if (typeof entry === 'string' && entry.trim() !== '') {
        out.push({ name: entry.trim() });
        return;
      }
      if (!isObject(entry)) {
        this.warn(`${at}: expected a {name, url} object, ignored.`);
        return;
      }
      const name = this.string(entry, 'name', at);
      if (name) out.push({ name, url: this.url(entry, 'url', at, 'link') });
      else this.warn(`${at}: no name, ignored.`);
    });
    return out;
  }
}
