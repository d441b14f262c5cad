/**
 * A feed body's text when it is plainly UTF-8: valid UTF-8, and not UTF-16 without a byte-order
 * mark (whose ASCII has a zero byte beside it, and is valid UTF-8 too). Undefined otherwise, for
 * ./encoding.ts to read. A UTF-8 byte-order mark is dropped.
 */
export function utf8Text(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0 || bytes[1] === 0) return undefined;
  // Stryker disable BlockStatement: equivalent, a function that ends gives undefined
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  // Stryker restore BlockStatement
}
