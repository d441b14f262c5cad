// What a JSON text would cost to parse, counted before `JSON.parse` runs: parsing takes time in
// proportion to the values in the text, and a feed under the 5 MiB limit can hold a million
// tiny ones (a million tags: `"a","a",…`), which freezes the page for a fifth of a second or
// more before any cap of the normaliser applies (docs/performance.md, Heavy feeds).

/**
 * The most separators (commas and colons outside strings: about two per member of an object,
 * one per entry of a list) a feed's JSON may hold: 200 per item for the 1,000 items read, more
 * than any real feed has (a rich item has 60 to 120), and a parse of about 40 ms.
 */
export const MAX_JSON_SEPARATORS = 200_000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * Whether a JSON text holds more than `limit` commas and colons outside its strings: one pass
 * of a few milliseconds over 5 MiB, which stops at the limit.
 */
export function tooManyValues(text: string, limit = MAX_JSON_SEPARATORS): boolean {
  let separators = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      // To the string's closing quote, over escaped characters.
      for (i++; i < text.length; i++) {
        const inner = text.charCodeAt(i);
        if (inner === BACKSLASH) i++;
        else if (inner === QUOTE) break;
      }
    } else if ((code === COMMA || code === COLON) && ++separators > limit) {
      return true;
    }
  }
  return false;
}
