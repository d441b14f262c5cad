// The sanitiser's entry points: DOMPurify with the article's rules (./rules.ts) and its budget
// (./body-budget.ts), run on one body at a time.
import { MAX_BODY_NODES, flatten, withinBudget, type BodyWalk } from './body-budget.js';
// For the documentation's links: {@link MAX_BODY_CHARS}, {@link MAX_BODY_DEPTH}, {@link MAX_BODY_IMAGES}.
import type {} from './body-budget.js';
import DOMPurify from 'dompurify';
import { ARTICLE_CONFIG } from './allowed.js';
import { bodyMedia } from './media.js';
import { playerLink } from './players.js';
import {
  bodyImage,
  checkAttributes,
  emptyBlock,
  headingLevels,
  hiddenLink,
  nameLinks,
  platformChrome,
} from './rules.js';
import { trustedTypesPolicy } from './trusted-types.js';

// Past its budget (./body-budget.ts) a body is cut.
/** What the latest call to {@link sanitizeBody} is working on, read by the hooks. */
let current: BodyWalk | undefined;

/**
 * DOMPurify with the article's hooks. This module also loads where there is no DOM (a server
 * importing the CDN files), and sanitises only where there is one.
 */
function makePurifier() {
  const purifier = DOMPurify(window);
  // The hooks before DOMPurify's checks see nodes that may clobber their own properties (a
  // form with an input named `parentNode`): they read them through the DOM's own getters.
  // Each is called on a node with `.call(node)`, never on its own.
  /* eslint-disable @typescript-eslint/unbound-method */
  const nodeName = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName')!.get!;
  const parentNode = Object.getOwnPropertyDescriptor(Node.prototype, 'parentNode')!.get!;
  const removeChild = Node.prototype.removeChild;
  const insertBefore = Node.prototype.insertBefore;
  const nextSibling = Object.getOwnPropertyDescriptor(Node.prototype, 'nextSibling')!.get!;
  // Nodes the body gains are made in the page's own document (the body's could have its methods
  // clobbered by name), the window's this purifier was made for: a server lends one only then.
  const page = window.document;
  /* eslint-enable @typescript-eslint/unbound-method */

  // What the body cannot keep goes before DOMPurify looks at it: every node past the node
  // budget, images that will not be shown (rules.ts's bodyImage: tracking pixels, buttons and
  // icons, images past the budget, any image when images are off) or are an emoji's character,
  // before their attributes are checked, video and audio without an address or past the budget
  // (bodyMedia; the others lose their children), and links hidden from screen readers.
  purifier.addHook('beforeSanitizeElements', (node) => {
    const body = current!;
    const name = nodeName.call(node) as string;
    const over = ++body.nodes > MAX_BODY_NODES;
    if (over) body.cut = true;
    // (A link, a div, an image, a video or a sound cannot have its methods clobbered by name, as
    // a form can.)
    const element = node as Element;
    const image = !over && name === 'IMG' ? bodyImage(element, body) : undefined;
    const media =
      !over && (name === 'VIDEO' || name === 'AUDIO')
        ? bodyMedia(
            element,
            [...element.querySelectorAll('source')].map((source) => source.getAttribute('src')),
            body,
          )
        : undefined;
    if (media === 'keep') element.replaceChildren();
    const drop =
      over ||
      (image
        ? image !== 'keep'
        : media
          ? media === 'drop'
          : (name === 'A' && hiddenLink(element)) || ((name === 'DIV' || name === 'A') && platformChrome(element)));
    const parent = parentNode.call(node) as Node | null;
    // A known player's frame is followed by a link to what it plays, which DOMPurify looks at
    // next, as any link; the frame itself goes with its content, as every frame does.
    const player = name === 'IFRAME' && !over && parent && playerLink(node as Element, body.base);
    if (player) {
      const link = page.createElement('a');
      link.setAttribute('href', player.href);
      link.append(player.text);
      insertBefore.call(parent, link, nextSibling.call(node) as Node | null);
    }
    if (drop && parent) {
      // An emoji's character takes its place (as text, which DOMPurify keeps as it is).
      if (typeof image === 'object') insertBefore.call(parent, page.createTextNode(image.text), node);
      removeChild.call(parent, node);
    }
  });

  // Links and images resolve against the body's base (its story's address, not the host page's)
  // and keep only safe schemes.
  purifier.addHook('afterSanitizeAttributes', (node) => checkAttributes(node, current!.base));
  return purifier;
}
// Made when the module loads where there is a window (a browser, or the jsdom window the server
// lends while it imports this module: ../gateway/server-dom.ts); elsewhere at the first body.
let purifier = typeof window === 'undefined' ? undefined : makePurifier();

/** Options of {@link sanitizeBody}. */
export interface SanitizeOptions {
  /** `false` removes every image, so the body loads nothing from the feed's servers. */
  images?: boolean;
  /**
   * The level (1 to 6) of the headline the body is shown under: its headings then take the
   * levels below it ({@link headingLevels}). Without it they keep the feed's.
   */
  headingLevel?: number;
}

/** A sanitised body, and whether some of it was left out to keep within the budget. */
export interface SanitizedBody {
  body: DocumentFragment;
  /** Set when the body was longer than {@link MAX_BODY_NODES} nodes or {@link MAX_BODY_CHARS} characters. */
  truncated: boolean;
}

/**
 * Untrusted HTML from a feed → a fragment safe to insert: only the tags and attributes of a
 * news article (./allowed.ts, ./rules.ts); no script, event handlers, styles, forms, frames,
 * embeds, SVG or MathML; video and audio in the browser's players (./media.ts). Links, images,
 * video and audio are resolved against `baseUrl` and limited to http(s) (and `mailto:` for
 * links); an image, a video or a sound without a safe `src` is removed; links open in a new tab
 * with `rel="noopener noreferrer"`.
 *
 * It also keeps the body within its box and its budget: no size attributes but an image's
 * aspect ratio, no tracking pixels, at most {@link MAX_BODY_IMAGES} images,
 * {@link MAX_BODY_DEPTH} levels of nesting and {@link MAX_BODY_NODES} nodes.
 *
 * The result is a DOM fragment, never a string, so it is not parsed a second time (which is
 * where mutation XSS happens).
 */
export function sanitizeBody(
  html: string,
  baseUrl?: string,
  { images = true, headingLevel }: SanitizeOptions = {},
): SanitizedBody {
  const { markup, cut } = withinBudget(html);
  // Each call starts its own state, so nothing of one body (its base URL, its counts) reaches the next.
  const state = (current = { base: baseUrl, images, nodes: 0, imageCount: 0, cut });
  // DOMPurify parses the feed's HTML through the library's Trusted Types policy, so a host page
  // with `require-trusted-types-for 'script'` only has to allow `news-widgets` (and `lit-html`).
  // When the host does not allow it, DOMPurify falls back to its own `dompurify` policy.
  const TRUSTED_TYPES_POLICY = trustedTypesPolicy();
  purifier ??= makePurifier();
  const config = { ...ARTICLE_CONFIG, TRUSTED_TYPES_POLICY, RETURN_DOM_FRAGMENT: true } as const;
  // Markup that parses as a frameset document has no body, and DOMPurify gives null for it
  // (typed as a fragment): nothing of it is shown, as for an empty body.
  const body = (purifier.sanitize(markup, config) as DocumentFragment | null) ?? purifier.sanitize('', config);
  flatten(body, 0);
  nameLinks(body);
  // Children before their parents, so that a figure whose only paragraph goes is seen without it.
  for (const block of [...body.querySelectorAll('p, figure')].reverse()) {
    const caption = [...block.querySelectorAll('figcaption')].map((c) => c.textContent).join('');
    const shown = block.querySelectorAll('img, video, audio').length;
    if (emptyBlock(block.nodeName, shown, block.textContent, caption)) block.remove();
  }
  if (headingLevel) {
    const headings = [...body.querySelectorAll('h2, h3, h4')];
    const levels = headingLevels(
      headings.map((h) => Number(h.nodeName[1])),
      headingLevel,
    );
    headings.forEach((old, i) => {
      // (Nothing in a sanitised body has a name or an id that could stand for its document's methods.)
      const renamed = body.ownerDocument.createElement(`h${levels[i]}`);
      for (const { name, value } of old.attributes) renamed.setAttribute(name, value);
      renamed.append(...old.childNodes);
      old.replaceWith(renamed);
    });
  }
  return { body, truncated: state.cut };
}

/** {@link sanitizeBody}'s fragment alone. */
export function sanitizeHtml(html: string, baseUrl?: string, options?: SanitizeOptions): DocumentFragment {
  return sanitizeBody(html, baseUrl, options).body;
}
