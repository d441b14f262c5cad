// Shared by the security tests: the hostile corpus, the canary its payloads call, and the
// check for anything dangerous left in a rendered tree.

/** Where the corpus lives; relative URLs in sanitised HTML resolve against this "feed URL". */
export const HOSTILE = new URL('/test/fixtures/hostile/', location.href).href;

export interface HtmlCase {
  name: string;
  html: string;
  /** Text that must survive. */
  keep?: string[];
  /** Text that must not appear (such as a script's source). */
  absentText?: string[];
  /** Selectors that must match; `{base:x}` stands for `x` resolved against the feed URL. */
  present?: string[];
  /** Selectors that must not match. */
  absent?: string[];
}

export interface ItemCase {
  name: string;
  item: Record<string, unknown>;
  /** Widgets to render the item in; all three when absent. */
  widgets?: string[];
  keep?: string[];
  /** Text that must not be shown (markup stripped from a text field). */
  absentText?: string[];
  absent?: string[];
}

declare global {
  interface Window {
    __pwned?: (id: number) => void;
  }
}

/** Case numbers whose payload ran. */
export const pwned = new Set<number>();
window.__pwned = (id: number) => pwned.add(id);

/**
 * Loads a corpus file. Every `PWN` in a case becomes `__pwned(<id>)`, code that reports to
 * the canary, so each test knows whether its own payload ran. Ids count up from `firstId`
 * (give each corpus its own range).
 */
export async function loadCorpus<T extends object>(file: string, firstId: number): Promise<(T & { id: number })[]> {
  const response = await fetch(new URL(file, HOSTILE));
  const { cases } = (await response.json()) as { cases: T[] };
  return cases.map((c, i) => {
    const id = firstId + i;
    return { ...(JSON.parse(JSON.stringify(c).replaceAll('PWN', `__pwned(${id})`)) as T), id };
  });
}

/** `{base:x}` in a selector → `x` resolved against `base`. */
export function withBase(selector: string, base: string): string {
  return selector.replace(/\{base:([^}]*)\}/g, (_, url: string) => new URL(url, base).href);
}

const DANGEROUS_ELEMENTS = [
  'script', 'style', 'link', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'form', 'input',
  'textarea', 'select', 'meta', 'base', 'svg', 'math', 'template', 'noscript', 'xmp', 'marquee', 'details',
  'source', 'track',
].join(', ');

/**
 * A body's video or sound is safe only as the sanitiser makes it: the browser's player, with no
 * children (no other sources, tracks or fallback), loading nothing until the reader presses play
 * and never playing by itself (the article's own players, for its attachments, have a label too).
 * Its `src` and `poster` are held to URL_SCHEMES below.
 */
const MEDIA = 'video, audio';
const MEDIA_ATTRIBUTES = new Set(['src', 'poster', 'controls', 'preload', 'playsinline', 'width', 'height', 'aria-label']);

/** Attributes that take a URL, and the schemes each may have. Any other URL attribute is dangerous. */
const URL_SCHEMES: Record<string, RegExp> = {
  href: /^(https?:\/\/|mailto:)/,
  src: /^https?:\/\//,
  poster: /^https?:\/\//,
};
const OTHER_URL_ATTRIBUTES = new Set([
  'action', 'formaction', 'data', 'background', 'xlink:href', 'srcset', 'srcdoc', 'ping', 'cite', 'longdesc',
  'codebase', 'manifest', 'lowsrc', 'dynsrc',
]);

/**
 * Everything dangerous in a tree: elements that can run script, restyle the page or submit
 * data; `on*` handlers and `style` attributes; URLs that are not http(s) (or `mailto:` for a
 * link). Each finding is described, e.g. `img[onerror]`.
 */
export function dangers(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(DANGEROUS_ELEMENTS)) found.push(`<${el.localName}>`);
    if (el.matches(MEDIA)) {
      if (el.childNodes.length) found.push(`<${el.localName}> with children`);
      if (el.getAttribute('preload') !== 'none') found.push(`<${el.localName} preload="${el.getAttribute('preload')}">`);
      for (const { name } of el.attributes) if (!MEDIA_ATTRIBUTES.has(name)) found.push(`${el.localName}[${name}]`);
    } else if (el.hasAttribute('poster')) {
      found.push(`${el.localName}[poster]`);
    }
    for (const { name, value } of el.attributes) {
      const attr = name.toLowerCase();
      if (attr.startsWith('on') || attr === 'style' || OTHER_URL_ATTRIBUTES.has(attr)) {
        found.push(`${el.localName}[${attr}]`);
      } else if (attr in URL_SCHEMES && !URL_SCHEMES[attr].test(value)) {
        found.push(`${el.localName}[${attr}="${value.slice(0, 60)}"]`);
      }
    }
  }
  return found;
}

/** The text of a tree, whitespace collapsed. */
export function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Gives a payload that survived every chance to run: hover and focus every element (inline
 * handlers fire on these), then let queued tasks, image errors and frames pass.
 */
export async function provoke(...roots: ParentNode[]): Promise<void> {
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      el.dispatchEvent(new FocusEvent('focus'));
    }
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 200));
}
