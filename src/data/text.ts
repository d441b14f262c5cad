// Text as real feeds give it: HTML entities in plain-text fields, stray tags, bodies in HTML.
// Pure string functions (no DOM), so they run the same in a browser, a worker or on a server,
// and their cost is linear in what they are given.

/**
 * Named character references real feeds use in text fields. The full HTML table has over two
 * thousand names; feeds use a few dozen: typographic quotes, dashes and spaces, symbols, and the
 * Latin-1 letters European publishers escape (`&ograve;`), which {@link LETTER} composes. An
 * unknown name is left as it is.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  bdquo: '„',
  lsaquo: '‹',
  rsaquo: '›',
  bull: '•',
  euro: '€',
  trade: '™',
  minus: '−',
  times: '×',
  divide: '÷',
  infin: '∞',
  larr: '←',
  rarr: '→',
  dagger: '†',
  permil: '‰',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  zwj: '\u200d',
  zwnj: '\u200c',
  lrm: '\u200e',
  rlm: '\u200f',
  szlig: 'ß',
  AElig: 'Æ',
  aelig: 'æ',
  OElig: 'Œ',
  oelig: 'œ',
  Oslash: 'Ø',
  oslash: 'ø',
  ETH: 'Ð',
  eth: 'ð',
  THORN: 'Þ',
  thorn: 'þ',
};

/** Latin-1's symbols, U+00A0 to U+00BF, by their names in that order. */
'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest'
  .split(' ')
  .forEach((name, i) => (NAMED[name] = String.fromCharCode(0xa0 + i)));

/** A letter with an accent (`eacute`, `Ccedil`, `scaron`): the letter and the accent's combining mark. */
const LETTER = /^([a-zA-Z])(grave|acute|circ|tilde|uml|ring|cedil|caron)$/;
const MARKS: Record<string, string> = {
  grave: '\u0300',
  acute: '\u0301',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  cedil: '\u0327',
  caron: '\u030c',
};

/** The character a name stands for, or undefined for a name this does not know. */
function named(name: string): string | undefined {
  if (Object.hasOwn(NAMED, name)) return NAMED[name];
  // Stryker disable next-line ArrayDeclaration: equivalent, no letter either way
  const [, letter, mark] = LETTER.exec(name) ?? [];
  // Only a letter that has a character of its own with that accent: `&xgrave;` is no entity.
  const composed = letter && `${letter}${MARKS[mark]}`.normalize('NFC');
  return composed && composed.length === 1 ? composed : undefined;
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z][a-zA-Z\d]{1,31}));/g;

/** `&#8211;` → `–`, `&amp;` → `&`; unknown names and invalid code points stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name) return named(name) ?? whole;
    const code = decimal ? Number(decimal) : parseInt(hex!, 16);
    // NUL, surrogates and beyond Unicode are not characters; HTML maps them to U+FFFD.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * HTML element names: a `<` followed by one of these is a tag to strip from a text field, while
 * `Vector<T>` or `a < b` are left alone.
 */
const TAG =
  /<\/?(?:a|abbr|audio|b|big|blockquote|br|center|cite|code|dd|del|dfn|div|dl|dt|em|figcaption|figure|font|h[1-6]|hr|i|iframe|img|ins|kbd|li|mark|noscript|ol|p|pre|q|s|script|small|source|span|strike|strong|style|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul|video|wbr)(?=[\s/>])[^<>]*>/gi;

/** Elements that end a line or a block: their tags become a space, other tags nothing. */
const BREAK =
  /^<\/?(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|img|li|ol|p|pre|section|table|td|th|tr|ul)\b/i;
const replaceTag = (tag: string) => (BREAK.test(tag) ? ' ' : '');

/** A script or style sheet in a text field: gone whole, as its code is no text (in one pass: its content has no `<`). */
const CODE = /<(script|style)\b[^<>]*>[^<]*<\/\1\s*>/gi;

/** Runs of white space as HTML collapses them (a no-break space is not one of them). */
const SPACES = /[ \t\n\r\f]+/g;

/**
 * A plain-text field as shown to a reader: stray tags stripped, entities decoded, runs of
 * white space made one space. The result is text, to be rendered as text.
 */
export function cleanText(text: string): string {
  return decodeEntities(undoubleEscape(text.replace(CODE, '').replace(TAG, replaceTag)))
    .replace(SPACES, ' ')
    .trim();
}

/**
 * `&amp;#8217;` → `&#8217;`: publishers (WordPress above all) often escape a reference twice,
 * and a reader would see `&#8217;`. Used on text fields and HTML bodies alike: it only ever
 * turns one escaped reference into that reference, so the markup it yields is no different.
 */
export function undoubleEscape(text: string): string {
  return text.replace(/&amp;(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{1,31});/g, '&$1;');
}

/** How much of an HTML body is read to find its opening text: enough for a headline and an excerpt. */
const TEXT_SCAN_CHARS = 8_000;

/**
 * Elements whose content is not the story's text: not seen at all (a video's fallback, WordPress's
 * link to the file), or (a figure's caption, The Verge's "Illustration by Alex Castro / The
 * Verge") not the opening an excerpt should start with;
 * and a link hidden from screen readers, a heading's permalink (Eleventy's `<a class="direct-link"
 * aria-hidden="true">#</a>`).
 */
const HIDDEN =
  /<(script|style|template|noscript|iframe|object|video|audio|svg|math|head|title|figcaption)\b[\s\S]*?<\/\1\s*>|<a\s[^<>]*aria-hidden=["']?true[^<>]*>[^<]*<\/a>/gi;
/**
 * Tags, declarations (docc's bodies are whole pages, `<!DOCTYPE html>` first) and comments, also
 * one cut off unclosed, by the publisher (an Israeli blog's
 * `<A href="http://he.wikipedia.o...` before its next tag) or by {@link TEXT_SCAN_CHARS}.
 */
const ANY_TAG = /<[/!]?[a-zA-Z][^<>]*(?:>|$|(?=<))|<!--[\s\S]*?(?:-->|$)/g;

/** The opening text of an HTML body (its first {@link TEXT_SCAN_CHARS} characters), as plain text. */
export function htmlToText(html: string): string {
  return (
    decodeEntities(html.slice(0, TEXT_SCAN_CHARS).replace(HIDDEN, ' ').replace(ANY_TAG, replaceTag))
      .replace(SPACES, ' ')
      // A spacer paragraph's no-break space between two others (`<p>&nbsp;</p>`) is one space.
      .replace(/ ?\u00a0(?: ?\u00a0)* /g, ' ')
      .trim()
  );
}

/**
 * The first `length` characters of a text, cut at a word boundary with an ellipsis when cut.
 * A text with no space in its second half (a long URL, or a language without spaces) is cut
 * at the length.
 */
export function cutText(text: string, length: number): string {
  // Only the opening matters: a few times the length, before spaces are collapsed, keeps the
  // cost the same for a 5 MB body as for a short one.
  const read = length * 8 + 64;
  const flat = text.slice(0, read).replace(SPACES, ' ').trim();
  // Count characters, not UTF-16 units, so an emoji is never split in two.
  // Stryker disable next-line MethodExpression: equivalent, it only bounds the work (more than `length` either way)
  const chars = Array.from(flat.slice(0, length * 2 + 2));
  if (chars.length <= length) return text.slice(read).trim() ? `${flat}…` : flat;
  const cut = chars.slice(0, length).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

const IMG = /<img\b[^<>]*>/gi;
/** The number of images looked at in a body before giving up. */
const IMAGE_SCAN_LIMIT = 20;
/**
 * Images no larger than this in every size they state (in pixels) are icons and smileys, not
 * pictures: the bound of an RSS item's media (./xml-picture.ts) too. A teaser 100 by 55 is a
 * picture; a forum's 64 by 64 category icon is not.
 */
export const ICON_PX = 64;
/** Images this thin in either direction are spacers, rules or tracking pixels. */
const TINY_PX = 2;
/**
 * Addresses of images that are never a story's picture: FeedBurner's share buttons and
 * counters, avatars (Google's profile photos, `…/AAAAAAAAAAI/…/s72-c/photo.jpg`, which Blogger
 * crops for a post whose only picture is its byline's), emoji (WordPress.com's `wpcom-smileys/twemoji/…`), spacers (Ghost's video
 * poster, `img.spacergif.org/v1/1242x619/0a/spacer.png`), tracking pixels (NPR's `…/images/tracking/npr-rss-pixel.png`,
 * WordPress.com's `pixel.wp.com`, Matomo's `…?idsite=8&action_name=…`), and icons named as such
 * (`twitter_icon_large.png`, a forum's `filetype/jpg.gif`, 3960.org's `favicon-192x192.png`),
 * which bodies give without a size.
 */
const NOT_A_PICTURE =
  /\/(?:feeds\.feedburner\.com|feedproxy\.google\.com|[\w.-]*gravatar\.com)\/|\/(?:emoji|twemoji|smilies|filetype|tracking)\/|\/\/pixel\.|[/_-]pixel\.(?:png|gif)\b|(?:[a-z\d][_-]icon(?:[_-](?:large|small|\d+))?\.(?:png|gif|svg)|favicon)\b|(?:^|\/)spacer\.(?:gif|png)\b|\/AAAAAAAAAAI\/|[?&]idsite=/i;

/** Whether an image address can be a story's picture (not a button, avatar or icon by its address). */
export const isPictureAddress = (url: string) => !NOT_A_PICTURE.test(url);

/**
 * A `width` or `height` in pixels, as HTML reads the attribute: white space, a number, and
 * whatever follows ignored (`16`, `16px`, ` 16.5`, `16x16`); undefined for a percentage, which
 * says nothing of the picture's own size, or for no number.
 */
// Stryker disable StringLiteral,ArrayDeclaration: equivalent, no number either way
function pixels(value = ''): number | undefined {
  const [, size, percent] = /^\s*(\d+(?:\.\d+)?)(%?)/.exec(value) ?? [];
  // Stryker restore StringLiteral,ArrayDeclaration
  return size && !percent ? Number(size) : undefined;
}

/** Reads one attribute from an HTML start tag: `src="…"`, `src='…'` or `src=…`. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  // Stryker disable next-line StringLiteral: equivalent, unreachable (a match has one of the three groups)
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/**
 * The `src` of each picture in an HTML body (of its first {@link IMAGE_SCAN_LIMIT} images), as
 * written (unresolved), or a lazy-loaded one's `data-src`: `data:` images, images without a
 * source (or with `undefined` for one), tracking pixels ({@link TINY_PX}), icons and smileys (at
 * most {@link ICON_PX} in every size stated), and buttons and icons known by their address
 * ({@link NOT_A_PICTURE}) are skipped. The caller resolves and checks the URL.
 */
export function pictures(html: string): string[] {
  const found: string[] = [];
  let seen = 0;
  for (const [tag] of html.matchAll(IMG)) {
    if (++seen > IMAGE_SCAN_LIMIT) break;
    let src = attribute(tag, 'src')?.trim();
    // A lazy-loaded picture's address (as the sanitiser's `unlazy` reads it).
    if (!src || /^data:/i.test(src)) src = attribute(tag, 'data-src') ?? attribute(tag, 'data-lazy-src') ?? src;
    // NPR writes `src='undefined'` where its CMS had no picture.
    if (!src || /^(?:data:|undefined$|null$)/i.test(src) || !isPictureAddress(src)) continue;
    const sizes = ['width', 'height'].map((name) => pixels(attribute(tag, name))).filter((size) => size !== undefined);
    const small = sizes.some((size) => size <= TINY_PX) || (sizes.length > 0 && sizes.every((size) => size <= ICON_PX));
    if (!small) found.push(src);
  }
  return found;
}

/** The first of a body's {@link pictures}. */
export const firstImage = (html: string): string | undefined => pictures(html)[0];

/**
 * A text's letters and digits alone, in lower case: what two texts have in common when one is the
 * other with other quotes, spaces or punctuation (`Kharge rally, Nadda reacts` and `Kharge rally
 * Nadda reacts`; `Womply's` and `Womply’s`).
 */
// Stryker disable next-line MethodExpression,Regex: equivalent, both texts are compared in the same case, and each character or run goes
export const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A stable, short hash of a text (FNV-1a, 32 bits, base 36): the same input, the same id. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
