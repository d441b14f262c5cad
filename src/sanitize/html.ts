import DOMPurify, { type Config } from 'dompurify';
import { safeUrl } from './url.js';

/** Elements a news article body may contain. */
export const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite',
  'figure', 'figcaption', 'img', 'a',
  'em', 'strong', 'b', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'time', 'span',
  'code', 'pre', 'kbd', 'samp',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];

/** Attributes kept on those elements; URLs are checked separately. */
export const ALLOWED_ATTR = [
  'href', 'src', 'alt', 'title', 'width', 'height', 'datetime', 'colspan', 'rowspan', 'scope', 'lang', 'dir',
];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};

const purifier = DOMPurify(window);
let currentBase: string | undefined;

// URLs are resolved against the feed (not the host page) and limited to safe schemes.
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
  }
});

/**
 * Untrusted HTML from a feed → a fragment safe to insert: only the tags and attributes of a
 * news article, no script, styles, event handlers, forms or embeds; links and images resolved
 * against `baseUrl` and limited to http(s) (and `mailto:` for links); links open in a new tab
 * with `rel="noopener noreferrer"`.
 */
export function sanitizeHtml(html: string, baseUrl?: string): DocumentFragment {
  currentBase = baseUrl;
  try {
    return purifier.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  } finally {
    currentBase = undefined;
  }
}
