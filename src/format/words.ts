import type { Messages } from './messages.js';
import { primaryLanguage } from './locale.js';
import { loaded, loadMessages, loadedMessages } from './strings.js';
import { renderAll } from './ticker.js';

/** A count's words by plural category (`Intl.PluralRules`): `other` always, the rest as the language has them. */
export type PluralWords = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Words for {@link registerWords}: any of the widgets' words, by the names of the English ones
 * (`trending`, `retry`, `error.network`, `newStories.other`…). Each error message and heading may
 * be given alone; a count (`newStories`, `moreStories`) is given whole, in every plural form the
 * language has, since its forms replace the ones it had.
 */
export type Words = Partial<Omit<Messages, 'error' | 'errorTitle'>> & {
  error?: Partial<Messages['error']>;
  errorTitle?: Partial<Messages['errorTitle']>;
};

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const COUNTS = new Set(['newStories', 'moreStories']);

type Entries = Record<string, unknown>;

const isRecord = (value: unknown): value is Entries =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function warn(message: string): void {
  console.warn(`news-widgets: registerWords: ${message}`);
}

/** `words` over `base`, each word checked against the English set; what does not fit is skipped with a warning. */
function merge(base: Messages, words: Words): Messages {
  const merged: Entries = { ...base };
  for (const [key, value] of Object.entries(words as Entries)) {
    // Own words only: `constructor` or `__proto__` is no word.
    const was = Object.hasOwn(base, key) ? (base as unknown as Entries)[key] : undefined;
    if (was === undefined) warn(`no word is called "${key}".`);
    else if (typeof was === 'string') {
      if (typeof value === 'string') merged[key] = value;
      else warn(`"${key}" must be a string.`);
    } else if (!isRecord(value)) warn(`"${key}" must be an object of strings.`);
    else if (COUNTS.has(key)) {
      const forms = Object.entries(value).filter(
        ([form, text]) => PLURAL_CATEGORIES.has(form) && typeof text === 'string',
      );
      if (typeof value.other === 'string' && forms.length === Object.keys(value).length)
        merged[key] = Object.fromEntries(forms);
      else warn(`"${key}" must give its plural forms as strings (zero, one, two, few, many, other), "other" at least.`);
    } else {
      const into: Entries = { ...(was as Entries) };
      for (const [name, text] of Object.entries(value)) {
        if (!Object.hasOwn(into, name)) warn(`no word is called "${key}.${name}".`);
        else if (typeof text === 'string') into[name] = text;
        else warn(`"${key}.${name}" must be a string.`);
      }
      merged[key] = into;
    }
  }
  return merged as unknown as Messages;
}

/**
 * Gives the widgets words for a language, or changes some of the words they have: every widget
 * speaking that language (its primary subtag: `cs` for `cs-CZ`) shows them, including widgets on
 * the page already. Words not given keep the language's own, else English. Call it again to
 * change more; each call adds to the words given before.
 *
 * ```js
 * registerWords('cs', { trending: 'Nejčtenější', retry: 'Zkusit znovu' });
 * registerWords('en', { trending: 'Most read' });
 * ```
 *
 * @throws RangeError for a malformed language tag.
 */
export function registerWords(locale: string, words: Words): void {
  const language = primaryLanguage(Intl.getCanonicalLocales(locale)[0]);
  if (!isRecord(words)) throw new TypeError('registerWords: the words must be an object.');
  const give = (base: Messages) => {
    const merged = merge(base, words);
    loaded.set(language, merged);
    renderAll();
    return merged;
  };
  const now = loadedMessages(language);
  // A language whose own words are still loading takes the given ones over them once they arrive.
  if (now) give(now);
  else loaded.set(language, loadMessages(language).then(give));
}
