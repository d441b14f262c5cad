import { english, type DateLocale } from './english.js';
import { en, type Messages } from './messages.js';

/** What a widget needs to speak a language: its strings and date-fns's wording of dates. */
export interface Language {
  messages: Messages;
  dateLocale: DateLocale;
}

/** Built in: what every widget speaks until its own language has loaded, or when it cannot. */
export const ENGLISH: Language = { messages: en, dateLocale: english };

// One chunk per language, each exporting `messages` and `dateLocale`, keyed by language, or by
// language and region (or script) where the dates differ. A Map: no inherited keys to trip on.
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

/** Each language once loaded, and while its chunk loads, the promise of it. */
const cache = new Map<string, Language | Promise<Language>>();

/** `"fr-CA"` → `"fr"`, `"zh-Hant-HK"` → `"zh-hant"`: the loader a tag uses, if any. */
function keyOf(locale: string): string {
  const [language, second] = locale.toLowerCase().split(/[-_]/);
  const pair = `${language}-${second}`;
  return LOADERS.has(pair) ? pair : language!;
}

/**
 * The strings and date wording for a BCP 47 tag, fetching its language's one chunk on first
 * use. English for languages without a chunk, and when the chunk fails to load (in which case
 * the next call tries again).
 */
export function loadLanguage(locale: string): Promise<Language> {
  const key = keyOf(locale);
  const load = LOADERS.get(key);
  if (!load) return Promise.resolve(ENGLISH);
  let entry = cache.get(key);
  if (!entry) {
    entry = load().then(
      (language) => {
        cache.set(key, language);
        return language;
      },
      () => {
        cache.delete(key);
        return ENGLISH;
      },
    );
    cache.set(key, entry);
  }
  return Promise.resolve(entry);
}

/**
 * The strings for a BCP 47 tag once {@link loadLanguage} has loaded them; English until then,
 * and for languages without strings of their own.
 */
export function messagesFor(locale: string): Messages {
  // A load still under way is a promise, which has no `messages`.
  return (cache.get(keyOf(locale)) as Partial<Language> | undefined)?.messages ?? en;
}
