// Text as real feeds give it: HTML entities in plain-text fields, stray tags, bodies in HTML.
// Pure string functions (no DOM), so they run the same in a browser, a worker or on a server,
// and their cost is linear in what they are given.

/**
 * Named character references real feeds use in text fields. The full HTML table has over two
 * thousand names; feeds use a handful (typographic quotes and dashes, spaces, Latin-1 letters
 * come as numbers or as themselves). An unknown name is left as it is.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  times: '×',
  divide: '÷',
  minus: '−',
  shy: '\u00ad',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  zwj: '\u200d',
  zwnj: '\u200c',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  oacute: 'ó',
  iacute: 'í',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  szlig: 'ß',
  Eacute: 'É',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z][a-zA-Z\d]{1,31}));/g;

/** `&#8211;` → `–`, `&amp;` → `&`; unknown names and invalid code points stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name] ?? whole;
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
  /<\/?(?:a|abbr|b|big|blockquote|br|center|cite|code|dd|del|dfn|div|dl|dt|em|figcaption|figure|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|q|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul|wbr)(?=[\s/>])[^<>]*>/gi;

/** Elements that end a line or a block: their tags become a space, other tags nothing. */
const BREAK =
  /^<\/?(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|img|li|ol|p|pre|section|table|td|th|tr|ul)\b/i;
const replaceTag = (tag: string) => (BREAK.test(tag) ? ' ' : '');

/** Runs of white space as HTML collapses them (a no-break space is not one of them). */
const SPACES = /[ \t\n\r\f]+/g;

/**
 * A plain-text field as shown to a reader: stray tags stripped, entities decoded, runs of
 * white space made one space. The result is text, to be rendered as text.
 */
export function cleanText(text: string): string {
  return decodeEntities(undoubleEscape(text.replace(TAG, replaceTag)))
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

/** Elements whose content is not text a reader sees. */
const HIDDEN = /<(script|style|template|noscript|iframe|object|svg|math|head|title)\b[\s\S]*?<\/\1\s*>/gi;
/** Elements after which text starts afresh: a space keeps their words apart. */
const ANY_TAG = /<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?-->/g;

/** The opening text of an HTML body (its first {@link TEXT_SCAN_CHARS} characters), as plain text. */
export function htmlToText(html: string): string {
  return decodeEntities(html.slice(0, TEXT_SCAN_CHARS).replace(HIDDEN, ' ').replace(ANY_TAG, replaceTag))
    .replace(SPACES, ' ')
    .trim();
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
/** Images this small in either direction are spacers or tracking pixels, not pictures. */
const TINY_PX = 2;

/** Reads one attribute from an HTML start tag: `src="…"`, `src='…'` or `src=…`. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  // Stryker disable next-line StringLiteral: equivalent, unreachable (a match has one of the three groups)
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/**
 * The `src` of the first picture in an HTML body, as written (unresolved): `data:` images,
 * images without a source, and tracking pixels (a `width` or `height` of 2 or less) are
 * skipped. The caller resolves and checks the URL.
 */
export function firstImage(html: string): string | undefined {
  let seen = 0;
  for (const [tag] of html.matchAll(IMG)) {
    if (++seen > IMAGE_SCAN_LIMIT) break;
    const src = attribute(tag, 'src')?.trim();
    if (!src || /^data:/i.test(src)) continue;
    const tiny = ['width', 'height'].some((name) => {
      // Stryker disable next-line StringLiteral: equivalent, no number either way (NaN)
      const size = parseFloat(attribute(tag, name) ?? '');
      return size <= TINY_PX;
    });
    if (!tiny) return src;
  }
  return undefined;
}

/** A stable, short hash of a text (FNV-1a, 32 bits, base 36): the same input, the same id. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
