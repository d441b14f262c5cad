/// <reference types="node" />
// The DOM the widgets get from the browser, made on a server with jsdom: an XML parser for RSS
// and Atom, and a window for the very sanitiser the widgets use (src/sanitize/html.ts), so the
// gateway reads and cleans feeds with the same code and the same policy.
import type { XmlParser } from '../data/xml.js';

type Sanitize = (html: string, baseUrl?: string) => string;

export interface ServerDom {
  parseXml: XmlParser;
  /** Untrusted HTML → sanitised HTML, by the widgets' policy. */
  sanitize: Sanitize;
}

let loading: Promise<ServerDom> | undefined;

/** One jsdom window per process, made on first use (jsdom costs a few hundred milliseconds to load). */
export function serverDom(): Promise<ServerDom> {
  return (loading ??= load());
}

async function load(): Promise<ServerDom> {
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const parser = new window.DOMParser();
  const parseXml: XmlParser = (text) => {
    const doc = parser.parseFromString(text, 'application/xml') as unknown as Document;
    return doc.getElementsByTagName('parsererror').length ? undefined : doc;
  };
  // The XML reader serialises Atom's XHTML content with the global XMLSerializer.
  const scope = globalThis as Record<string, unknown>;
  scope.XMLSerializer ??= window.XMLSerializer;
  // The sanitiser builds DOMPurify from the global `window` when it is imported: lend it
  // jsdom's for that moment only, so nothing else in the process mistakes Node for a browser.
  // (and the DOM classes it reads prototypes from at import time).
  const lent = ['window', 'Node', 'Element', 'DocumentFragment'] as const;
  const previous = lent.map((name) => [name, name in scope, scope[name]] as const);
  for (const name of lent) scope[name] = name === 'window' ? window : (window as unknown as Record<string, unknown>)[name];
  let sanitizeHtml: (html: string, baseUrl?: string) => DocumentFragment;
  try {
    ({ sanitizeHtml } = await import('../sanitize/html.js'));
  } finally {
    for (const [name, had, value] of previous) {
      if (had) scope[name] = value;
      else delete scope[name];
    }
  }
  const holder = window.document.createElement('div');
  const sanitize: Sanitize = (html, baseUrl) => {
    holder.replaceChildren(sanitizeHtml(html, baseUrl) as unknown as Node);
    const out = holder.innerHTML;
    holder.replaceChildren();
    return out;
  };
  return { parseXml, sanitize };
}
