const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** `"pt-BR"` → `"pt"`. */
export function primaryLanguage(locale: string): string {
  return locale.split(/[-_]/)[0].toLowerCase();
}

/** Whether a BCP 47 tag is written right to left. */
export function isRightToLeft(locale: string): boolean {
  return RTL_LANGUAGES.has(primaryLanguage(locale));
}

/** The `lang` of the nearest ancestor that has one, looking through shadow roots. */
export function inheritedLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    // A server's element (Lit SSR's shim) has no tree to look up.
    node = node.parentElement ?? (node.getRootNode?.() as ShadowRoot | undefined)?.host ?? null;
  }
  return undefined;
}

/**
 * The locale a widget speaks: its `locale` attribute, else the nearest ancestor's `lang`,
 * else the feed's (or item's) `language`, else English. Malformed tags are skipped.
 */
export function resolveLocale(...candidates: (string | undefined | null)[]): string {
  for (const candidate of candidates) {
    const tag = candidate?.trim();
    if (!tag) continue;
    try {
      return Intl.getCanonicalLocales(tag)[0];
    } catch {
      // A malformed tag: skipped.
    }
  }
  return 'en';
}
