// What travels with a server-rendered widget: its feed, trimmed to what the widget shows, as a
// JSON script in its light DOM (read back by src/internal/hydration.ts), and its attributes.
import type { EmbeddedData } from '../internal/hydration.js';

/**
 * JSON safe inside a `<script>` element: no `<` at all (so no `</script` ends it early and no
 * `<!--` changes how the HTML parser reads it), nor the two line separators older parsers of
 * JavaScript refused. `JSON.parse` reads the escapes back as the characters they stand for.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The JSON script a widget reads its embedded feed from. */
export function feedScript(data: EmbeddedData): string {
  return `<script type="application/json" data-news-feed>${scriptJson(data)}</script>`;
}

/** An attribute value between double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A value an attribute can take: `true` writes the bare attribute, `false`, null and undefined leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

/** Lower-case letters, digits and hyphens, starting with a letter: every attribute a widget reads. */
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** `name="value"` pairs, escaped; throws a TypeError for a name that is not an attribute's. */
export function attributeList(attributes: Record<string, AttributeValue>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== false && value != null)
    .map(([name, value]) => {
      if (!ATTRIBUTE_NAME.test(name) || /^on/.test(name)) throw new TypeError(`renderWidget: no attribute "${name}".`);
      return value === true ? name : `${name}="${escapeAttribute(String(value))}"`;
    })
    .join(' ');
}
