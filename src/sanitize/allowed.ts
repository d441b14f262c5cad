// The tags and attributes an article body keeps: DOMPurify's configuration, which the sanitiser
// without a DOM (./markup.ts) reads as well. The rules applied around DOMPurify's checks are
// ./rules.ts's.
import type { Config } from 'dompurify';

/**
 * Elements a news article body may contain: paragraphs, h2–h4, lists, quotes, figures and
 * images, video and audio (in the browser's own player: ./media.ts), links, emphasis,
 * line breaks and rules, code, tables. Any other element is
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
  'video',
  'audio',
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
  // Stryker disable next-line StringLiteral: equivalent, DOMPurify allows tbody wherever it allows table
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
];

/**
 * Attributes kept on those elements. `href` (links), `src` (images, video and audio) and
 * `poster` (video) are checked by {@link safeUrl}.
 */
const ALLOWED_ATTR = [
  'href',
  'src',
  'poster',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'lang',
  'dir',
];

// Stryker disable all: equivalent while the lists above leave these out, which is what they guard against
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
// Stryker restore all

/**
 * Elements removed with their content, not just their tags: DOMPurify's own list (3.5), written
 * out so that the sanitiser without a DOM (./markup.ts) removes the same, and a button, whose
 * words are a page's controls, never the story's (Ghost's video player's `1×`, a form's
 * "Subscribe").
 */
const FORBID_CONTENTS = [
  'annotation-xml',
  'audio',
  'button',
  'colgroup',
  'desc',
  'foreignobject',
  'head',
  'iframe',
  'math',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'script',
  'selectedcontent',
  'style',
  'svg',
  'template',
  'thead',
  'title',
  'video',
  'xmp',
];

/** DOMPurify's configuration for an article body (the sanitiser adds its Trusted Types policy). */
export const ARTICLE_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  FORBID_TAGS,
  FORBID_ATTR,
  FORBID_CONTENTS,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Stryker disable next-line BooleanLiteral: equivalent, href and src, the only URL attributes kept, go through safeUrl
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
};
