import DOMPurify, { type Config } from 'dompurify';
import type { TrustedTypePolicy, TrustedTypePolicyOptions, TrustedTypesWindow } from 'trusted-types/lib/index.js';
import { safeUrl } from './url.js';

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

/**
 * The Trusted Types policy that hands the feed's HTML to DOMPurify's inert parser, so a host
 * page with `require-trusted-types-for 'script'` only has to allow `news-widgets` (and
 * `lit-html`). Private to this module: it never touches a live document. When the host
 * does not allow it, DOMPurify falls back to its own `dompurify` policy.
 */
const policy = createPolicy();

function createPolicy(): TrustedTypePolicy | undefined {
  const { trustedTypes } = window as Partial<TrustedTypesWindow>;
  if (!trustedTypes) return undefined;
  const rules: TrustedTypePolicyOptions = {
    createHTML: (html) => html,
    // Required by DOMPurify's interface; an article body never loads a script.
    createScriptURL: () => {
      throw new TypeError('news-widgets: a feed may not load scripts.');
    },
  };
  try {
    return trustedTypes.createPolicy('news-widgets', rules);
  } catch {
    return undefined;
  }
}

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

/** Levels of nesting kept in a body; deeper elements are unwrapped into their content. */
export const MAX_BODY_DEPTH = 16;

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
      // Width and height stay only as a pair, where they reserve the image's aspect ratio.
      const size = imageSize(node);
      node.removeAttribute('width');
      node.removeAttribute('height');
      if (size.length) {
        node.setAttribute('width', String(size[0]));
        node.setAttribute('height', String(size[1]));
      }
    } else {
      node.remove();
    }
  } else {
    // `href` and `src` mean nothing on other elements; don't let a URL through on them. Nor
    // may a rule, table or cell set its own size: only the column decides.
    for (const name of ['href', 'src', 'width', 'height']) node.removeAttribute(name);
  }
});

/** An image's size attributes: `[width, height]` when both are whole numbers, else `[]`. */
function imageSize(img: Element): [number, number] | [] {
  const [width, height] = ['width', 'height'].map((name) => parseFloat(img.getAttribute(name) ?? ''));
  return Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0 ? [width, height] : [];
}

/**
 * Untrusted HTML from a feed → a fragment safe to insert: only the tags and attributes of a
 * news article ({@link ALLOWED_TAGS}, {@link ALLOWED_ATTR}); no script, event handlers,
 * styles, forms, frames, embeds, SVG or MathML. Links and images are resolved against
 * `baseUrl` and limited to http(s) (and `mailto:` for links); an image without a safe `src`
 * is removed; links open in a new tab with `rel="noopener noreferrer"`.
 *
 * It also keeps the body within its box: no size attributes but an image's aspect ratio,
 * and at most {@link MAX_BODY_DEPTH} levels of nesting.
 *
 * The result is a DOM fragment, never a string, so it is not parsed a second time (which is
 * where mutation XSS happens).
 */
export function sanitizeHtml(html: string, baseUrl?: string): DocumentFragment {
  currentBase = baseUrl;
  try {
    const body = purifier.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
    flatten(body, 0);
    return body;
  } finally {
    currentBase = undefined;
  }
}

/** Unwraps every element nested deeper than {@link MAX_BODY_DEPTH}, keeping its content. */
function flatten(parent: ParentNode, depth: number): void {
  for (let child = parent.firstElementChild; child; ) {
    if (depth < MAX_BODY_DEPTH) {
      flatten(child, depth + 1);
      child = child.nextElementSibling;
    } else {
      // Its children take its place, and are looked at in turn; an empty one (a `<br>`) leaves
      // a space, so the words around it stay apart.
      const next = child.firstElementChild ?? child.nextElementSibling;
      child.replaceWith(...(child.hasChildNodes() ? child.childNodes : [' ']));
      child = next;
    }
  }
}
