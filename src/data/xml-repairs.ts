// What the RSS and Atom readers (./xml.ts, ./xml-atom.ts) take out of or undo in what a
// publisher's platform adds to every item: trailers on the body, a credit repeated in a caption,
// redirects for links and links without a scheme, machine tags, an aggregator's publisher names
// and lists of coverage. Each is recognised by its exact shape, and only looks at a bounded part
// of its input.

import { decodeEntities, letters } from './text.js';

/**
 * How much of a body's end is searched for a trailer: Reddit's is some 400 characters with the
 * addresses it links, and the address of a link post's story can be long.
 */
const TAIL_CHARS = 4_000;

/**
 * The end of a body, where a trailer is: only closing tags after it, white space, and images
 * (FeedBurner's tracking pixel follows Yoast's trailer).
 */
const END = String.raw`(?=(?:\s|</\w+>|<img\b[^<>]*>)*$)`;

/**
 * Reddit's trailer on every post: `submitted by /u/NAME [to r/SUB] <br/> [link] [comments]`, with
 * `&#32;` between: the whole body of a link post, whose excerpt was only those words. The author
 * is in the entry's `author` already. Only before closing tags (a link post's thumbnail is a
 * table around it).
 */
const REDDIT = new RegExp(
  String.raw`submitted by[^<>]*<a href="[^"]*reddit\.com/user/[^"]*">[^<>]*</a>[^<>]*(?:<a href="[^"]*reddit\.com/r/[^"]*">[^<>]*</a>\s*)?<br\s*/?>\s*<span><a href="[^"]*">\[link\]</a></span>[^<>]*<span><a href="[^"]*reddit\.com/r/[^"]*">\[comments\]</a></span>${END}`,
);

/** A link's text, and any markup in it but another link (Wired's titles have `<em>`). */
const TEXT = String.raw`(?:[^<]|<(?!/?a\b))*`;

/**
 * The credit Yoast SEO adds to WordPress feeds, as a last paragraph: `<p>The post <a …>Title</a>
 * appeared first on <a …>Site</a>.</p>` (9to5Mac, Purism, Utusan Malaysia), or in the site's
 * language: `Der Beitrag … erschien zuerst auf …`, `L’article … est apparu en premier sur …`.
 * Without the paragraph (Wired's descriptions: `…like it or not. The post <a …>…</a> appeared
 * first on <a …>WIRED</a>.`), only from its opening words, Yoast's own (French and Italian with
 * their apostrophe as it is or as an entity), so that none of the text before it goes too.
 */
const LINK = String.raw`<a\s[^<>]*>${TEXT}</a>`;
const CREDIT = String.raw`${LINK}\s+(?:appeared first on|erschien zuerst auf|est apparu en premier sur|se publicó primero en|apareció primero en|sembra essere il primo su|apareceu primeiro em|verscheen eerst op)\s+${LINK}\.?`;
const YOAST = new RegExp(
  String.raw`(?:<p>[^<>]{0,20}${CREDIT}\s*</p>|\b(?:The post|Der Beitrag|La entrada|O post|Het bericht|L\S{1,7}articl[eo])\s+${CREDIT})${END}`,
);

/**
 * Mashable's list of the story's topics after the body, as bare text: `More about <a …>Apps And
 * Software</a>, <a …>Tech</a>, and <a …>Apps Software</a>` (the widgets show the tags).
 */
const MORE_ABOUT = new RegExp(String.raw`\bMore about\s+${LINK}(?:\s*,?\s*(?:and\s+)?${LINK})*${END}`);

/**
 * Slashdot's trailer on every story: its share buttons (two linked icons in a `share_submission`
 * box, inside a paragraph), `<p><a …>Read more of this story</a> at Slashdot.</p>`, and the
 * comment box's frame, which the sanitiser would drop. The share box only before the rest.
 */
const SLASHDOT = new RegExp(
  String.raw`(?:<p>\s*<div class="share_submission"[^<>]*>(?:\s|<a\s[^<>]*>\s*<img\s[^<>]*>\s*</a>)*</div>\s*</p>\s*)?<p><a\s[^<>]*>Read more of this story</a> at Slashdot\.</p>\s*(?:<iframe\s[^<>]*>\s*</iframe>)?${END}`,
);

/**
 * hnrss's trailer on every Hacker News story: `<p>Article URL: <a …>…</a></p> <p>Comments URL: <a
 * …>…</a></p> <p>Points: 1</p> <p># Comments: 0</p>`, the whole description of a link, and
 * after an Ask HN's or Show HN's own text below a rule: numbers and addresses, no summary.
 */
const HNRSS = new RegExp(
  String.raw`(?:<hr\s*/?>\s*)?(?:<p>Article URL: ${LINK}</p>\s*)?<p>Comments URL: ${LINK}</p>\s*<p>Points: \d+</p>\s*<p># Comments: \d+</p>${END}`,
);

/**
 * Medium's trailer on every story of a publication: `<hr><p><a …>Title</a> was originally
 * published in <a …>Publication</a> on Medium, where people are continuing the conversation by
 * highlighting and responding to this story.</p>`.
 */
const MEDIUM = new RegExp(
  String.raw`(?:<hr\s*/?>\s*)?<p>${LINK}\s+was originally published in\s+${LINK}\s+on Medium, where people are continuing the conversation by[^<>]*</p>${END}`,
);

/**
 * A last link that only says there is more (`Read more`, `Continue reading »`, `Weiterlesen`,
 * `Läs vidare`, `Читать далее`, Medium's `Continue reading on Medium »`), at the end of the body
 * or of its last paragraph: the widget links the story itself. An arrow may follow the words, in
 * a span of its own (a WordPress theme's `Läs vidare <span class="meta-nav">&#8594;</span>`). A
 * link of a read-more class, whatever it says: Ittefaq's `<a class="more_link" …>বিস্তারিত</a>`
 * ("details"), DC Rainmaker's `<a class="read_more" …>Read More Here <span …>&#8594;</span></a>`.
 * Its paragraph too, if that holds nothing else, and a rule just before (BuzzFeed: `<hr /><p><a
 * href="…">View Entire Post &rsaquo;</a></p>`; WordPress's `<a class="more-link">more…</a>`,
 * before Yoast's credit).
 */
const MORE = String.raw`<a\s(?:(?:[^<>]*\s)?class\s*=\s*["']?[^"'<>]*(?:more[-_]link|read[-_]more)[^<>]*>${TEXT}|[^<>]*>\s*(?:view entire post|read more(?: here)?|more|continue reading(?: on medium)?|keep reading|read the rest|read (?:the )?(?:full|whole) (?:story|article|post)|weiterlesen|mehr lesen|lire la suite|leer más|seguir leyendo|leggi tutto|continua a leggere|ler mais|continuar lendo|lees meer|verder lezen|читать далее|подробнее|devamını oku|続きを読む|더보기|阅读全文|查看全文|اقرأ المزيد|ادامه مطلب|המשך קריאה|বিস্তারিত|läs vidare|läs mer|læs mere|læs videre|les mer|les videre|lue lisää)(?:\s|&#?\w+;|[.»›→…]|<span\b[^<>]*>(?:\s|&#?\w+;|[.»›→…])*</span>)*)</a>`;
const READ_MORE = new RegExp(String.raw`(?:<hr\s*/?>\s*)?(?:<p\b[^<>]*>\s*${MORE}\s*</p>|${MORE})${END}`, 'i');

/**
 * A body with no block of its own but blank lines between its paragraphs, in paragraphs: what
 * is left of Slashdot's descriptions once their trailer is out is bare text, its paragraphs
 * apart by blank lines, which HTML would run together. A body with any block is as it is.
 */
export function paragraphs(html: string): string {
  if (/<\/?(?:p|div|br|hr|ul|ol|li|dl|h[1-6]|blockquote|pre|table|figure|section|article|aside)\b/i.test(html))
    return html;
  // From a line break only, so that a long run of spaces is read once. The body is trimmed
  // (trimTrailers), so no part is empty.
  const parts = html.split(/\n[^\S\n]*\n\s*/).map((part) => part.trimEnd());
  return parts.length > 1 ? parts.map((part) => `<p>${part}</p>`).join('') : html;
}

/**
 * A picture's caption, its description and credit (`media:description`, `media:credit`), without
 * the credit where the description ends with it already: RND's `…Trainer Bo Svensson. Carmen
 * Jaspersen`, by `Carmen Jaspersen`. Compared by their words, whatever spaces and punctuation
 * are around them.
 */
export function credited([description, credit]: (string | undefined)[]): string | undefined {
  // Stryker disable next-line StringLiteral: not worth a test, no words either way (but for a credit of the mutant's own words)
  const words = (value = '') => ` ${value} `.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ');
  const repeated = words(description).endsWith(words(credit));
  return [description, repeated ? undefined : credit].filter(Boolean).join(' — ') || undefined;
}

/**
 * WordPress's mark of an excerpt cut short, `[…]` (as `[&#8230;]`, `[&hellip;]` or `[...]`), at
 * the end: the ellipsis a card writes itself, without its brackets.
 */
const WORDPRESS_MORE = new RegExp(String.raw`\s*\[(?:…|&#8230;|&hellip;|\.\.\.)\]${END}`);

/**
 * Cuts one trailer from the end of a body, with Reddit's spacers before it, or puts `by` in its
 * place; the rest stays.
 */
function cut(html: string, trailer: RegExp, by = ''): string {
  const start = Math.max(0, html.length - TAIL_CHARS);
  const found = trailer.exec(html.slice(start));
  if (!found) return html;
  let kept = html.slice(0, start + found.index).trimEnd();
  while (kept.endsWith('&#32;')) kept = kept.slice(0, -5).trimEnd();
  return kept + by + html.slice(start + found.index + found[0].length);
}

/** An HTML body or description without the trailers above; undefined if nothing else is left. */
export const trimTrailers = (html: string | undefined) =>
  (html &&
    cut(
      [REDDIT, SLASHDOT, HNRSS, YOAST, MEDIUM, MORE_ABOUT, READ_MORE].reduce(
        (kept, trailer) => cut(kept, trailer),
        html,
      ),
      WORDPRESS_MORE,
      '…',
    ).trim()) ||
  undefined;

/**
 * A link written without its scheme, `www.` and a host name (Brasil de Fato's channel
 * `<link>www.brasildefato.com.br</link>`), as an https address: resolved against the feed's URL
 * it would be a path on the feed's own site. Any other link is given as it is.
 */
export const webLink = (link: string | undefined) =>
  link && /^www\.[^\s/?#.]+\.[^\s/?#]/i.test(link) ? `https://${link}` : link;

/**
 * The story's own address where a feed links it through a redirect: Google Alerts'
 * `https://www.google.com/url?rct=j&sa=t&url=https://…&ct=ga…`, Bing News's
 * `…bing.com/news/apiclick.aspx?…&url=https%3a%2f%2f…`, The Register's
 * `http://go.theregister.com/feed/www.theregister.co.uk/2019/…`. A redirect to anything but an
 * http(s) address, and any other link, is given as it is (a `www.` one with its scheme: {@link
 * webLink}).
 */
export function storyLink(given: string | undefined): string | undefined {
  const link = webLink(given);
  // Stryker disable StringLiteral,ArrayDeclaration: equivalent, no redirect either way (the first element is skipped)
  const [, query, path] =
    /^https?:\/\/(?:(?:www\.)?(?:google\.[a-z.]+\/url|bing\.com\/news\/apiclick\.aspx)\?(?:[^#]*?&)?url=([^&#]*)|go\.theregister\.com\/feed\/(.+))/i.exec(
      link ?? '',
    ) ?? [];
  // Stryker restore StringLiteral,ArrayDeclaration
  try {
    const wrapped = path ? `https://${path}` : query && decodeURIComponent(query);
    return wrapped && /^https?:\/\/[^\s/?#]+\.[^\s/?#]/i.test(wrapped) ? wrapped : link;
  } catch {
    // A malformed escape (`%E0%A4%A`) wraps no address.
    return link;
  }
}

/**
 * An item's categories as tags: each once, in its first spelling (HuffPost repeats `Living` as
 * `living` and `LIVING`, and `Dakota Collegiate` as `dakota-collegiate`), and none that is a
 * machine's: the Telegraph's taxonomy paths (`structure:news/uk-news`), Engadget's `key|value`
 * pairs (`provider_name|Engadget`, `region|US`) and lower-case words joined by underscores, a
 * key no editor writes for a reader (BBC Chinese's `chinese_simplified` before `国际`). Nor the
 * feed's own name (`feed`: its title), or the first part of it, which labels every story the
 * same: G1's `G1` in its channel `G1 > Brasil`.
 */
export function tagList(values: (string | undefined)[], feed = ''): string[] {
  const keyOf = (tag = '') => tag.toLowerCase().replace(/[\s_-]+/g, ' ');
  const seen = new Set([feed, feed.split(/\s+[>|:–—-]\s+/)[0]].map(keyOf));
  return values.filter((tag): tag is string => {
    const key = keyOf(tag);
    const keep =
      Boolean(key) &&
      !seen.has(key) &&
      !/^[a-z][\w-]*(?::[\w/-]+|\|.+)$/i.test(tag!) &&
      !/^[a-z]+(_[a-z]+)+$/.test(tag!);
    seen.add(key);
    return keep;
  });
}

/**
 * A headline without the name of the publisher an aggregator added to it, which the item's RSS
 * `<source>` gives (Google News: `Fed raises rates again - Reuters`, with
 * `<source url="https://www.reuters.com">Reuters</source>`). After a dash or a bar only, and
 * never the whole headline.
 */
export function withoutSource(title: string | undefined, source: string | undefined): string | undefined {
  // Stryker disable next-line Regex: equivalent, a greedy match anchored at the end starts at the start
  const head = source && title?.endsWith(source) ? /^(.*\S)\s+[-–—|]\s+$/su.exec(title.slice(0, -source.length)) : null;
  return head ? head[1] : title;
}

/**
 * A wire dateline opening a summary: `TEHRAN, Aug. 13 (MNA) – ` (Mehr News, on every item),
 * `NEEDHAM, Mass., Sept. 19, 2025 /PRNewswire/ -- `, `STAMFORD, Conn.--(BUSINESS WIRE)-- `,
 * `WASHINGTON (Reuters) - `, `(CNN) — `. Known by its shape, not by the agencies' names: a place
 * in capitals and, after a comma, its region or a date; then a name in brackets or slashes, one
 * word or words in capitals (not `AI (Artificial Intelligence) - `); then a dash. On a card it
 * took a third of the excerpt, on every story alike.
 */
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:,[^()/]{0,40}?)?\s*(?:--)?)?[(/](?:\p{Lu}[\p{L}&]{0,20}|\p{Lu}+(?: \p{Lu}+){1,3})[)/]\s*[–—-]{1,2}\s*(?=\S)/u;

/** A summary without the wire dateline it opens with ({@link DATELINE}); the body keeps its own. */
export const withoutDateline = (summary: string | undefined) => summary?.replace(DATELINE, '');

/**
 * Whether an item's HTML description is an aggregator's list of coverage rather than a summary:
 * it opens with a link whose text is the item's headline (Google News: the story's link and its
 * publisher, then other publishers' links on the same story, and "View Full Coverage on Google
 * News"). Navigation, as Hacker News's one link to the comments is.
 */
export function isCoverage(html: string, title: string): boolean {
  const first = /^(?:\s*<(?:ol|ul|li|p|div)>)*\s*<a\s[^<>]*>([^<>]*)<\/a>/i.exec(html)?.[1];
  return first !== undefined && letters(decodeEntities(first)) === letters(title);
}
