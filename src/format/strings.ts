import { en, type Messages } from './messages.js';
import { primaryLanguage } from './locale.js';

// The widgets' own words in each language but English (built in), one chunk per language,
// keyed by primary language: regional variants share their language's words, and dates are
// worded by the platform's Intl for the exact locale. The table is part of the caller's chunk,
// so a page in another language fetches its chunk in one step.
const CHUNKS: Record<string, () => Promise<{ messages: Messages }>> = {
  fr: () => import('./languages/fr.js'),
  de: () => import('./languages/de.js'),
  es: () => import('./languages/es.js'),
  it: () => import('./languages/it.js'),
  pt: () => import('./languages/pt.js'),
  nl: () => import('./languages/nl.js'),
  ar: () => import('./languages/ar.js'),
  bn: () => import('./languages/bn.js'),
  el: () => import('./languages/el.js'),
  fa: () => import('./languages/fa.js'),
  he: () => import('./languages/he.js'),
  hi: () => import('./languages/hi.js'),
  hu: () => import('./languages/hu.js'),
  id: () => import('./languages/id.js'),
  ja: () => import('./languages/ja.js'),
  ko: () => import('./languages/ko.js'),
  pl: () => import('./languages/pl.js'),
  ru: () => import('./languages/ru.js'),
  sv: () => import('./languages/sv.js'),
  tr: () => import('./languages/tr.js'),
  uk: () => import('./languages/uk.js'),
  ur: () => import('./languages/ur.js'),
  zh: () => import('./languages/zh.js'),
};

/**
 * The languages the widgets have words of their own in (primary language subtags); others speak
 * English, or the words a page gives them. A pure call, which the CDN build leaves out of the
 * code every widget loads: only the package's users and the server read the list.
 */
export const LANGUAGES: readonly string[] = /* @__PURE__ */ (() => ['en', ...Object.keys(CHUNKS)])();

/**
 * Each language asked for: its words once loaded, and while they load, the promise of them; and
 * each language a page gave words for (./words.ts).
 */
export const loaded = new Map<string, Messages | Promise<Messages>>();

/**
 * The widgets' words for a BCP 47 locale, fetching its language's chunk on first use. English
 * for languages without words of their own, and when the chunk fails to load (the next call
 * then tries again). Words a page gave (`registerWords`, ./words.ts) are kept here too.
 */
export function loadMessages(locale: string): Promise<Messages> {
  const language = primaryLanguage(locale);
  let entry = loaded.get(language);
  if (!entry) {
    const chunk = Object.hasOwn(CHUNKS, language) ? CHUNKS[language] : undefined;
    if (!chunk) return Promise.resolve(en);
    entry = chunk().then(
      ({ messages }) => {
        loaded.set(language, messages);
        return messages;
      },
      () => {
        loaded.delete(language);
        return en;
      },
    );
    loaded.set(language, entry);
  }
  return Promise.resolve(entry);
}

/**
 * The words for a locale if they are at hand now (English, or a language loaded already), so a
 * widget's first frame can speak them without waiting; undefined while they have to load.
 */
export function loadedMessages(locale: string): Messages | undefined {
  const language = primaryLanguage(locale);
  const entry = loaded.get(language) ?? (Object.hasOwn(CHUNKS, language) ? undefined : en);
  return entry instanceof Promise ? undefined : entry;
}
