// An article body sanitised on a server. Lit SSR renders strings, not DOM fragments, and a
// server has no DOM of its own: `news-widgets/ssr` lends the article the widgets' sanitiser, on
// jsdom where it loads and without a DOM elsewhere (src/gateway/server-dom.ts). Without one
// (Lit SSR used directly) a server renders an HTML body as its plain text: it never writes feed
// HTML it has not sanitised.

/**
 * A body the server's sanitiser made safe: its HTML, whether it was cut, its images' URLs, and
 * its videos' and sounds' (which the article then does not show again among its attachments).
 */
export interface ServerBody {
  html: string;
  truncated: boolean;
  images: string[];
  media?: string[];
}

/** A server's sanitiser: a body's HTML, the URL it resolves against, whether it shows pictures, and the level of the headline it is shown under (its headings take the levels below). */
export type ServerBodySanitizer = (
  html: string,
  baseUrl: string | undefined,
  images: boolean,
  headingLevel?: number,
) => ServerBody;

let lent: ServerBodySanitizer | undefined;

/** Lends (or, with undefined, takes back) the sanitiser server renders use. */
export function lendServerSanitizer(sanitizer: ServerBodySanitizer | undefined): void {
  lent = sanitizer;
}

/** The body made safe on a server, or undefined where no sanitiser was lent. */
export function serverBody(
  html: string,
  baseUrl: string | undefined,
  images: boolean,
  headingLevel?: number,
): ServerBody | undefined {
  return lent?.(html, baseUrl, images, headingLevel);
}

/**
 * Sanitised HTML as Lit renders it, on a server: a template of that HTML alone, the shape
 * `unsafeHTML` gives (without its directive, which browsers would then download for nothing).
 */
export function serverHtml(html: string): unknown {
  const strings = Object.assign([html], { raw: [html] });
  return { ['_$litType$']: 1, strings, values: [] };
}
