import { FeedError } from './feed-error.js';
import {
  MAX_ENTRIES,
  NS,
  amount,
  attr,
  authorName,
  child,
  children,
  duration,
  isMedia,
  mediaDescription,
  mediaType,
  names,
  person,
  rssDate,
  resolve,
  text,
  xmlLang,
  type Json,
} from './xml-elements.js';
import { rssPicture } from './xml-picture.js';
import { readAtom } from './xml-atom.js';
import {
  isCoverage,
  paragraphs,
  storyLink,
  tagList,
  trimTrailers,
  webLink,
  withoutDateline,
  withoutSource,
} from './xml-repairs.js';

// RSS 2.0, RSS 1.0 (RDF) and Atom 1.0, read with the platform's DOMParser into the JSON Feed
// shape that normaliseFeed reads, so every repair and check applies to them too. A chunk of its
// own: a page whose feeds are JSON never downloads it.

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
  if (kind === 'rss' || kind === 'RDF') return readRss(root, kind === 'RDF' ? 'rdf' : 'rss', url);
  if (kind === 'feed') return readAtom(root, url);
  if (kind === 'html') throw new FeedError('html', 'The feed URL returned a web page (HTML), not a feed.', { url });
  throw new FeedError(
    'xml',
    `The feed URL returned XML, but not RSS or Atom (its root element is <${root.nodeName}>).`,
    {
      url,
    },
  );
}

function parseXml(text: string, parse: XmlParser, url?: string): Element {
  // Feeds often use HTML's named entities (`&nbsp;`, `&mdash;`), which XML does not know and
  // stops at, or an ampersand as it is (G1's `Teatro & Dança`), which a browser stops at too
  // (a server's parser lets it pass): escape them (the normaliser decodes them in text) rather
  // than refuse the feed.
  const doc =
    parse(text) ??
    parse(
      text.replace(/&(?:([a-zA-Z][\w.-]*);|(?!#\d+;|#x[\da-fA-F]+;))/g, (all, name?: string) =>
        name && XML_ENTITIES.has(name) ? all : `&amp;${name ? `${name};` : ''}`,
      ),
    );
  if (!doc?.documentElement) throw new FeedError('parse', 'The feed is not well-formed XML.', { url });
  return doc.documentElement;
}

/**
 * The text of Bing News's own element of that name (`<News:Source>`, `<News:Image>`), whose
 * namespace is the address of the search, so it changes with the query.
 */
const bingNews = (item: Element, name: string) =>
  [...item.children]
    .find((el) => el.localName === name && /^https:\/\/www\.bing\.com(?::443)?\/news\//i.test(el.namespaceURI ?? ''))
    ?.textContent.trim() || undefined;

function nextPage(channel: Element): string | undefined {
  const link = children(channel, 'link', NS.atom).find((l) => attr(l, 'rel') === 'next');
  return link && resolve(attr(link, 'href'), link);
}

function readRss(root: Element, version: 'rss' | 'rdf', url?: string): Json {
  const channel = child(root, 'channel');
  if (!channel) {
    throw new FeedError('xml', `The ${version === 'rss' ? 'RSS' : 'RSS 1.0'} document has no <channel>.`, { url });
  }
  // RSS 2.0 puts items and the logo in the channel; RSS 1.0 beside it (the channel's own
  // <image rdf:resource> only points to the logo).
  const container = version === 'rss' ? channel : root;
  const items = children(container, 'item').slice(0, MAX_ENTRIES);
  const channelAuthor = person(text(channel, 'creator', NS.dc) ?? text(channel, 'author', NS.itunes));
  const channelArt = attr(child(channel, 'image', NS.itunes), 'href');
  // A date with a time and no zone is in the publisher's own time: the zone the channel's dates
  // state, if they do (NBC's stations date items `Sat, Dec 16 2023 02:02:33 PM` and the channel
  // `-0500`), else UTC, as the normaliser reads it.
  const zone = /[+-]\d\d:?\d\d$/.exec(
    text(channel, 'lastBuildDate') ??
      text(channel, 'pubDate') ??
      // Stryker disable next-line StringLiteral: equivalent, no zone either way
      '',
  )?.[0];
  const inZone = (date?: string) =>
    zone &&
    date &&
    /\d:\d\d(?::\d\d)?(?:\.\d+)?$/.test(date) &&
    // Stryker disable next-line Regex: equivalent, what ends in a time cannot end in a zone without a colon (this hides the others, which the zone tests kill)
    !/[+-]\d\d:?\d\d$/.test(date)
      ? date + zone
      : date;
  const mediaOf = (e: Element) => mediaType(attr(e, 'type'), attr(e, 'url'));
  const podcast = items.some((item) => children(item, 'enclosure').some((e) => isMedia(mediaOf(e))));
  const logo = child(container, 'image') ?? child(channel, 'image');
  const feedTitle = text(channel, 'title');
  return {
    version,
    title: feedTitle,
    description: text(channel, 'description'),
    home_page_url: webLink(text(channel, 'link')),
    // A paged feed (RFC 5005): `<atom:link rel="next">`, the older items' page.
    next_url: nextPage(channel),
    language: text(channel, 'language') ?? text(channel, 'language', NS.dc) ?? xmlLang(channel),
    icon: (logo && text(logo, 'url')) ?? channelArt,
    authors: channelAuthor ? [{ name: channelAuthor }] : [],
    items: items.map((item) => {
      // The channel an aggregator's item came from (Google News's publisher of each story, and
      // Bing News's in an element of its own).
      const source = child(item, 'source');
      const sourceName = source?.textContent.trim() || bingNews(item, 'Source');
      const title = withoutSource(text(item, 'title'), sourceName);
      const given = text(item, 'description');
      const described = trimTrailers(given);
      // Hacker News's description is only a link to the comments, Google News's the links to its
      // coverage: navigation, not a summary.
      const description =
        title &&
        // Stryker disable next-line StringLiteral: equivalent, no link either way
        (/^<a\s[^<>]*>[^<>]*<\/a>$/i.test(described ?? '') || (sourceName && isCoverage(described ?? '', title)))
          ? undefined
          : described;
      const encoded = trimTrailers(text(item, 'encoded', NS.content));
      const guid = child(item, 'guid');
      const guidText = guid?.textContent.trim() || undefined;
      // A guid is the link unless it says it is not a permalink; and only a web address can be one.
      const permalink =
        attr(guid, 'isPermaLink') !== 'false' &&
        // Stryker disable next-line StringLiteral: equivalent, no web address either way
        /^https?:/i.test(guidText ?? '');
      // FeedBurner's `origLink` is the story's own address; `link` is then FeedBurner's redirect.
      const link = storyLink(
        text(item, 'origLink', NS.feedburner) ?? text(item, 'link') ?? (permalink ? guidText : undefined),
      );
      // Every dc:creator (the Telegraph names three reporters of one story), else the author.
      const creators = children(item, 'creator', NS.dc)
        .flatMap((c) => names(c.textContent.trim()))
        .map(person)
        .filter(Boolean);
      // The Jerusalem Post writes its bylines in an <Author> of its own, Prothom Alo in an Atom
      // one: `<atom:author><atom:name>খেলা ডেস্ক</atom:name>…</atom:author>` ("sports desk").
      const atomAuthor = child(item, 'author', NS.atom);
      const author =
        authorName(child(item, 'author') ?? child(item, 'Author')) ??
        (atomAuthor && person(text(atomAuthor, 'name', NS.atom))) ??
        person(text(item, 'author', NS.itunes));
      // As the publisher wrote it: a body stays HTML when a trailer took its only tags (Slashdot's).
      // Stryker disable next-line StringLiteral: equivalent, no tag either way
      const hasMarkup = /<[a-z!/]/i.test(description ? given! : '');
      const picture = rssPicture(item, encoded ?? description);
      // An item with no description of its own: the Media RSS one (a video's), if it has that.
      const video = encoded || description ? {} : mediaDescription(item);
      // RuTube writes `pubdate`, in lower case.
      const pubDate = child(item, 'pubDate') ?? child(item, 'pubdate');
      return {
        id: guidText ?? attr(item, 'rdf:about'),
        url: link,
        title,
        // With a separate body the description is its summary; without, it is the body. A
        // summary's wire dateline goes (the body keeps its own).
        summary: encoded || (description && !hasMarkup) ? withoutDateline(description) : undefined,
        content_html: encoded ?? (hasMarkup ? paragraphs(description!) : video.html),
        content_text: video.text,
        image: picture.image ?? bingNews(item, 'Image') ?? (podcast ? channelArt : undefined),
        _news: {
          image_caption: picture.image_caption,
          ...(sourceName ? { sources: [{ name: sourceName, url: attr(source, 'url') }] } : {}),
        },
        // A <time> element inside pubDate (Drupal's views) has the date in its `datetime`.
        date_published: inZone(
          rssDate(
            attr(pubDate?.getElementsByTagName('time')[0], 'datetime') ??
              (pubDate?.textContent.trim() || undefined) ??
              text(item, 'date', NS.dc),
          ),
        ),
        date_modified: text(item, 'updated', NS.atom),
        authors: creators.length ? creators.map((name) => ({ name })) : author ? [{ name: author }] : undefined,
        tags: tagList(
          [...children(item, 'category'), ...children(item, 'subject', NS.dc)].map((c) => c.textContent.trim()),
          feedTitle,
        ),
        language: text(item, 'language', NS.dc) ?? (item.getAttributeNS(NS.xml, 'lang') || undefined),
        attachments: children(item, 'enclosure')
          .filter((e) => isMedia(mediaOf(e)))
          .map((e) => ({
            url: attr(e, 'url'),
            mime_type: mediaOf(e),
            title: text(item, 'title'),
            size_in_bytes: amount(attr(e, 'length')),
            duration_in_seconds: duration(text(item, 'duration', NS.itunes)),
          })),
      };
    }),
  };
}
