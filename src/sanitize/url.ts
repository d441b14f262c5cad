/** What a URL from a feed is used for: a `link` may also be `mailto:`. */
export type UrlUse = 'link' | 'resource';

/**
 * Resolves a URL taken from a feed against `base` and returns it only when its scheme is safe
 * for its use (a `resource` unless told): `http:` or `https:`, and `mailto:` for links.
 * `javascript:`, `data:`, `vbscript:` and unparseable input give `undefined`.
 *
 * The WHATWG URL parser does the hard part: it strips the leading control characters and
 * spaces, and the tabs and newlines inside, that browsers ignore, so `" jav\tascript:"` is
 * seen as the `javascript:` scheme it is and refused.
 */
export function safeUrl(value: unknown, base?: string, use?: UrlUse): string | undefined {
  // A blank value would resolve to the base itself; `undefined` or `null` is a template's missing
  // value (NPR's `<img src='undefined'>`), not a page of that name.
  if (typeof value !== 'string' || /^\s*(undefined|null)?\s*$/i.test(value)) return undefined;
  try {
    const { protocol, href } = new URL(value, base);
    if (protocol === 'https:' || protocol === 'http:' || (use === 'link' && protocol === 'mailto:')) return href;
  } catch {
    // Not a URL, even against the base.
  }
  return undefined;
}
