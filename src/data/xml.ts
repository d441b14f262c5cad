import { FeedError } from './feed-error.js';

// RSS 2.0, RSS 1.0 (RDF) and Atom 1.0, read with the platform's DOMParser into the JSON Feed
// shape that normaliseFeed reads, so every repair and check applies to them too. A chunk of its
// own: a page whose feeds are JSON never downloads it.

type Json = Record<string, unknown>;

const NS = {
  rss1: 'http://purl.org/rss/1.0/',
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  xml: 'http://www.w3.org/XML/1998/namespace',
};

/** Items read from a feed: as many as the normaliser keeps, so a huge feed costs bounded work. */
const MAX_ENTRIES = 1000;

/** What XML defines itself; any other named entity is HTML's, undeclared in a feed. */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Parses XML text into a document, or gives undefined for text that is not well-formed: the
 * browser's `DOMParser`, or a server-side DOM's.
 */
export type XmlParser = (text: string) => Document | undefined;

/**
 * Reads an RSS or Atom document into a JSON Feed object (version `rss`, `rdf` or `atom`).
 * Throws a `parse` FeedError for XML that is not well-formed, `html` for a web page, and `xml`
 * for XML of another kind.
 */
export function readXmlFeed(text: string, parse: XmlParser, url?: string): Json {
  const root = parseXml(text, parse, url);
  const kind = root.localName;
  if (kind === 'rss' || kind === 'RDF') return readRss(root, kind === 'RDF' ? 'rdf' : 'rss');
  if (kind === 'feed') return readAtom(root);
  if (kind === 'html') throw new FeedError('html', 'The feed URL returned a web page (HTML), not a feed.', { url });
  throw new FeedError('xml', `The feed URL returned XML, but not RSS or Atom (its root element is <${root.nodeName}>).`, {
    url,
  });
}

function parseXml(text: string, parse: XmlParser, url?: string): Element {
  // Feeds often use HTML's named entities (`&nbsp;`, `&mdash;`), which XML does not know and
  // stops at: escape them (the normaliser decodes them in text) rather than refuse the feed.
  const doc =
    parse(text) ??
    parse(text.replace(/&([a-zA-Z][\w.-]*);/g, (all, name: string) => (XML_ENTITIES.has(name) ? all : `&amp;${name};`)));
  if (!doc?.documentElement) throw new FeedError('parse', 'The feed is not well-formed XML.', { url });
  return doc.documentElement;
}

// Element helpers. RSS 2.0 has no namespace and RSS 1.0 its own: an element "of the feed's own
// vocabulary" is one in the root's namespace or none; others are matched by namespace, ignoring
// a trailing slash (feeds write Media RSS's both ways).

const sameNs = (a: string | null, b: string | null) => (a ?? '').replace(/\/$/, '') === (b ?? '').replace(/\/$/, '');

function children(parent: Element, name: string, ns?: string): Element[] {
  const own = parent.ownerDocument.documentElement.namespaceURI;
  const ours = (uri: string | null) => !uri || sameNs(uri, own) || sameNs(uri, NS.rss1);
  return [...parent.children].filter(
    (el) => el.localName === name && (ns ? sameNs(el.namespaceURI, ns) : ours(el.namespaceURI)),
  );
}

const child = (parent: Element, name: string, ns?: string): Element | undefined => children(parent, name, ns)[0];

/** The text of the first such child, if it has any. */
function text(parent: Element, name: string, ns?: string): string | undefined {
  return child(parent, name, ns)?.textContent?.trim() || undefined;
}

const attr = (el: Element | undefined, name: string) => el?.getAttribute(name)?.trim() || undefined;

/** `xml:lang` of the element or its nearest ancestor. */
function xmlLang(el: Element): string | undefined {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const lang = node.getAttributeNS(NS.xml, 'lang');
    if (lang) return lang;
  }
  return undefined;
}

/** Resolves a URL against the `xml:base` of the element and its ancestors, where they set one. */
function resolve(value: string | undefined, el: Element): string | undefined {
  if (!value) return undefined;
  const bases: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const base = node.getAttributeNS(NS.xml, 'base');
    if (base) bases.unshift(base);
  }
  if (!bases.length) return value;
  try {
    // Relative bases resolve against the outer ones; the feed's own URL applies later.
    let href = new URL(bases[0]!, 'resolve:/').href;
    for (const base of bases.slice(1)) href = new URL(base, href).href;
    const resolved = new URL(value, href).href;
    return resolved.startsWith('resolve:') ? value : resolved;
  } catch {
    return value;
  }
}

const isImage = (type?: string, medium?: string, url?: string) =>
  medium === 'image' || /^image\//i.test(type ?? '') || (!type && !medium && /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(url ?? ''));

const isMedia = (type?: string) => /^(audio|video)\//i.test(type ?? '');

/** `itunes:duration`: seconds, `MM:SS` or `HH:MM:SS`. */
function duration(value: string | undefined): number | undefined {
  if (!value || !/^\d+(:\d{1,2}){0,2}$/.test(value)) return undefined;
  return value.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

function amount(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Media smaller than this in either stated dimension are icons (an author's avatar), not pictures. */
const ICON_PX = 64;
const notIcon = (el: Element) => !['width', 'height'].some((name) => Number(attr(el, name)) < ICON_PX);

/** The picture of an RSS item (or channel): Media RSS, an image enclosure, then iTunes art. */
function rssImage(el: Element): string | undefined {
  const group = child(el, 'group', NS.media);
  const media = [...children(el, 'thumbnail', NS.media), ...(group ? children(group, 'thumbnail', NS.media) : [])].filter(notIcon);
  const contents = [...children(el, 'content', NS.media), ...(group ? children(group, 'content', NS.media) : [])].filter(notIcon);
  const picture = contents.find((c) => isImage(attr(c, 'type'), attr(c, 'medium'), attr(c, 'url')));
  const enclosure = children(el, 'enclosure').find((e) => isImage(attr(e, 'type'), undefined, attr(e, 'url')));
  return (
    attr(media[0], 'url') ??
    attr(picture, 'url') ??
    attr(enclosure, 'url') ??
    attr(child(el, 'image', NS.itunes), 'href') ??
    // media:content's own nested thumbnail
    attr(contents.map((c) => child(c, 'thumbnail', NS.media)).find(Boolean), 'url')
  );
}

function readRss(root: Element, version: 'rss' | 'rdf'): Json {
  const channel = child(root, 'channel');
  if (!channel) throw new FeedError('xml', `The ${version === 'rss' ? 'RSS' : 'RSS 1.0'} document has no <channel>.`);
  // RSS 2.0 puts items in the channel; RSS 1.0 beside it.
  const items = (version === 'rss' ? children(channel, 'item') : children(root, 'item')).slice(0, MAX_ENTRIES);
  const channelAuthor = text(channel, 'creator', NS.dc) ?? text(channel, 'author', NS.itunes);
  const channelArt = attr(child(channel, 'image', NS.itunes), 'href');
  const podcast = items.some((item) => children(item, 'enclosure').some((e) => isMedia(attr(e, 'type'))));
  const logo = child(channel, 'image') ?? (version === 'rdf' ? child(root, 'image') : undefined);
  return {
    version,
    title: text(channel, 'title'),
    description: text(channel, 'description'),
    home_page_url: text(channel, 'link'),
    language: text(channel, 'language') ?? text(channel, 'language', NS.dc) ?? xmlLang(channel),
    icon: (logo && text(logo, 'url')) ?? channelArt,
    authors: channelAuthor ? [{ name: channelAuthor }] : [],
    items: items.map((item) => {
      const description = text(item, 'description');
      const encoded = text(item, 'encoded', NS.content);
      const guid = child(item, 'guid');
      const link = text(item, 'link') ?? (attr(guid, 'isPermaLink') !== 'false' && /^https?:/i.test(guid?.textContent?.trim() ?? '') ? guid?.textContent?.trim() : undefined);
      const author = text(item, 'creator', NS.dc) ?? text(item, 'author') ?? text(item, 'author', NS.itunes);
      const hasMarkup = description !== undefined && /<[a-z!/]/i.test(description);
      return {
        id: guid?.textContent?.trim() || attr(item, 'rdf:about') || undefined,
        url: link,
        title: text(item, 'title'),
        // With a separate body the description is its summary; without, it is the body.
        summary: encoded || (description && !hasMarkup) ? description : undefined,
        content_html: encoded ?? (hasMarkup ? description : undefined),
        image: rssImage(item) ?? (podcast ? channelArt : undefined),
        date_published: text(item, 'pubDate') ?? text(item, 'date', NS.dc),
        date_modified: text(item, 'updated', NS.atom),
        authors: author ? [{ name: author.replace(/^\S+@\S+\s+\((.+)\)$/, '$1') }] : undefined,
        tags: children(item, 'category').map((c) => c.textContent?.trim()).concat(children(item, 'subject', NS.dc).map((c) => c.textContent?.trim())).filter(Boolean),
        language: text(item, 'language', NS.dc) ?? (item.getAttributeNS(NS.xml, 'lang') || undefined),
        attachments: children(item, 'enclosure')
          .filter((e) => isMedia(attr(e, 'type')))
          .map((e) => ({
            url: attr(e, 'url'),
            mime_type: attr(e, 'type'),
            title: text(item, 'title'),
            size_in_bytes: amount(attr(e, 'length')),
            duration_in_seconds: duration(text(item, 'duration', NS.itunes)),
          })),
      };
    }),
  };
}

/** An Atom text construct as text or HTML, by its `type`. */
function atomContent(el: Element | undefined): { html?: string; text?: string } {
  if (!el) return {};
  const type = attr(el, 'type') ?? 'text';
  if (type === 'xhtml') {
    // The content is a <div> of XHTML elements: serialise what is inside it.
    const div = [...el.children].find((c) => c.localName === 'div') ?? el;
    const serializer = new XMLSerializer();
    return { html: [...div.childNodes].map((node) => serializer.serializeToString(node)).join('').trim() || undefined };
  }
  const value = el.textContent?.trim() || undefined;
  return type === 'html' || type === 'text/html' ? { html: value } : { text: value };
}

/** An Atom text construct as plain text (titles, summaries): HTML is stripped by the normaliser. */
const atomText = (el: Element | undefined) => {
  const { html, text: plain } = atomContent(el);
  return html ?? plain;
};

function atomLink(el: Element, rel = 'alternate'): string | undefined {
  const link = children(el, 'link').find((l) => (attr(l, 'rel') ?? 'alternate') === rel);
  return resolve(attr(link, 'href'), link ?? el);
}

function atomPeople(el: Element) {
  return children(el, 'author')
    .map((author) => ({ name: text(author, 'name'), url: resolve(text(author, 'uri'), author) }))
    .filter((author) => author.name);
}

function readAtom(root: Element): Json {
  const entries = children(root, 'entry').slice(0, MAX_ENTRIES);
  return {
    version: 'atom',
    title: atomText(child(root, 'title')),
    description: atomText(child(root, 'subtitle')),
    home_page_url: atomLink(root),
    feed_url: atomLink(root, 'self'),
    language: xmlLang(root),
    icon: resolve(text(root, 'logo') ?? text(root, 'icon'), root),
    favicon: resolve(text(root, 'icon'), root),
    authors: atomPeople(root),
    items: entries.map((entry) => {
      const content = atomContent(child(entry, 'content'));
      const enclosures = children(entry, 'link').filter((l) => attr(l, 'rel') === 'enclosure');
      const media = enclosures.filter((l) => isMedia(attr(l, 'type')));
      const picture = enclosures.find((l) => isImage(attr(l, 'type'), undefined, attr(l, 'href')));
      return {
        id: text(entry, 'id'),
        url: atomLink(entry),
        title: atomText(child(entry, 'title')),
        summary: atomText(child(entry, 'summary')),
        content_html: content.html,
        content_text: content.text,
        image: rssImage(entry) ?? resolve(attr(picture, 'href'), entry),
        date_published: text(entry, 'published') ?? text(entry, 'issued'),
        date_modified: text(entry, 'updated') ?? text(entry, 'modified'),
        authors: atomPeople(entry),
        tags: children(entry, 'category')
          .map((c) => attr(c, 'label') ?? attr(c, 'term'))
          .filter(Boolean),
        language: child(entry, 'content')?.getAttributeNS(NS.xml, 'lang') || entry.getAttributeNS(NS.xml, 'lang') || undefined,
        attachments: media.map((l) => ({
          url: resolve(attr(l, 'href'), l),
          mime_type: attr(l, 'type'),
          title: attr(l, 'title'),
          size_in_bytes: amount(attr(l, 'length')),
        })),
      };
    }),
  };
}
