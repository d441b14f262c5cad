import type { TrustedTypePolicy, TrustedTypePolicyOptions, TrustedTypesWindow } from 'trusted-types/lib/index.js';

/**
 * The one Trusted Types policy of the library, `news-widgets`: it hands feed text to inert
 * parsers only (DOMPurify's, and the `DOMParser` that reads RSS and Atom), never to a live
 * document. A host page with `require-trusted-types-for 'script'` allows it by name beside
 * `lit-html`. Created once per page and kept on a global symbol, so the sanitiser and the XML
 * reader (separate chunks), and a second copy of the library on the same page, share it rather
 * than fail to create a second policy of the same name. Undefined where the browser has no
 * Trusted Types, or the page does not allow the name.
 */
export function trustedTypesPolicy(): TrustedTypePolicy | undefined {
  const key = Symbol.for('news-widgets.trusted-types-policy');
  const store = globalThis as unknown as Record<symbol, TrustedTypePolicy | null | undefined>;
  if (store[key] === undefined) store[key] = createPolicy() ?? null;
  return store[key] ?? undefined;
}

function createPolicy(): TrustedTypePolicy | undefined {
  const { trustedTypes } = globalThis as Partial<TrustedTypesWindow>;
  // Stryker disable next-line ConditionalExpression: equivalent, without a factory the call below throws, and the catch gives undefined
  if (!trustedTypes) return undefined;
  const rules: TrustedTypePolicyOptions = {
    createHTML: (html) => html,
    // Required by DOMPurify's interface; nothing here ever loads a script.
    createScriptURL: () => {
      throw new TypeError('news-widgets: a feed may not load scripts.');
    },
  };
  try {
    return trustedTypes.createPolicy('news-widgets', rules);
  } catch {
    // The page does not allow the name.
  }
  return undefined;
}

/** Markup for an inert parser, as TrustedHTML where the page enforces Trusted Types. */
export function inertHTML(markup: string): string {
  const policy = trustedTypesPolicy();
  // A TrustedHTML goes wherever the parsers take a string.
  return policy ? (policy.createHTML(markup) as unknown as string) : markup;
}
