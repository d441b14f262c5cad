import type { Language } from './language.js';

// One chunk per language, each exporting `messages` and `dateLocale`, keyed by language, or by
// language and region (or script) where the dates differ. This table is a chunk of its own
// too: a page in English (built in) never downloads it.
const LOADERS = new Map<string, () => Promise<Language>>([
  ['fr', () => import('./languages/fr.js')],
  ['de', () => import('./languages/de.js')],
  ['es', () => import('./languages/es.js')],
  ['it', () => import('./languages/it.js')],
  ['pt', () => import('./languages/pt.js')],
  ['nl', () => import('./languages/nl.js')],
  ['ar', () => import('./languages/ar.js')],
  ['he', () => import('./languages/he.js')],
  ['ja', () => import('./languages/ja.js')],
  ['zh', () => import('./languages/zh.js')],
  ['en-gb', () => import('./languages/en-GB.js')],
  ['zh-tw', () => import('./languages/zh-TW.js')],
  ['zh-hant', () => import('./languages/zh-TW.js')],
]);

/**
 * The language chunk for a lower-case BCP 47 tag (`"fr-ca"` → French, `"zh-hant-hk"` →
 * Traditional Chinese), or undefined for a language without one.
 */
export function loadChunk(tag: string): Promise<Language> | undefined {
  const [language, second] = tag.split(/[-_]/);
  return (LOADERS.get(`${language}-${second}`) ?? LOADERS.get(language!))?.();
}
