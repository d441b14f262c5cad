// Reading one JSON value as the kind of field it should be (text, a link, a date, a person, a
// list of them…), tolerantly: a value of the wrong type is dropped and reported once per feed
// through {@link Problems}. The tables of which fields a feed and an item have are in
// normalise.ts; this is how each field is read.
import { safeUrl } from '../sanitize/url.js';
import { parseDate } from './parse-date.js';
import { cleanText, decodeEntities, undoubleEscape } from './text.js';
import type { NewsAttachment, NewsAuthor } from './types.js';

/** Entries read from each list of an item (tags, authors, key points, sources). */
const MAX_LIST = 50;
/** Attachments read from each item. */
const MAX_ATTACHMENTS = 10;

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// What a field holds, and so how it is read.
/** Plain text: trimmed, stray tags stripped, entities decoded; a blank one counts as missing. */
export const TEXT = 0;
/** A URL a reader follows: http(s), or mailto. */
export const LINK = 1;
/** A URL the page loads: http(s) only. */
export const RESOURCE = 2;
/** An RFC 3339 or RFC 822 date. */
export const DATE = 3;
/** A whole number of 1 or more. */
export const RANK = 4;
/** A `{ name, url }` object, or just a name. */
export const PERSON = 5;
/** A JSON Feed attachment: `{ url, mime_type, title?, size_in_bytes?, duration_in_seconds? }`. */
export const ATTACHMENT = 6;
/** HTML, kept as written for the sanitiser. */
export const HTML = 7;
/** Multi-line text: entities decoded, line breaks kept. */
export const LINES = 8;
/** A number of 0 or more. */
export const AMOUNT = 9;
/** `LIST + kind`: an array of that kind, of which the good entries (up to a cap) are kept. */
export const LIST = 16;

export type Kind = number;

/** `contentHtml` → `content_html`: how JSON Feed spells a key of ours. */
type Snake<K extends string> = K extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${Snake<Tail>}`
  : K;

/** The fields read from a JSON object, by JSON key, each read into the key's camelCase. */
export type Fields<T> = { [K in keyof T & string as Snake<K>]?: Kind };

/** A {@link Fields} table as `[JSON key, our key, kind]` rows, in the table's order. */
export const rows = <T>(fields: Fields<T>): [string, string, Kind][] =>
  Object.entries(fields as Record<string, Kind>).map(([key, kind]) => [
    key,
    key.replace(/_(.)/g, (_, letter: string) => letter.toUpperCase()),
    kind,
  ]);

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
export class Problems {
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
export interface Reading {
  baseUrl?: string;
  problems: Problems;
}

/** What the repairs say of an address no widget may use (`news-widgets check` looks for it). */
export const UNSAFE_URL = 'not a safe http(s) URL';

/** Reads the fields of a table from `obj`: an object with every key of the table. */
export function readFields(obj: Json, fields: [string, string, Kind][], where: string, reading: Reading): Json {
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
      // `"tags": "News"`: one entry given bare; tags as one text are a list with commas between
      // (Grav's `"automators,shortcuts,siri shortcuts"`).
      // Stryker disable next-line ArithmeticOperator: equivalent, TEXT is 0
      if (typeof found === 'string' && kind === LIST + TEXT) {
        problems.add(path, 'given as text, taken as a list');
        found = path.endsWith('tags') ? found.split(',') : [found];
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
    if (Number.isFinite(found) && (found as number) >= 0) return found;
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
        problems.add(path, `${UNSAFE_URL}, ignored`)
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
