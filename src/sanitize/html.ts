import { MAX_BODY_NODES, flatten, withinBudget } from './body-budget.js';
// For the documentation's links: {@link MAX_BODY_CHARS}, {@link MAX_BODY_DEPTH}.
import type {} from './body-budget.js';
import DOMPurify, { type Config } from 'dompurify';
import { safeUrl } from './url.js';
import { trustedTypesPolicy } from './trusted-types.js';

/**
 * Elements a news article body may contain: paragraphs, h2–h4, lists, quotes, figures and
 * images, links, emphasis, line breaks and rules, code, tables. Any other element is
 * removed and its text kept (an `<h1>` or `<div>` becomes its text); the content of
 * `script`, `style`, `template`, `svg`, `math`, `iframe` and the like is dropped with it.
 */
const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'q',
  'cite',
  'figure',
  'figcaption',
  'img',
  'a',
  'em',
  'strong',
  'b',
  'i',
  's',
  'mark',
  'small',
  'sub',
  'sup',
  'code',
  'pre',
  'kbd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
];

/** Attributes kept on those elements. `href` (links) and `src` (images) are checked by {@link safeUrl}. */
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'lang', 'dir'];

/**
 * Never allowed, even if the lists above grow: what can run script, restyle or cover the
 * host page, submit data, or change how URLs resolve.
 */
const FORBID_TAGS = [
  'script',
  'style',
  'link',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'meta',
  'base',
  'svg',
  'math',
  'template',
  'noscript',
];
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

// Past its budget (./body-budget.ts) a body is cut.
/** Images kept; later ones are removed. */
const MAX_BODY_IMAGES = 20;
/** An image with a `width` or `height` attribute this small is a tracking pixel, and is removed. */
const PIXEL_SIZE = 2;
/** What one call to {@link sanitizeBody} is working on, read by the hooks. */
let current: { base?: string; images: boolean; nodes: number; imageCount: number; cut: boolean } | undefined;

// The hooks before DOMPurify's checks see nodes that may clobber their own properties (a
// form with an input named `parentNode`): they read them through the DOM's own getters.
// Each is called on a node with `.call(node)`, never on its own.
/* eslint-disable @typescript-eslint/unbound-method */
const nodeName = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName')!.get!;
const parentNode = Object.getOwnPropertyDescriptor(Node.prototype, 'parentNode')!.get!;
const removeChild = Node.prototype.removeChild;
/* eslint-enable @typescript-eslint/unbound-method */

// What the body cannot keep goes before DOMPurify looks at it: every node past the node
// budget, and images that will not be shown (tracking pixels, images past the budget, any
// image when images are off), before their attributes are checked.
purifier.addHook('beforeSanitizeElements', (node) => {
  const body = current!;
  const drop =
    ++body.nodes > MAX_BODY_NODES
      ? (body.cut = true)
      : nodeName.call(node) === 'IMG' &&
        !(body.images && imageSize(node as Element) && ++body.imageCount <= MAX_BODY_IMAGES);
  const parent = parentNode.call(node) as Node | null;
  if (drop && parent) removeChild.call(parent, node);
});

// Links and images resolve against the feed (not the host page) and keep only safe schemes.
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A') {
    const href = safeUrl(node.getAttribute('href'), current!.base, 'link');
    if (href) {
      node.setAttribute('href', href);
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    } else {
      node.removeAttribute('href');
    }
  } else if (node.nodeName === 'IMG') {
    const src = safeUrl(node.getAttribute('src'), current!.base);
    if (src) {
      node.setAttribute('src', src);
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
      // Width and height stay only as a pair, where they reserve the image's aspect ratio.
      const size = imageSize(node)!;
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

/**
 * An image's size attributes: `[width, height]` when both are whole numbers, `[]` when they
 * reserve no aspect ratio, `undefined` for a tracking pixel (either of them 2 or less).
 */
function imageSize(img: Element): [number, number] | [] | undefined {
  const [width, height] = ['width', 'height'].map((name) => {
    const value = img.getAttribute(name)?.trim() ?? '';
    // Pixels, read as the HTML parser reads them ("1px" as 1); a percentage is no size.
    return value.endsWith('%') ? NaN : parseFloat(value);
  });
  if (width <= PIXEL_SIZE || height <= PIXEL_SIZE) return undefined;
  return Number.isInteger(width) && Number.isInteger(height) ? [width, height] : [];
}

/** Options of {@link sanitizeBody}. */
export interface SanitizeOptions {
  /** `false` removes every image, so the body loads nothing from the feed's servers. */
  images?: boolean;
}

/** A sanitised body, and whether some of it was left out to keep within the budget. */
export interface SanitizedBody {
  body: DocumentFragment;
  /** Set when the body was longer than {@link MAX_BODY_NODES} nodes or {@link MAX_BODY_CHARS} characters. */
  truncated: boolean;
}

/**
 * Untrusted HTML from a feed → a fragment safe to insert: only the tags and attributes of a
 * news article ({@link ALLOWED_TAGS}, {@link ALLOWED_ATTR}); no script, event handlers,
 * styles, forms, frames, embeds, SVG or MathML. Links and images are resolved against
 * `baseUrl` and limited to http(s) (and `mailto:` for links); an image without a safe `src`
 * is removed; links open in a new tab with `rel="noopener noreferrer"`.
 *
 * It also keeps the body within its box and its budget: no size attributes but an image's
 * aspect ratio, no tracking pixels, at most {@link MAX_BODY_IMAGES} images,
 * {@link MAX_BODY_DEPTH} levels of nesting and {@link MAX_BODY_NODES} nodes.
 *
 * The result is a DOM fragment, never a string, so it is not parsed a second time (which is
 * where mutation XSS happens).
 */
export function sanitizeBody(html: string, baseUrl?: string, { images = true }: SanitizeOptions = {}): SanitizedBody {
  const { markup, cut } = withinBudget(html);
  const state = (current = { base: baseUrl, images, nodes: 0, imageCount: 0, cut });
  try {
    const body = purifier.sanitize(markup, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
    flatten(body, 0);
    return { body: nameLinks(body), truncated: state.cut };
  } finally {
    current = undefined;
  }
}

/** {@link sanitizeBody}'s fragment alone. */
export function sanitizeHtml(html: string, baseUrl?: string, options?: SanitizeOptions): DocumentFragment {
  return sanitizeBody(html, baseUrl, options).body;
}

/**
 * Every link keeps a name a screen reader can say: a link around nothing is dropped, and a link
 * around a picture without alt text is named after the site it goes to.
 */
function nameLinks(fragment: DocumentFragment): DocumentFragment {
  for (const link of fragment.querySelectorAll('a')) {
    const named = link.textContent.trim() || [...link.querySelectorAll('img')].some((img) => img.alt.trim());
    if (named) continue;
    const href = link.getAttribute('href');
    if (!link.querySelector('img') || !href) link.replaceWith(...link.childNodes);
    else link.setAttribute('aria-label', new URL(href).hostname || href);
  }
  return fragment;
}
