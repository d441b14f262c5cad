// The XML parser the gateway gives the widgets' RSS and Atom reader (src/data/xml.ts) on a
// server, where there is no DOMParser: @xmldom/xmldom, a W3C DOM in plain JavaScript that
// runs unchanged in Node, Deno, Bun and Cloudflare Workers.
//
// Why xmldom and not fast-xml-parser: the reader reads a namespace-aware DOM (`namespaceURI`,
// `localName`, `getAttributeNS` for xml:base and xml:lang, `children`, `parentElement`,
// `textContent`) and serialises Atom's XHTML content with `XMLSerializer`. xmldom is that DOM,
// so the reader runs as it does in the browser; fast-xml-parser gives plain objects without
// namespace URIs, and would need a DOM of our own written over them. xmldom also refuses
// what a browser refuses (a mismatched tag, no root, an undeclared entity), and never expands
// entities declared in a DOCTYPE nor loads an external one.
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { XmlParser } from '../data/xml.js';

/** Thrown from xmldom's error handler to stop at the first error, as a browser's parser does. */
class NotWellFormed extends Error {}

const parser = new DOMParser({
  onError(level) {
    // Warnings are what a browser lets pass; errors and fatal errors it stops at. (An
    // undeclared entity such as `&nbsp;` is one: the reader then escapes those and tries again.)
    if (level !== 'warning') throw new NotWellFormed();
  },
});

/** RSS or Atom text → an XML document, or undefined when the text is not well-formed XML. */
export const parseXml: XmlParser = (text) => {
  // The reader serialises Atom's XHTML content with the global XMLSerializer, which servers
  // lack: lend xmldom's (whose serializer is the one that reads xmldom's nodes).
  (globalThis as { XMLSerializer?: unknown }).XMLSerializer ??= XMLSerializer;
  try {
    const doc = parser.parseFromString(text, 'application/xml');
    return doc.documentElement ? (doc as unknown as Document) : undefined;
  } catch {
    return undefined;
  }
};
