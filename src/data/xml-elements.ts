// What the RSS and Atom readers (./xml.ts, ./xml-atom.ts) share: namespaces, element and
// attribute helpers, and the picture and media of an item.
import { parseDate } from './parse-date.js';
import { ICON_PX } from './text.js';

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

/** Resolves a URL against the `xml:base` of the element and its ancestors, where they set one. */
export function resolve(value: string | undefined, el: Element): string | undefined {
  if (!value) return undefined;
  const bases: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const base = node.getAttributeNS(NS.xml, 'base');
    if (base) bases.unshift(base);
  }
  if (!bases.length) return value;
  try {
    // Relative bases resolve against the outer ones; the feed's own URL applies later.
    let href = 'resolve:/';
    for (const base of bases) href = new URL(base, href).href;
    const resolved = new URL(value, href).href;
    return resolved.startsWith('resolve:') ? value : resolved;
  } catch {
    return value;
  }
}

export const isImage = (type?: string, medium?: string, url?: string) =>
  medium === 'image' ||
  // Stryker disable next-line Regex,StringLiteral: not worth a test, no media type has "image/" after its start; '' or not, no type
  /^image\//i.test(type ?? '') ||
  // Stryker disable next-line StringLiteral: equivalent, '' or not, no address and no file name
  (!type && !medium && /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(url ?? ''));

// Stryker disable next-line Regex,StringLiteral: not worth a test, no media type has "audio/" or "video/" after its start; '' or not, no type
export const isMedia = (type?: string) => /^(audio|video)\//i.test(type ?? '');

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
 * The name in an RSS `author`: "address (Name)" as RSS 2.0 has it, or the `name` element some
 * publishers nest in it, Atom-style (Google's blogs), rather than all its elements' text run together.
 */
export function authorName(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const name = [...el.children].find((c) => c.localName === 'name')?.textContent.trim();
  const whole = name || el.textContent.trim();
  return whole.replace(/^\S+@\S+\s+\((.+)\)$/, '$1') || undefined;
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
 * An RSS date with its month named in English, for the normaliser's RFC 822 reader: Brazilian and
 * European sites write RSS's day and month names in their own language (UOL's `Seg, 24 Set 2018
 * 19:42:40 -0300` becomes `24 Sep 2018 19:42:40 -0300`). A date it reads already, and any text
 * that is no such date, is given back as it is.
 */
export function rssDate(value: string | undefined): string | undefined {
  const match =
    value && !parseDate(value) && /^(?:\p{L}{2,9}\.?,?\s+)?(\d{1,2})\s+(\p{L}{3,9})\.?,?\s+(\d.*)/u.exec(value);
  if (!match) return value;
  const [, day, month, rest] = match;
  const plain = month.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const index = MONTHS.findIndex((names) => names.includes(plain.slice(0, plain.startsWith('jui') ? 4 : 3)));
  return index < 0 ? value : `${day} ${MONTHS[index][0]} ${rest}`;
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

/** Media smaller than {@link ICON_PX} in either stated dimension are icons (an author's avatar), not pictures. */
const notIcon = (el: Element) => !['width', 'height'].some((name) => Number(attr(el, name)) < ICON_PX);

/** The picture of an RSS item (or channel): Media RSS, an image enclosure, then iTunes art. */
export function rssImage(el: Element): string | undefined {
  const group = child(el, 'group', NS.media);
  const media = [
    ...children(el, 'thumbnail', NS.media),
    ...(group ? children(group, 'thumbnail', NS.media) : []),
  ].filter(notIcon);
  const contents = [
    ...children(el, 'content', NS.media),
    ...(group ? children(group, 'content', NS.media) : []),
  ].filter(notIcon);
  const picture = contents.find((c) => isImage(attr(c, 'type'), attr(c, 'medium'), attr(c, 'url')));
  const enclosure = children(el, 'enclosure').find((e) => isImage(attr(e, 'type'), undefined, attr(e, 'url')));
  const rdfEnclosure = children(el, 'enclosure', NS.enc).find((e) =>
    isImage(attr(e, 'type'), undefined, attr(e, 'resource')),
  );
  return (
    attr(media[0], 'url') ??
    attr(picture, 'url') ??
    attr(enclosure, 'url') ??
    attr(rdfEnclosure, 'resource') ??
    attr(child(el, 'image', NS.itunes), 'href') ??
    // media:content's own nested thumbnail
    attr(contents.map((c) => child(c, 'thumbnail', NS.media)).find(Boolean), 'url')
  );
}
