// The article's sanitiser where there is no DOM for DOMPurify (an edge runtime without jsdom:
// Cloudflare Workers, a Deno or Bun deployment): the same lists (./allowed.ts), rules
// (./rules.ts, ./media.ts) and budget (./body-budget.ts), applied to the tree parse5 builds, and
// written out as markup.
//
// parse5 runs the HTML standard's parsing algorithm (it is jsdom's parser), so its tree is the
// one a browser builds from the same markup: SVG and MathML elements are in their namespaces,
// raw-text elements hold text, tables are fostered. What is kept is then only elements of the
// allow-list in the HTML namespace, none of which reads its content as raw text, and allowed
// attributes, whose values the serialiser quotes and escapes, as it escapes text. Parsed again,
// the markup can at most rearrange those elements; it cannot make other kinds.
import { defaultTreeAdapter, html as spec, parse, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { MAX_BODY_DEPTH, MAX_BODY_NODES, withinBudget, type BodyWalk } from './body-budget.js';
import {
  bodyImage,
  checkAttributes,
  emptyBlock,
  headingLevels,
  hiddenLink,
  linkNaming,
  platformChrome,
  type RuleElement,
} from './rules.js';
import { ARTICLE_CONFIG } from './allowed.js';
import { bodyMedia } from './media.js';
import { playerLink } from './players.js';
import type { ServerBody } from './server-body.js';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;

const listed = (list: unknown) => new Set(list as string[]);
const ALLOWED_TAGS = listed(ARTICLE_CONFIG.ALLOWED_TAGS);
const FORBID_TAGS = listed(ARTICLE_CONFIG.FORBID_TAGS);
const FORBID_CONTENTS = listed(ARTICLE_CONFIG.FORBID_CONTENTS);
const ALLOWED_ATTR = listed(ARTICLE_CONFIG.ALLOWED_ATTR);
const FORBID_ATTR = listed(ARTICLE_CONFIG.FORBID_ATTR);

// DOMPurify's checks of an attribute's value (3.5, not exported): a value that could end a
// comment or a raw-text element if written as XML goes; so does a value other than alt text or
// a title that reads as an address with a scheme DOMPurify does not know. `href` and `src` are
// then held to the stricter safeUrl by checkAttributes.
const VALUE_BREAKOUT = /((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i;
const URI_SAFE = new Set(['alt', 'title']);
const ALLOWED_URI = /^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
// eslint-disable-next-line no-control-regex -- the characters browsers ignore in an address
const ATTR_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;

// DOMPurify's probe for markup (with its `g` flag dropped: DOMPurify's regular expression
// carries where it last matched into the next test, which can only make it find less).
const MARKUP = /<[/\w!]/;

function valueAllowed(name: string, value: string): boolean {
  if (VALUE_BREAKOUT.test(value)) return false;
  return URI_SAFE.has(name) || !value || ALLOWED_URI.test(value.replace(ATTR_WHITESPACE, ''));
}

const isElement = (node: ChildNode): node is Element => 'tagName' in node;

/** Puts `nodes` where `parent`'s child at `index` was. */
function replaceAt(parent: ParentNode, index: number, nodes: ChildNode[]): void {
  for (const node of nodes) node.parentNode = parent;
  parent.childNodes.splice(index, 1, ...nodes);
}

/** A parsed element with the DOM methods the rules use. */
function ruleElement(element: Element): RuleElement {
  const find = (name: string) => element.attrs.find((attr) => attr.name === name);
  return {
    nodeName: element.tagName.toUpperCase(),
    getAttribute: (name) => find(name)?.value ?? null,
    hasAttribute: (name) => find(name) !== undefined,
    setAttribute(name, value) {
      const attr = find(name);
      if (attr) attr.value = value;
      else element.attrs.push({ name, value });
    },
    removeAttribute(name) {
      element.attrs = element.attrs.filter((attr) => attr.name !== name);
    },
    remove: () => defaultTreeAdapter.detachNode(element),
  };
}

/**
 * What becomes of an element, in DOMPurify's order: an image that will not be shown goes first,
 * and an emoji becomes its character ({@link bodyImage}), a video or a sound without an address
 * goes, and one kept loses its children ({@link bodyMedia}), and a link hidden from screen
 * readers ({@link hiddenLink}), then an element holding
 * only text that reads as markup both as text and written out (DOMPurify's guard against
 * markup hidden in text); an element not allowed gives way to its content, unless that is
 * content no article shows (a script's, an SVG's); an element with an `is` attribute goes, as
 * DOMPurify removes it when it returns DOM, as the widgets ask it to.
 */
// Stryker disable StringLiteral: equivalent, whatever is neither 'keep' nor 'unwrap' is dropped
function verdict(node: Element, walk: BodyWalk): 'keep' | 'drop' | 'unwrap' | { text: string } {
  const name = node.tagName;
  const image = name === 'img' && bodyImage(ruleElement(node), walk);
  if (image && image !== 'keep') return image;
  if (name === 'video' || name === 'audio') {
    const sources = elementsIn(node).filter((element) => element.tagName === 'source');
    const addresses = sources.map((source) => ruleElement(source).getAttribute('src'));
    if (bodyMedia(ruleElement(node), addresses, walk) === 'drop') return 'drop';
    node.childNodes = [];
  }
  if (
    (name === 'a' && hiddenLink(ruleElement(node))) ||
    ((name === 'div' || name === 'a') && platformChrome(ruleElement(node)))
  ) {
    return 'drop';
  }
  // (Only text and comments below it: reading them costs no more than their length.)
  if (node.childNodes.length && !node.childNodes.some(isElement)) {
    if (MARKUP.test(textOf(node)) && MARKUP.test(serialize(node))) return 'drop';
  }
  // Stryker disable next-line ConditionalExpression: equivalent while <svg> and <math> go whole, as nothing else opens another namespace; kept as a second wall
  const html = node.namespaceURI === spec.NS.HTML;
  if (!html || !ALLOWED_TAGS.has(name) || FORBID_TAGS.has(name)) {
    return html && !FORBID_CONTENTS.has(name) ? 'unwrap' : 'drop';
  }
  return node.attrs.some((attr) => attr.name === 'is') ? 'drop' : 'keep';
}
// Stryker restore StringLiteral

/**
 * Sanitises `parent`'s children in document order, as DOMPurify's walk does: each node counts
 * against the budget before it is looked at, and the content of an element that gives way is
 * looked at next, where the element was.
 */
function clean(parent: ParentNode, walk: BodyWalk): void {
  for (let index = 0; index < parent.childNodes.length;) {
    const node = parent.childNodes[index];
    const over = ++walk.nodes > MAX_BODY_NODES;
    if (over) walk.cut = true;
    if (!over && node.nodeName === '#text') {
      index++;
      continue;
    }
    // Stryker disable next-line StringLiteral: equivalent, as in verdict()
    const action = over || !isElement(node) ? 'drop' : verdict(node, walk);
    if (typeof action === 'object') {
      // An emoji's character takes its place, as text.
      // (DOMPurify's walk has passed where the character goes: it is not counted.)
      replaceAt(parent, index++, [{ nodeName: '#text', value: action.text, parentNode: parent }]);
      continue;
    }
    // A known player's frame gives way to a link to what it plays, looked at next as any link
    // (DOMPurify's walk comes to the link it is followed by).
    const player =
      action === 'drop' &&
      !over &&
      (node as Element).tagName === 'iframe' &&
      playerLink(ruleElement(node as Element), walk.base);
    if (player) {
      const link = defaultTreeAdapter.createElement('a', spec.NS.HTML, [{ name: 'href', value: player.href }]);
      defaultTreeAdapter.insertText(link, player.text);
      replaceAt(parent, index, [link]);
      continue;
    }
    if (action !== 'keep') {
      replaceAt(parent, index, action === 'unwrap' ? (node as Element).childNodes : []);
      continue;
    }
    const element = node as Element;
    element.attrs = element.attrs
      .map(({ name, value, namespace }) => ({ name, value: value.trim(), namespace }))
      .filter(
        ({ name, value, namespace }) =>
          !namespace && ALLOWED_ATTR.has(name) && !FORBID_ATTR.has(name) && valueAllowed(name, value),
      )
      .map(({ name, value }) => ({ name, value }));
    // Links and images resolve against the body's base (its story's address) and keep only safe
    // schemes (an image without one goes).
    checkAttributes(ruleElement(element), walk.base);
    if (parent.childNodes[index] !== element) continue;
    clean(element, walk);
    index++;
  }
}

const textOf = (node: ChildNode): string =>
  isElement(node) ? node.childNodes.map(textOf).join('') : 'value' in node ? node.value : '';

/** Each element nested deeper than MAX_BODY_DEPTH becomes its text (../body-budget.ts's `flatten`). */
function flatten(parent: ParentNode, depth: number): void {
  parent.childNodes.forEach((child, index) => {
    if (!isElement(child)) return;
    if (depth < MAX_BODY_DEPTH) flatten(child, depth + 1);
    else replaceAt(parent, index, [{ nodeName: '#text', value: textOf(child) || ' ', parentNode: parent }]);
  });
}

/** Every element under `parent`, in document order. */
const elementsIn = (parent: ParentNode): Element[] =>
  parent.childNodes.filter(isElement).flatMap((child) => [child, ...elementsIn(child)]);

/**
 * The markup parsed as DOMPurify has the browser parse it: as a whole document, without
 * scripting, giving the body, with the leading white space the document parser drops put back.
 * What opens a document in its head (a `<style>`, a `<meta>`, a `<title>`) stays there, out of
 * the body.
 */
function parsed(markup: string): ParentNode {
  const document = parse(markup, { scriptingEnabled: false });
  const named = (nodes: ChildNode[], name: string) => nodes.find((node) => isElement(node) && node.tagName === name);
  const root = named(document.childNodes, 'html') as Element;
  // A frameset document has no body, and nothing of it is shown (DOMPurify gives null for it).
  const body = named(root.childNodes, 'body') as Element | undefined;
  if (!body) return defaultTreeAdapter.createDocumentFragment();
  const leading = /^[\r\n\t ]+/.exec(markup);
  if (leading) body.childNodes.unshift({ nodeName: '#text', value: leading[0], parentNode: body });
  return body;
}

/**
 * Untrusted HTML from a feed → safe HTML, without a DOM: what {@link sanitizeBody} keeps of a
 * body (../sanitize/html.ts), written as markup, with whether it was cut and its images' URLs.
 */
export function sanitizeMarkup(
  html: string,
  baseUrl?: string,
  { images = true, headingLevel }: { images?: boolean; headingLevel?: number } = {},
): ServerBody {
  const { markup, cut } = withinBudget(html);
  const body = parsed(markup);
  // DOMPurify counts the <body> it parses into among the body's nodes: so does this.
  const walk: BodyWalk = { base: baseUrl, images, nodes: 1, imageCount: 0, cut };
  clean(body, walk);
  flatten(body, 0);
  // One walk finds both: a link that gives way leaves its pictures where they were.
  const elements = elementsIn(body);
  const pictures = (within: Element[]) => within.filter((element) => element.tagName === 'img').map(ruleElement);
  const shown = (within: Element[]) => within.filter((element) => /^(?:img|video|audio)$/.test(element.tagName)).length;
  for (const link of elements.filter((element) => element.tagName === 'a')) {
    const rule = ruleElement(link);
    // Stryker disable next-line StringLiteral: equivalent, every picture kept has an alt (checkAttributes)
    const alts = pictures(elementsIn(link)).map((img) => img.getAttribute('alt') ?? '');
    const naming = linkNaming(textOf(link), alts, rule.getAttribute('href'));
    if (naming === 'unwrap') replaceAt(link.parentNode!, link.parentNode!.childNodes.indexOf(link), link.childNodes);
    else if (naming !== 'keep') rule.setAttribute('aria-label', naming.label);
  }
  // Blocks left with nothing to read or see go, children before their parents (emptyBlock).
  // Paragraphs and figures only, as the DOM sanitiser looks at them, each subtree walked once.
  const blocks = elementsIn(body).filter((element) => element.tagName === 'p' || element.tagName === 'figure');
  for (const block of blocks.reverse()) {
    const inside = elementsIn(block);
    const captions = inside.filter((element) => element.tagName === 'figcaption').map(textOf);
    if (emptyBlock(block.tagName.toUpperCase(), shown(inside), textOf(block), captions.join(''))) {
      defaultTreeAdapter.detachNode(block);
    }
  }
  if (headingLevel) {
    // The headings take the levels below the headline's (headingLevels).
    const headings = elementsIn(body).filter((element) => /^h[2-4]$/.test(element.tagName));
    const levels = headingLevels(
      headings.map((h) => Number(h.tagName[1])),
      headingLevel,
    );
    headings.forEach((h, i) => (h.tagName = h.nodeName = `h${levels[i]}`));
  }
  // One walk of what is left finds the pictures and the videos and sounds.
  const kept = elementsIn(body);
  // Stryker disable next-line StringLiteral: equivalent, every picture kept has a src (checkAttributes)
  const srcs = pictures(kept).map((img) => img.getAttribute('src') ?? '');
  const media = kept
    .filter((element) => element.tagName === 'video' || element.tagName === 'audio')
    .map((element) => ruleElement(element).getAttribute('src') ?? '');
  return { html: serialize(body), truncated: walk.cut, images: srcs, media };
}
