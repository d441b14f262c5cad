// What one article body may cost the page, whatever the feed. Past these a body is cut, and the
// article ends with a link to the whole story (it cuts a plain-text body the same way). The
// markup is brought within budget before it is parsed, and the parsed body's nesting after.

/** Nodes kept of a body: elements and runs of text. */
export const MAX_BODY_NODES = 2_000;
/** Characters of markup looked at. */
export const MAX_BODY_CHARS = 200_000;
/** Images kept; later ones are removed. */
export const MAX_BODY_IMAGES = 20;
/**
 * Where a sanitiser is in one body: the feed's URL the body's links resolve against, whether
 * pictures are shown, the nodes and pictures counted so far, and whether the body was cut.
 */
export interface BodyWalk {
  base?: string;
  images: boolean;
  nodes: number;
  imageCount: number;
  cut: boolean;
}

/** Levels of nesting kept; an element deeper is replaced by its text. */
export const MAX_BODY_DEPTH = 16;
/**
 * Elements open at once in the markup. The browser's parser takes time in proportion to the
 * elements open for each tag it reads, so tags nested deeper are taken out before it reads
 * them (their content stays); nothing real comes near.
 */
const MAX_OPEN_ELEMENTS = 64;

/**
 * Elements that do not nest in practice: void elements, and those whose end tag may be left
 * out because the next one closes them (`<li>`, `<p>`, table rows and cells…).
 */
const FLAT = /^(area|br|col|hr|img|wbr|p|li|dt|dd|tr|td|th|thead|tbody|tfoot|caption|colgroup)$/i;

/**
 * The markup within the budget, prepared without parsing it: cut after
 * {@link MAX_BODY_CHARS} characters or twice {@link MAX_BODY_NODES} tags (an element takes one
 * to open and one to close, so past that the node budget is spent), and without the tags of
 * elements nested more than {@link MAX_OPEN_ELEMENTS} deep. Whatever this leaves, DOMPurify
 * still sanitises.
 */
export function withinBudget(html: string): { markup: string; cut: boolean } {
  const end = Math.min(html.length, MAX_BODY_CHARS);
  const tag = /<(\/?)([a-z][^\s/>]*)[^>]*>?/gi;
  let markup = '';
  let from = 0;
  let open = 0;
  // Stryker disable next-line EqualityOperator: `<=` is equivalent, a tag that starts at `end` is cut with the rest either way
  for (let tags = 0, match; (match = tag.exec(html)) && match.index < end;) {
    if (++tags > 2 * MAX_BODY_NODES) return { markup: markup + html.slice(from, match.index), cut: true };
    if (FLAT.test(match[2])) continue;
    // Too deep: the tag goes, and so does the end tag that closes it.
    const deep = match[1] ? open-- > MAX_OPEN_ELEMENTS : ++open > MAX_OPEN_ELEMENTS;
    open = Math.max(0, open);
    if (deep) {
      markup += html.slice(from, match.index);
      from = tag.lastIndex;
    }
  }
  // (Nothing more when the last tag taken out ends past `end`: `from` is then beyond it.)
  return { markup: markup + html.slice(from, end), cut: end < html.length };
}

/**
 * Replaces every element nested deeper than {@link MAX_BODY_DEPTH} with its text: what a feed
 * nests that deep is an attack, not an article, and one replacement per subtree is cheap.
 */
export function flatten(parent: ParentNode, depth: number): void {
  for (const child of [...parent.children]) {
    if (depth < MAX_BODY_DEPTH) flatten(child, depth + 1);
    // A space stands for an element without text (a `<br>`), so the words around it stay apart.
    else child.replaceWith(child.textContent || ' ');
  }
}
