import { utf8Text } from './utf8.js';

// The text of a feed body from its bytes. JSON Feeds are UTF-8, and so are most RSS and Atom
// feeds; but news sites in Europe, Russia, China, Japan and Brazil still publish feeds in
// ISO-8859-1, windows-1251, GB2312, Shift_JIS and the like, which read as UTF-8 turn every
// accented letter into "�". Pure: the platform's TextDecoder does the decoding, which knows
// every encoding of the WHATWG Encoding Standard.

/** Byte-order marks, which say the encoding outright. */
const BOMS: readonly [readonly number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/**
 * windows-1252's characters at 0x80 to 0x9F (the curly quotes, dashes, € and …): Node's
 * TextDecoder reads those bytes as ISO-8859-1's control codes instead (nodejs/node#56542).
 * Unassigned bytes stay control codes, as in the standard.
 */
const CP1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** How far into the body an XML declaration is looked for. */
const DECLARATION_BYTES = 512;

/**
 * The encoding a label names (`latin1` → `windows-1252`), as the platform knows it (no label is
 * UTF-8's); undefined for a label it does not know.
 */
function encodingOf(label: string | undefined): string | undefined {
  // Stryker disable BlockStatement: equivalent, a function that ends gives undefined
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
  // Stryker restore BlockStatement
}

/**
 * The encoding a body that is not UTF-8 says it is in: the `charset` of its `Content-Type`,
 * else the `encoding` of its XML declaration, else windows-1252 (what browsers assume of a
 * Western page that names none). A label that names UTF-8 or UTF-16 is passed over: the bytes
 * are not UTF-8, and UTF-16 without a byte-order mark is not what an ASCII-looking declaration
 * is written in.
 */
function declaredEncoding(bytes: Uint8Array, contentType: string): string {
  const head = String.fromCharCode(...bytes.subarray(0, DECLARATION_BYTES));
  const labels = [
    /;\s*charset\s*=\s*["']?([^\s;"',]+)/i.exec(contentType)?.[1],
    /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1],
  ];
  for (const label of labels) {
    const encoding = encodingOf(label);
    // Stryker disable next-line ConditionalExpression,StringLiteral: Node's TextDecoder has no 'replacement' encoding (the browser tests check it)
    if (encoding && encoding !== 'utf-8' && !encoding.startsWith('utf-16') && encoding !== 'replacement')
      return encoding;
  }
  return 'windows-1252';
}

/**
 * The encoding to read a feed body in:
 * 1. a byte-order mark says it (UTF-8, UTF-16);
 * 2. UTF-16 without one shows in the first character, `<` with a zero byte beside it;
 * 3. a body that is valid UTF-8 is UTF-8, whatever its headers say (in any other encoding,
 *    text with accents is almost never valid UTF-8, and plain ASCII reads the same in all);
 * 4. else what the server or the document declares (see {@link declaredEncoding}).
 */
// Stryker disable next-line StringLiteral: equivalent, no charset in either default
export function feedEncoding(bytes: Uint8Array, contentType = ''): string {
  return markedEncoding(bytes) ?? (utf8Text(bytes) === undefined ? declaredEncoding(bytes, contentType) : 'utf-8');
}

/** Steps 1 and 2 of {@link feedEncoding}: the encoding the first bytes show, if they show one. */
function markedEncoding(bytes: Uint8Array): string | undefined {
  for (const [bom, encoding] of BOMS) if (bom.every((byte, i) => bytes[i] === byte)) return encoding;
  if (bytes[0] === 0x3c && bytes[1] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] === 0x3c) return 'utf-16be';
  return undefined;
}

/**
 * A feed body's text, in the encoding {@link feedEncoding} finds, without its byte-order mark.
 * Where the platform lacks that encoding (some edge runtimes have only UTF-8), UTF-8 with "�"
 * for what it cannot read.
 */
// Stryker disable next-line StringLiteral: equivalent, no charset in either default
export function decodeFeed(bytes: Uint8Array, contentType = ''): string {
  // The usual case, UTF-8, is decoded once: the strict decoding is the test.
  return utf8Text(bytes) ?? decodeLegacy(bytes, contentType);
}

/**
 * The text of a body already found not to be plainly UTF-8 ({@link utf8Text} gave undefined):
 * {@link decodeFeed} after its first step, for a caller that took that step itself.
 */
// Stryker disable next-line StringLiteral: equivalent, no charset in either default
export function decodeLegacy(bytes: Uint8Array, contentType = ''): string {
  let decoder: TextDecoder;
  // Stryker disable BlockStatement: the fallback is unreachable where every encoding is known (browsers, Node)
  try {
    // Not plainly UTF-8 (step 3 is done): what the first bytes show, else what is declared.
    decoder = new TextDecoder(markedEncoding(bytes) ?? declaredEncoding(bytes, contentType));
  } catch {
    decoder = new TextDecoder();
  }
  // Stryker restore BlockStatement
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252'
    ? text.replace(/[\x80-\x9f]/g, (control) => CP1252[control.charCodeAt(0) - 0x80])
    : text;
}
