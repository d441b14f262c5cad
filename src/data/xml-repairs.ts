// What the RSS and Atom readers (./xml.ts, ./xml-atom.ts) take out of or undo in what a
// publisher's platform adds to every item: trailers on the body, redirects for links, machine
// tags. Each is recognised by its exact shape, and only looks at a bounded part of its input.

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

/**
 * The credit Yoast SEO adds to WordPress feeds, as a last paragraph: `<p>The post <a …>Title</a>
 * appeared first on <a …>Site</a>.</p>` (9to5Mac, Purism, Utusan Malaysia), or in the site's
 * language: `Der Beitrag … erschien zuerst auf …`, `L’article … est apparu en premier sur …`.
 */
const YOAST = new RegExp(
  String.raw`<p>[^<>]{0,20}<a\s[^<>]*>[^<>]*</a>\s+(?:appeared first on|erschien zuerst auf|est apparu en premier sur|se publicó primero en|apareció primero en|sembra essere il primo su|apareceu primeiro em|verscheen eerst op)\s+<a\s[^<>]*>[^<>]*</a>\.?\s*</p>${END}`,
);

/**
 * A last link that only says there is more (`Read more`, `Continue reading »`), at the end of the
 * body or of its last paragraph: the widget links the story itself. Its paragraph too, if that
 * holds nothing else, and a rule just before (BuzzFeed: `<hr /><p><a href="…">View Entire Post
 * &rsaquo;</a></p>`; WordPress's `<a class="more-link">more…</a>`, before Yoast's credit).
 */
const MORE = String.raw`<a\s[^<>]*>\s*(?:view entire post|read more|more|continue reading|keep reading|read the rest|read (?:the )?(?:full|whole) (?:story|article|post))(?:\s|&#?\w+;|[.»›→…])*</a>`;
const READ_MORE = new RegExp(String.raw`(?:<hr\s*/?>\s*)?(?:<p\b[^<>]*>\s*${MORE}\s*</p>|${MORE})${END}`, 'i');

/** Cuts one trailer from the end of a body, with Reddit's spacers before it; the rest stays. */
function cut(html: string, trailer: RegExp): string {
  const start = Math.max(0, html.length - TAIL_CHARS);
  const found = trailer.exec(html.slice(start));
  if (!found) return html;
  let kept = html.slice(0, start + found.index).trimEnd();
  while (kept.endsWith('&#32;')) kept = kept.slice(0, -5).trimEnd();
  return kept + html.slice(start + found.index + found[0].length);
}

/** An HTML body or description without the trailers above; undefined if nothing else is left. */
export const trimTrailers = (html: string | undefined) =>
  (html && [REDDIT, YOAST, READ_MORE].reduce(cut, html).trim()) || undefined;

/**
 * The story's own address where a feed links it through a redirect: Google Alerts'
 * `https://www.google.com/url?rct=j&sa=t&url=https://…&ct=ga…`, Bing News's
 * `…bing.com/news/apiclick.aspx?…&url=https%3a%2f%2f…`, The Register's
 * `http://go.theregister.com/feed/www.theregister.co.uk/2019/…`. A redirect to anything but an
 * http(s) address, and any other link, is given as it is.
 */
export function storyLink(link: string | undefined): string | undefined {
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
 * machine's: the Telegraph's taxonomy paths (`structure:news/uk-news`) and Engadget's
 * `key|value` pairs (`provider_name|Engadget`, `region|US`).
 */
export function tagList(values: (string | undefined)[]): string[] {
  const seen = new Set<string>();
  return values.filter((tag): tag is string => {
    const key = tag?.toLowerCase().replace(/[\s_-]+/g, ' ') ?? '';
    const keep = Boolean(key) && !seen.has(key) && !/^[a-z][\w-]*(?::[\w/-]+|\|.+)$/i.test(tag!);
    seen.add(key);
    return keep;
  });
}
