// What a news article body may hold, element by element: the rules for links, images, video and
// audio applied around DOMPurify's checks (the tags and attributes it keeps are ./allowed.ts's).
// The sanitiser itself, which runs them on one body at a time, is ./html.ts.
import { isPictureAddress } from '../data/text.js';
import { MAX_BODY_IMAGES, type BodyWalk } from './body-budget.js';
import { checkMedia } from './media.js';
import { safeUrl } from './url.js';

/**
 * What the rules below read and change of an element: a DOM element's methods, which the
 * DOM-free sanitiser (./markup.ts) gives its parsed elements too.
 */
export type RuleElement = Pick<
  Element,
  'nodeName' | 'getAttribute' | 'setAttribute' | 'removeAttribute' | 'hasAttribute' | 'remove'
>;

/**
 * A lazy-loaded picture's address as its `src`: lozad's and lazysizes' `data-src`, WP Rocket's
 * `data-lazy-src`, where it has no `src` or a `data:` placeholder (Swift by Sundell's Jekyll
 * theme: `<img class="lozad" data-src="…">`). Its address is then checked like any other.
 */
export function unlazy(img: RuleElement): void {
  const lazy = img.getAttribute('data-src') ?? img.getAttribute('data-lazy-src');
  if (lazy && /^\s*(data:|$)/i.test(img.getAttribute('src') ?? '')) img.setAttribute('src', lazy);
}

/**
 * What a platform draws around a story, which is not the story, and goes with its content (a
 * `div`, a link or an image of these classes): the controls of its own player around a `<video>`
 * or `<audio>` (the body keeps the browser's): Ghost's `<div class="kg-video-player">` with its
 * times as text (`0:00 /0:32`) and buttons; Ghost's call to readers to become members (`<div
 * class="kg-card kg-cta-card">`: "YOUR support keeps us going… Join It's FOSS Plus"), which the
 * site shows only to those who are not; and HubSpot's calls to action, banners that link to its
 * offers (`<a class="cta_button"><img class="hs-cta-img" alt="Download our free guide…">`), in
 * the middle and at the end of every story of its blogs.
 */
export const platformChrome = (el: RuleElement) =>
  /(?:^|\s)(?:kg-(?:video-player|audio-player|cta-card)|cta_button|hs-cta-img)(?:\s|$)/.test(
    el.getAttribute('class') ?? '',
  );

/**
 * A link hidden from screen readers: a heading's permalink (Eleventy's `<a class="direct-link"
 * aria-hidden="true">#</a>`), which means nothing in a widget and goes whole, as it does from
 * the excerpt (../data/text.ts).
 */
// Stryker disable next-line StringLiteral: equivalent, no attribute is `true` either way
export const hiddenLink = (el: RuleElement) => /^\s*true\s*$/i.test(el.getAttribute('aria-hidden') ?? '');

/** An image with a `width` or `height` attribute this small is a tracking pixel, and is removed. */
const PIXEL_SIZE = 2;

/**
 * An image's size attributes: `[width, height]` when both are whole numbers, `[]` when they
 * reserve no aspect ratio, `undefined` for a tracking pixel (either of them 2 or less).
 */
export function imageSize(img: RuleElement): [number, number] | [] | undefined {
  const [width, height] = ['width', 'height'].map((name) => {
    // Stryker disable next-line StringLiteral: equivalent, a missing size parses as NaN from any text without a number
    const value = img.getAttribute(name)?.trim() ?? '';
    // Pixels, read as the HTML parser reads them ("1px" as 1); a percentage is no size.
    return value.endsWith('%') ? NaN : parseFloat(value);
  });
  if (width <= PIXEL_SIZE || height <= PIXEL_SIZE) return undefined;
  return Number.isInteger(width) && Number.isInteger(height) ? [width, height] : [];
}

/**
 * An image that stands for a character: WordPress's emoji (`<img class="wp-smiley" alt="😉"
 * src="…/72x72/1f609.png">`, which its stylesheet draws 1em high), or any of an `emoji` class or
 * from an emoji set. Its alt text, so that it reads as the character it is rather than a picture
 * 72 pixels high in a line of text; undefined for any other image.
 */
export function emojiText(img: RuleElement): string | undefined {
  const alt = img.getAttribute('alt')?.trim();
  return alt &&
    (/(?:^|\s)(?:wp-smiley|emoji)(?:\s|$)/i.test(img.getAttribute('class') ?? '') ||
      /\/(?:emoji|twemoji|smilies)\//i.test(img.getAttribute('src') ?? ''))
    ? alt
    : undefined;
}

/**
 * What becomes of a body's image, before its attributes are checked: its alt text for an emoji
 * ({@link emojiText}); nothing for one the article does not show: any when pictures are off, a
 * tracking pixel, one whose address is a button's, a counter's, an avatar's or an icon's (the
 * address test that keeps them from being a story's picture: FeedBurner's share buttons end
 * every story of a feed with them), a platform's banner ({@link platformChrome}), or one past
 * {@link MAX_BODY_IMAGES}. Only the images kept count against that.
 */
export function bodyImage(img: RuleElement, walk: BodyWalk): 'keep' | 'drop' | { text: string } {
  unlazy(img);
  const text = emojiText(img);
  if (text) return { text };
  if (platformChrome(img)) return 'drop';
  return walk.images &&
    imageSize(img) &&
    isPictureAddress(img.getAttribute('src') ?? '') &&
    ++walk.imageCount <= MAX_BODY_IMAGES
    ? 'keep'
    : 'drop';
}

/**
 * Attributes that mean nothing on an element, by element: a URL goes through only where it
 * means something (a link's `href`, a picture's, a video's or a sound's `src`, a video's
 * `poster`), and neither a link, a sound nor a rule, table or cell may set its own size (only
 * the column decides). Other elements lose all five.
 */
const MEANINGLESS: Record<string, string[]> = {
  A: ['src', 'poster', 'width', 'height'],
  IMG: ['href', 'poster'],
  VIDEO: ['href'],
  AUDIO: ['href', 'poster', 'width', 'height'],
};

/**
 * An element's attributes after DOMPurify kept them: links, images, video and audio resolve
 * against the body's base (`base`: its story's address or the feed's, not the host page) and
 * keep only safe schemes; an image, a video or a sound without a safe `src` is removed. A video
 * or a sound plays in the browser's player, which loads nothing until the reader presses play.
 */
export function checkAttributes(node: RuleElement, base: string | undefined): void {
  const name = node.nodeName;
  for (const attribute of MEANINGLESS[name] ?? ['href', 'src', 'poster', 'width', 'height']) {
    node.removeAttribute(attribute);
  }
  if (name === 'VIDEO' || name === 'AUDIO') {
    checkMedia(node, base, imageSize(node));
    return;
  }
  if (name === 'A') {
    const href = safeUrl(node.getAttribute('href'), base, 'link');
    if (href) {
      node.setAttribute('href', href);
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    } else {
      node.removeAttribute('href');
    }
  } else if (name === 'IMG') {
    const src = safeUrl(node.getAttribute('src'), base);
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
  }
}

/**
 * Every link keeps a name a screen reader can say: a link around nothing is dropped (`'unwrap'`:
 * its content stays), and a link around a picture without alt text is named after the site it
 * goes to. Given the link's text, its pictures' alt texts and its address.
 */
export function linkNaming(text: string, alts: string[], href: string | null): 'keep' | 'unwrap' | { label: string } {
  // Stryker disable next-line MethodExpression: equivalent, DOMPurify has trimmed every attribute value by now
  if (text.trim() || alts.some((alt) => alt.trim())) return 'keep';
  if (!alts.length || !href) return 'unwrap';
  return { label: new URL(href).hostname || href };
}

/**
 * Whether a block has nothing left to read or see once sanitised, and goes: a paragraph with no
 * text and no picture, video or sound (`pictures`: how many it holds; a spacer's
 * `<p>&nbsp;</p>`, or what a pixel or a frame left), or a figure with none of them and no text
 * but its caption's (the caption of a frame that is gone).
 */
export const emptyBlock = (name: string, pictures: number, text: string, caption: string) =>
  !pictures && (name === 'P' ? !text.trim() : name === 'FIGURE' && text.trim() === caption.trim());

/**
 * The levels a body's headings take under its article's headline (`headline`, 1 to 6), given
 * theirs in the order they come: the highest level the body uses one below the headline, each
 * next level it uses one further down, to 6 at most; and no heading more than one level below
 * the one before it (Medium's bodies open with an `<h4>` subtitle, right under the article's
 * `<h2>`, before their `<h3>` sections), so that none stands beside the headline and no level
 * is skipped.
 */
export function headingLevels(used: number[], headline: number): number[] {
  const ranks = [...new Set(used)].sort();
  let previous = headline;
  return used.map((level) => (previous = Math.min(6, headline + 1 + ranks.indexOf(level), previous + 1)));
}

/** {@link linkNaming} on every link of a sanitised fragment. */
export function nameLinks(fragment: DocumentFragment): DocumentFragment {
  for (const link of fragment.querySelectorAll('a')) {
    const alts = [...link.querySelectorAll('img')].map((img) => img.alt);
    const naming = linkNaming(link.textContent, alts, link.getAttribute('href'));
    if (naming === 'unwrap') link.replaceWith(...link.childNodes);
    else if (naming !== 'keep') link.setAttribute('aria-label', naming.label);
  }
  return fragment;
}
