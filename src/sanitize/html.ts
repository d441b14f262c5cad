import DOMPurify, { type Config } from 'dompurify';
import { safeUrl } from './url.js';
import { trustedTypesPolicy } from './trusted-types.js';

/**
 * Elements a news article body may contain: paragraphs, h2–h4, lists, quotes, figures and
 * images, links, emphasis, line breaks and rules, code, tables. Any other element is
 * removed and its text kept (an `<h1>` or `<div>` becomes its text); the content of
 * `script`, `style`, `template`, `svg`, `math`, `iframe` and the like is dropped with it.
 */
export const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h2', 'h3', 'h4',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite',
  'figure', 'figcaption', 'img', 'a',
  'em', 'strong', 'b', 'i', 's', 'mark', 'small', 'sub', 'sup',
  'code', 'pre', 'kbd',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];

/** Attributes kept on those elements. `href` (links) and `src` (images) are checked by {@link safeUrl}. */
export const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'lang', 'dir'];

/**
 * Never allowed, even if the lists above grow: what can run script, restyle or cover the
 * host page, submit data, or change how URLs resolve.
 */
const FORBID_TAGS = ['script', 'style', 'link', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button',
  'textarea', 'select', 'meta', 'base', 'svg', 'math', 'template', 'noscript'];
const FORBID_ATTR = ['style', 'srcset', 'srcdoc', 'formaction', 'action', 'xlink:href'];

const purifier = DOMPurify(window);

// DOMPurify parses the feed's HTML through the library's Trusted Types policy, so a host page
// with `require-trusted-types-for 'script'` only has to allow `news-widgets` (and `lit-html`).
// When the host does not allow it, DOMPurify falls back to its own `dompurify` policy.
const policy = trustedTypesPolicy();

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  ...(policy && { TRUSTED_TYPES_POLICY: policy }),
};

let currentBase: string | undefined;

// Links and images resolve against the feed (not the host page) and keep only safe schemes.
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A') {
    const href = safeUrl(node.getAttribute('href'), currentBase, 'link');
    if (href) {
      node.setAttribute('href', href);
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    } else {
      node.removeAttribute('href');
    }
  } else if (node.nodeName === 'IMG') {
    const src = safeUrl(node.getAttribute('src'), currentBase);
    if (src) {
      node.setAttribute('src', src);
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
    } else {
      node.remove();
    }
  } else {
    // `href` and `src` mean nothing on other elements; don't let a URL through on them.
    node.removeAttribute('href');
    node.removeAttribute('src');
  }
});

/**
 * Untrusted HTML from a feed → a fragment safe to insert: only the tags and attributes of a
 * news article ({@link ALLOWED_TAGS}, {@link ALLOWED_ATTR}); no script, event handlers,
 * styles, forms, frames, embeds, SVG or MathML. Links and images are resolved against
 * `baseUrl` and limited to http(s) (and `mailto:` for links); an image without a safe `src`
 * is removed; links open in a new tab with `rel="noopener noreferrer"`.
 *
 * The result is a DOM fragment, never a string, so it is not parsed a second time (which is
 * where mutation XSS happens).
 */
export function sanitizeHtml(html: string, baseUrl?: string): DocumentFragment {
  currentBase = baseUrl;
  try {
    return nameLinks(purifier.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }));
  } finally {
    currentBase = undefined;
  }
}

/**
 * Every link keeps a name a screen reader can say: a link around nothing is dropped, and a link
 * around a picture without alt text is named after the site it goes to.
 */
function nameLinks(fragment: DocumentFragment): DocumentFragment {
  for (const link of fragment.querySelectorAll('a')) {
    const named = link.textContent!.trim() || [...link.querySelectorAll('img')].some((img) => img.alt.trim());
    if (named) continue;
    const href = link.getAttribute('href');
    if (!link.querySelector('img') || !href) link.replaceWith(...link.childNodes);
    else link.setAttribute('aria-label', new URL(href).hostname || href);
  }
  return fragment;
}
