import { en, type Messages } from './messages/en.js';

export type { Messages };

// English is built in; every other language is a small chunk loaded on first use.
const LOADERS: Record<string, () => Promise<{ default: Messages }>> = {
  fr: () => import('./messages/fr.js'),
  de: () => import('./messages/de.js'),
  es: () => import('./messages/es.js'),
  it: () => import('./messages/it.js'),
  pt: () => import('./messages/pt.js'),
  nl: () => import('./messages/nl.js'),
  ar: () => import('./messages/ar.js'),
  ja: () => import('./messages/ja.js'),
  zh: () => import('./messages/zh.js'),
};

/** Languages with their own strings; any other falls back to English. */
export const MESSAGE_LANGUAGES = ['en', ...Object.keys(LOADERS)];

const loaded = new Map<string, Messages>([['en', en]]);
const pending = new Map<string, Promise<Messages>>();

/** `"pt-BR"` → `"pt"`. */
export function primaryLanguage(locale: string): string {
  return locale.split(/[-_]/)[0]!.toLowerCase();
}

/**
 * The strings for a BCP 47 tag, by its primary language, once {@link loadMessages} has
 * loaded them; English until then, and for languages without strings of their own.
 */
export function messagesFor(locale: string): Messages {
  return loaded.get(primaryLanguage(locale)) ?? en;
}

/** Loads the strings for a locale (English when it has none, or when loading fails). */
export function loadMessages(locale: string): Promise<Messages> {
  const language = primaryLanguage(locale);
  const ready = loaded.get(language);
  if (ready) return Promise.resolve(ready);
  const loader = LOADERS[language];
  if (!loader) return Promise.resolve(en);
  let promise = pending.get(language);
  if (!promise) {
    promise = loader().then(
      (module) => {
        loaded.set(language, module.default);
        return module.default;
      },
      () => en,
    );
    promise.finally(() => pending.delete(language));
    pending.set(language, promise);
  }
  return promise;
}

/** A message with `{name}` placeholders filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "3 new stories" in the given locale's plural rules. */
export function newStoriesMessage(messages: Messages, locale: string, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  return fill(messages.newStories[category] ?? messages.newStories.other, { count });
}
