// What the RSS and Atom readers (./xml.ts, ./xml-atom.ts) share: namespaces, element and
// attribute helpers, and the media of an item (its picture: ./xml-picture.ts).
import { parseDate } from './parse-date.js';

export type Json = Record<string, unknown>;

export const NS = {
  rss1: 'http://purl.org/rss/1.0/',
  /** RSS 0.90, RSS 1.0's predecessor, which some sites still serve (heise online). */
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  feedburner: 'http://rssnamespace.org/feedburner/ext/1.0',
  /** RSS 1.0's enclosures (craigslist's listings): `<enc:enclosure resource="…" type="…">`. */
  enc: 'http://purl.oclc.org/net/rss_2.0/enc#',
  xml: 'http://www.w3.org/XML/1998/namespace',
};

/** Items read from a feed: as many as the normaliser keeps, so a huge feed costs bounded work. */
export const MAX_ENTRIES = 1000;

// Element helpers. RSS 2.0 has no namespace and RSS 1.0 its own: an element "of the feed's own
// vocabulary" is one in the root's namespace or none; others are matched by namespace, ignoring
// a trailing slash (feeds write Media RSS's both ways) and case (podcasts write iTunes's
// `…/DTDs/Podcast-1.0.dtd` as often as `…/dtds/podcast-1.0.dtd`).

const sameNs = (a: string | null, b: string | null) =>
  a?.replace(/\/$/, '').toLowerCase() === b?.replace(/\/$/, '').toLowerCase();

export function children(parent: Element, name: string, ns?: string): Element[] {
  const own = parent.ownerDocument.documentElement.namespaceURI;
  const ours = (uri: string | null) => !uri || sameNs(uri, own) || sameNs(uri, NS.rss1) || sameNs(uri, NS.rss090);
  return [...parent.children].filter(
    (el) => el.localName === name && (ns ? sameNs(el.namespaceURI, ns) : ours(el.namespaceURI)),
  );
}

export const child = (parent: Element, name: string, ns?: string): Element | undefined => children(parent, name, ns)[0];

/** The text of the first such child, if it has any. */
export function text(parent: Element, name: string, ns?: string): string | undefined {
  return child(parent, name, ns)?.textContent.trim() || undefined;
}

export const attr = (el: Element | undefined, name: string) => el?.getAttribute(name)?.trim() || undefined;

/** `xml:lang` of the element or its nearest ancestor. */
export function xmlLang(el: Element): string | undefined {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const lang = node.getAttributeNS(NS.xml, 'lang');
    if (lang) return lang;
  }
  return undefined;
}

/**
 * The `xml:base` in force at an element, its own and its ancestors' combined, resolved against
 * `start`: by default a `resolve:` URL, for bases that are all relative, to which the feed's own
 * URL applies later. Undefined where no base is set, or one is no URL.
 */
function baseChain(el: Element, start = 'resolve:/'): string | undefined {
  const bases: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const base = node.getAttributeNS(NS.xml, 'base');
    if (base) bases.unshift(base);
  }
  // Stryker disable BlockStatement: equivalent, the catch gives undefined as the end of the function would
  try {
    return bases.length ? bases.reduce((href, base) => new URL(base, href).href, start) : undefined;
  } catch {
    return undefined;
  }
  // Stryker restore BlockStatement
}

/** Resolves a URL against the `xml:base` of the element and its ancestors, where they set one. */
export function resolve(value: string | undefined, el: Element): string | undefined {
  if (!value) return undefined;
  const base = baseChain(el);
  try {
    const resolved = base && new URL(value, base).href;
    return resolved && !resolved.startsWith('resolve:') ? resolved : value;
  } catch {
    return value;
  }
}

/**
 * The URL an HTML body's relative URLs resolve against, where an `xml:base` sets it: that base,
 * resolved against the feed's own URL. Undefined without one (the item's link is the body's base
 * then, else the feed's URL), or for a relative one without a feed URL to resolve it against.
 */
export function bodyBase(el: Element | undefined, feedUrl = 'resolve:/'): string | undefined {
  const base = el && baseChain(el, feedUrl);
  return base?.startsWith('resolve:') ? undefined : base;
}

// Stryker disable next-line Regex,StringLiteral: not worth a test, no media type has "audio/" or "video/" after its start; '' or not, no type
export const isMedia = (type?: string) => /^(audio|video)\//i.test(type ?? '');

/**
 * Whether media are a picture: by their medium, their type, or else their file name, unless
 * their type says audio or video. A picture's type can be wrong: Le Monde's photo enclosures
 * say `text/html; charset=UTF-8`.
 */
export const isImage = (type?: string, medium?: string, url?: string) =>
  medium === 'image' ||
  // Stryker disable next-line Regex,StringLiteral: not worth a test, no media type has "image/" after its start; '' or not, no type
  /^image\//i.test(type ?? '') ||
  // Stryker disable next-line StringLiteral: equivalent, '' or not, no address and no file name
  (!medium && !isMedia(type) && /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(url ?? ''));

/** Media types by file extension, for enclosures that state none (podcast hosts leave it out). */
const MEDIA_TYPES = new Map(
  Object.entries({
    mp3: 'audio/mpeg',
    m4a: 'audio/mp4',
    aac: 'audio/aac',
    ogg: 'audio/ogg',
    oga: 'audio/ogg',
    opus: 'audio/ogg',
    wav: 'audio/wav',
    mp4: 'video/mp4',
    m4v: 'video/mp4',
    mov: 'video/quicktime',
    webm: 'video/webm',
  }),
);

/** An enclosure's media type: the one it states, else the one its file name implies. */
export function mediaType(type: string | undefined, url: string | undefined): string | undefined {
  // Stryker disable next-line StringLiteral: equivalent, no file name either way
  return type ?? MEDIA_TYPES.get(/\.([a-z\d]{2,4})(?:[?#]|$)/.exec(url?.toLowerCase() ?? '')?.[1] ?? '');
}

/**
 * The names in one byline that joins them with a bare comma (El País Brasil's `Mariano
 * Zafra,Javier Salas`), each a name of two words or more; else the byline as it is (`Doe, Jane`,
 * `Zafra,Javier` are one name).
 */
export function names(byline: string): string[] {
  const parts = byline.split(/,(?=\S)/);
  return parts.length > 1 && parts.every((part) => /\S\s+\S/.test(part)) ? parts : [byline];
}

/**
 * An author's name, without the "By" of a byline (ProPublica's `by Mica Rosenberg`, the Jerusalem
 * Post's `By SETH J. FRANTZMAN`, the Guardian's `Exclusive by Sean Ingle`: the widgets say "By"
 * themselves), and not a bare e-mail address: craigslist's channel is by `robot@craigslist.org`,
 * FC Utrecht's items by `webmaster@fcutrecht.net`, which name no one. An address has a domain with a dot:
 * OpenStreetMap's user `Brian@Stone` is a name. Nor a web address, or what starts with one (BBC
 * Hungarian's items are by `http://www.bbc.co.uk/hungarian/`), nor a label with no name after it
 * (Prothom Alo's `লেখা: `, "written by:").
 */
export const person = (given: string | undefined) => {
  const name = given?.replace(/^(?:(?:exclusive|interview|analysis)\s+)?by\s+(?=\S)/i, '');
  return name && !/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$|^(?:https?:\/\/|www\.)|[:：]$/i.test(name) ? name : undefined;
};

/**
 * The name in an RSS `author`: "address (Name)" as RSS 2.0 has it, or the `name` element some
 * publishers nest in it, Atom-style (Google's blogs), rather than all its elements' text run together.
 */
export function authorName(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const name = [...el.children].find((c) => c.localName === 'name')?.textContent.trim();
  const whole = name || el.textContent.trim();
  return person(whole.replace(/^\S+@\S+\s+\((.+)\)$/, '$1'));
}

/**
 * Each month's names by their first three letters, accents dropped: English, then German,
 * Dutch, French, Italian, Portuguese and Spanish where theirs differ. French `juin` and
 * `juillet` share `jui`, and are told apart by their fourth letter.
 */
const MONTHS = [
  'jan ene gen',
  'feb fev',
  'mar mrt maa',
  'apr abr avr',
  'may mai mei mag',
  'jun giu juin',
  'jul lug juil',
  'aug ago aou',
  'sep set',
  'oct okt out ott',
  'nov',
  'dec dez dic',
].map((names) => names.split(' '));

/**
 * A date written with its month before the day, as NBC's owned stations write pubDate (`Sat, Dec
 * 16 2023 02:02:33 PM`, on a 12-hour clock), or with its year first (kc0011's `2020/1/10
 * 14:33:00`), in RFC 822's order: `16 Dec 2023 14:02:33`, `10 Jan 2020 14:33:00`. Undefined for
 * text of neither form. Both state no zone: the normaliser reads them as UTC, as every date
 * without one, the same for every reader, rather than guess the station's or the site's.
 */
function dayFirst(given: string): string | undefined {
  const us =
    /^(?:\p{L}{2,9}\.?,?\s+)?(\p{L}{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+(\d{1,2})(:\d\d(?::\d\d)?)\s*(?:([ap])\.?m\.?)?(\s+\p{L}{1,5}|\s*[+-]\d\d:?\d\d)?$/iu.exec(
      given,
    );
  if (us) {
    const [, month, day, year, hour, rest, half, zone = ''] = us;
    const hours = half ? (Number(hour) % 12) + (/p/i.test(half) ? 12 : 0) : hour;
    return `${day} ${month} ${year} ${hours}${rest}${zone}`;
  }
  // Stryker disable next-line ArrayDeclaration: equivalent, the first element is skipped (no year either way)
  const [, year, month, day, time] = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\s+(\d{1,2}:\d\d(?::\d\d)?)$/.exec(given) ?? [];
  const name = MONTHS[Number(month) - 1]?.[0];
  return name && `${day} ${name} ${year} ${time}`;
}

/**
 * An RSS date with its month named in English, for the normaliser's RFC 822 reader: Brazilian and
 * European sites write RSS's day and month names in their own language (UOL's `Seg, 24 Set 2018
 * 19:42:40 -0300` becomes `24 Sep 2018 19:42:40 -0300`), and the day first ({@link dayFirst}).
 * A date it reads already, and any text that is no such date, is given back as it is.
 */
export function rssDate(value: string | undefined): string | undefined {
  // Stryker disable next-line StringLiteral: equivalent, no date either way
  const given = value ?? '';
  // Drupal's views write an HTML <time> into pubDate, escaped: its `datetime` is the date.
  const time = /<time\b[^>]*\sdatetime\s*=\s*["']([^"']+)["']/i.exec(given);
  if (time) return time[1];
  // JavaScript's Date#toString (NixOS): `Sat Oct 06 2018 00:00:00 GMT+0200 (Central European …)`.
  const js = /^\p{L}{3}\s+(\p{L}{3})\s+(\d{1,2})\s+(\d{4})\s+([\d:]+)\s+(?:GMT|UTC)([+-]\d{4})?(?:\s+\(.*\))?$/u.exec(
    given,
  );
  // Stryker disable next-line StringLiteral: equivalent, a date without a zone is read as UTC too
  if (js) return `${js[2]} ${js[1]} ${js[3]} ${js[4]} ${js[5] ?? 'GMT'}`;
  const date = dayFirst(given) ?? value;
  const match =
    date && !parseDate(date) && /^(?:\p{L}{2,9}\.?,?\s+)?(\d{1,2})\s+(\p{L}{3,9})\.?,?\s+(\d.*)/u.exec(date);
  if (!match) return date;
  const [, day, month, rest] = match;
  const plain = month.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const index = MONTHS.findIndex((names) => names.includes(plain.slice(0, plain.startsWith('jui') ? 4 : 3)));
  return index < 0 ? date : `${day} ${MONTHS[index][0]} ${rest}`;
}

/**
 * The Media RSS description of a `media:group`, the item's video: YouTube's, the only text its
 * entries have. (Beside or inside a picture, a description is that picture's caption.)
 */
export function mediaDescription(el: Element): { html?: string; text?: string } {
  const group = child(el, 'group', NS.media);
  const description = group && child(group, 'description', NS.media);
  const value = description?.textContent.trim() || undefined;
  return attr(description, 'type') === 'html' ? { html: value } : { text: value };
}

/** `itunes:duration`: seconds, `MM:SS` or `HH:MM:SS`. */
export function duration(value: string | undefined): number | undefined {
  if (!value || !/^\d+(:\d{1,2}){0,2}$/.test(value)) return undefined;
  return value.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

export function amount(value: string | undefined): number | undefined {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
