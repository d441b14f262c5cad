import type { Locale } from 'date-fns';

/** What the widgets need of a date-fns locale: its code and its "5 hours ago" wording. */
export type DateLocale = Pick<Locale, 'code' | 'formatDistance'>;

/**
 * English for whole units ("5 hours ago", "in 2 days"), worded exactly as date-fns en-US for
 * the `x…` tokens that relative times use (`xMinutes` → "minute"). date-fns's full en-US
 * locale would also bring its month names and date parser (about 3 KB gzip) into every page,
 * for nothing we show.
 */
export const english: DateLocale = {
  code: 'en-US',
  formatDistance(token, count, options) {
    const phrase = `${count} ${token.slice(1, -1).toLowerCase()}${count === 1 ? '' : 's'}`;
    if (!options?.addSuffix) return phrase;
    return options.comparison !== undefined && options.comparison > 0 ? `in ${phrase}` : `${phrase} ago`;
  },
};
