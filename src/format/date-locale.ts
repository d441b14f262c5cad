import type { Locale } from 'date-fns';
import { english, type DateLocale } from './english.js';
import { primaryLanguage } from './messages.js';

// English ships in the main bundle (src/format/english.ts); every other locale is a chunk loaded when first used.
const LOADERS: Record<string, () => Promise<Locale>> = {
  fr: () => import('date-fns/locale/fr').then((m) => m.fr),
  de: () => import('date-fns/locale/de').then((m) => m.de),
  es: () => import('date-fns/locale/es').then((m) => m.es),
  it: () => import('date-fns/locale/it').then((m) => m.it),
  pt: () => import('date-fns/locale/pt').then((m) => m.pt),
  nl: () => import('date-fns/locale/nl').then((m) => m.nl),
  ar: () => import('date-fns/locale/ar').then((m) => m.ar),
  he: () => import('date-fns/locale/he').then((m) => m.he),
  ja: () => import('date-fns/locale/ja').then((m) => m.ja),
  zh: () => import('date-fns/locale/zh-CN').then((m) => m.zhCN),
  'en-gb': () => import('date-fns/locale/en-GB').then((m) => m.enGB),
  'zh-tw': () => import('date-fns/locale/zh-TW').then((m) => m.zhTW),
  'zh-hant': () => import('date-fns/locale/zh-TW').then((m) => m.zhTW),
};


const cache = new Map<string, Promise<DateLocale>>();

function loaderKey(locale: string): string | undefined {
  const lower = locale.toLowerCase().replace('_', '-');
  const parts = lower.split('-');
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('-');
    if (key in LOADERS) return key;
  }
  return undefined;
}

/**
 * The date-fns locale for a BCP 47 tag, loading its chunk on first use. Falls back to
 * English for languages date-fns is not asked to know, or when the chunk fails to load.
 */
export function loadDateLocale(locale: string): Promise<DateLocale> {
  const key = loaderKey(locale) ?? primaryLanguage(locale);
  const loader = LOADERS[key];
  if (!loader) return Promise.resolve(english);
  let pending = cache.get(key);
  if (!pending) {
    pending = loader().catch(() => {
      cache.delete(key);
      return english;
    });
    cache.set(key, pending);
  }
  return pending;
}
