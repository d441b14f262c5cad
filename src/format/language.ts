import { english, type DateLocale } from './english.js';
import { en, type Messages } from './messages.js';
import { primaryLanguage } from './locale.js';

/** What a widget needs to speak a language: its strings and date-fns's wording of dates. */
export interface Language {
  messages: Messages;
  dateLocale: DateLocale;
}

/** Built in: what every widget speaks until its own language has loaded, or when it cannot. */
export const ENGLISH: Language = { messages: en, dateLocale: english };

/** Each tag asked for, once its language has loaded, and while it loads, the promise of it. */
const cache = new Map<string, Language | Promise<Language>>();
/** The strings loaded for each primary language (regional variants share their strings). */
const strings = new Map<string, Messages>();

/**
 * The strings and date wording for a BCP 47 tag, fetching its language's one chunk on first
 * use. English for languages without a chunk, and when the chunk fails to load (in which case
 * the next call tries again).
 */
export function loadLanguage(locale: string): Promise<Language> {
  const tag = locale.toLowerCase();
  const [language, region] = tag.split(/[-_]/);
  // English is built in (British English differs in its dates only, and has a chunk).
  if (language === 'en' && region !== 'gb') return Promise.resolve(ENGLISH);
  let entry = cache.get(tag);
  if (!entry) {
    entry = import('./languages.js')
      .then(({ loadChunk }) => loadChunk(tag) ?? ENGLISH)
      .then(
        (loaded) => {
          cache.set(tag, loaded);
          strings.set(language!, loaded.messages);
          return loaded;
        },
        () => {
          cache.delete(tag);
          return ENGLISH;
        },
      );
    cache.set(tag, entry);
  }
  return Promise.resolve(entry);
}

/**
 * The strings for a BCP 47 tag once {@link loadLanguage} has loaded them; English until then,
 * and for languages without strings of their own.
 */
export function messagesFor(locale: string): Messages {
  const tag = locale.toLowerCase();
  // The tag's own language once loaded (a load under way is a promise, without `messages`),
  // else the strings another tag of its language loaded.
  return (cache.get(tag) as Partial<Language> | undefined)?.messages ?? strings.get(primaryLanguage(tag)) ?? en;
}
