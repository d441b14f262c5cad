import {
  MAX_ENTRIES,
  NS,
  amount,
  attr,
  bodyBase,
  child,
  children,
  isImage,
  isMedia,
  mediaDescription,
  person,
  resolve,
  text,
  xmlLang,
  type Json,
} from './xml-elements.js';
import { rssPicture } from './xml-picture.js';
import { storyLink, tagList, trimTrailers, withoutDateline } from './xml-repairs.js';

// Atom 1.0, read into the JSON Feed shape (see ./xml.ts).

/** normalise.ts's BODY_BASE: the URL an entry's body resolves against. */
const BODY_BASE = Symbol.for('news-widgets.body-base');

/** The attributes of an XHTML body that hold an address the sanitiser keeps. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'];

/** An Atom text construct as text or HTML, by its `type`. */
function atomContent(el: Element | undefined): { html?: string; text?: string } {
  if (!el) return {};
  const type = attr(el, 'type');
  if (type === 'xhtml') {
    // The content is a <div> of XHTML elements: serialise what is inside it, its addresses
    // resolved against the xml:base in force (once serialised, the HTML has no base of its own).
    const div = [...el.children].find((c) => c.localName === 'div') ?? el;
    const copy = div.cloneNode(true) as Element;
    const copies = [...copy.getElementsByTagName('*')];
    [...div.getElementsByTagName('*')].forEach((node, i) => {
      for (const name of URL_ATTRIBUTES) {
        const resolved = resolve(node.getAttribute(name) ?? undefined, node);
        // Stryker disable next-line OptionalChaining: equivalent, a copy of the same tree always has that element
        if (resolved) copies[i]?.setAttribute(name, resolved);
      }
    });
    const serializer = new XMLSerializer();
    return { html: trimTrailers([...copy.childNodes].map((node) => serializer.serializeToString(node)).join('')) };
  }
  const value = el.textContent.trim() || undefined;
  return type === 'html' || type === 'text/html' ? { html: trimTrailers(value) } : { text: value };
}

/** An Atom text construct as plain text (titles, summaries): HTML is stripped by the normaliser. */
const atomText = (el: Element | undefined) => {
  const { html, text: plain } = atomContent(el);
  return html ?? plain;
};

/** An element's own `xml:lang`. */
const lang = (el: Element | undefined) => el?.getAttributeNS(NS.xml, 'lang') || undefined;

function atomLink(el: Element, rel = 'alternate'): string | undefined {
  // A link with no address is passed over for the next (yinan.me writes `<link ref="self" href=""/>`).
  const link = children(el, 'link').find((l) => (attr(l, 'rel') ?? 'alternate') === rel && attr(l, 'href'));
  return resolve(attr(link, 'href'), link ?? el);
}

function atomPeople(el: Element) {
  return children(el, 'author')
    .map((author) => ({ name: person(text(author, 'name')), url: resolve(text(author, 'uri'), author) }))
    .filter((author) => author.name);
}

export function readAtom(root: Element, url?: string): Json {
  const entries = children(root, 'entry').slice(0, MAX_ENTRIES);
  const items = entries.map((entry) => readEntry(entry, url));
  // Else the one language every entry states (BBC Chinese's `zh-Hans`), for the widget's own words.
  const languages = new Set(items.map((item) => item.language));
  return {
    version: 'atom',
    title: atomText(child(root, 'title')),
    description: atomText(child(root, 'subtitle')),
    home_page_url: atomLink(root),
    feed_url: atomLink(root, 'self'),
    // A paged feed (RFC 5005): the older entries' page.
    next_url: atomLink(root, 'next'),
    // BBC World Service's template states it on the feed's title, if anywhere, not on <feed>.
    language: xmlLang(root) ?? lang(child(root, 'title')) ?? (languages.size === 1 ? [...languages][0] : undefined),
    icon: resolve(text(root, 'logo') ?? text(root, 'icon'), root),
    favicon: resolve(text(root, 'icon'), root),
    authors: atomPeople(root),
    items,
  };
}

/** An Atom entry as a JSON Feed item; `url` is the feed's, against which its body resolves. */
function readEntry(entry: Element, url: string | undefined) {
  const content = atomContent(child(entry, 'content'));
  const summary = atomContent(child(entry, 'summary'));
  const hasContent = Boolean(content.html || content.text);
  // An entry with no content but an HTML summary (Shopify's) has that summary as its body;
  // one with neither (YouTube's) its video's Media RSS description.
  const summaryIsBody = !hasContent && summary.html !== undefined;
  const body = hasContent || summary.text ? content : summaryIsBody ? summary : mediaDescription(entry);
  const enclosures = children(entry, 'link').filter((l) => attr(l, 'rel') === 'enclosure');
  const media = enclosures.filter((l) => isMedia(attr(l, 'type')));
  // BBC World Service nests an entry's pictures in its link, as thumbnails of a media:content:
  // `<link rel="alternate" …><media:content><media:thumbnail url="…" width="144" …>`.
  const linked = children(entry, 'link')
    .map((l) => child(l, 'content', NS.media))
    .find(Boolean);
  const own = rssPicture(entry, body.html);
  const ownPicture = own.image || !linked ? own : rssPicture(linked, body.html);
  const picture = enclosures.find((l) => isImage(attr(l, 'type'), undefined, attr(l, 'href')));
  return {
    id: text(entry, 'id'),
    // FeedBurner's `origLink` is the story's own address; the alternate link is its redirect.
    url: resolve(text(entry, 'origLink', NS.feedburner), entry) ?? storyLink(atomLink(entry)),
    title: atomText(child(entry, 'title')),
    summary: summaryIsBody ? undefined : withoutDateline(summary.html ?? summary.text),
    content_html: body.html,
    // jekyll-feed's xml:base on each entry's content: the base of its relative URLs.
    [BODY_BASE]: body.html && bodyBase(hasContent ? child(entry, 'content') : child(entry, 'summary'), url),
    content_text: body.text,
    image: ownPicture.image ?? resolve(attr(picture, 'href'), entry),
    _news: { image_caption: ownPicture.image_caption },
    date_published: text(entry, 'published') ?? text(entry, 'issued'),
    date_modified: text(entry, 'updated') ?? text(entry, 'modified'),
    authors: atomPeople(entry),
    tags: tagList(children(entry, 'category').map((c) => attr(c, 'label') ?? attr(c, 'term'))),
    // BBC World Service's only on the entry's title and summary (BBC Chinese's `zh-Hans`).
    language: [child(entry, 'content'), entry, child(entry, 'title'), child(entry, 'summary')].map(lang).find(Boolean),
    attachments: media.map((l) => ({
      url: resolve(attr(l, 'href'), l),
      mime_type: attr(l, 'type'),
      title: attr(l, 'title'),
      size_in_bytes: amount(attr(l, 'length')),
    })),
  };
}
