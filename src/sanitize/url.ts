const RESOURCE_PROTOCOLS = new Set(['http:', 'https:']);
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** What a URL from a feed is used for: a `link` may also be `mailto:`. */
export type UrlUse = 'link' | 'resource';

/**
 * Resolves a URL taken from a feed against `base` and returns it only when its scheme is safe
 * for its use: `http:` or `https:`, and `mailto:` for links. `javascript:`, `data:`, `vbscript:`
 * and unparseable input give `undefined`.
 *
 * The WHATWG URL parser does the hard part: it strips the leading control characters and
 * spaces, and the tabs and newlines inside, that browsers ignore, so `" jav\tascript:"` is
 * seen as the `javascript:` scheme it is and refused.
 */
export function safeUrl(value: unknown, base?: string, use: UrlUse = 'resource'): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  const allowed = use === 'link' ? LINK_PROTOCOLS : RESOURCE_PROTOCOLS;
  return allowed.has(url.protocol) ? url.href : undefined;
}
