import type { Locale } from 'date-fns';

/** What the widgets need of a date-fns locale: its code and its "5 hours ago" wording. */
export type DateLocale = Pick<Locale, 'code' | 'formatDistance'>;

// The units relative times are given in. date-fns's full en-US locale would also bring its
// month names and date parser (about 3 KB gzip) into every page, for nothing we show.
const UNITS: Record<string, string> = {
  xSeconds: 'second',
  xMinutes: 'minute',
  xHours: 'hour',
  xDays: 'day',
  xMonths: 'month',
  xYears: 'year',
};

/** English for whole units ("5 hours ago", "in 2 days"), worded exactly as date-fns en-US. */
export const english: DateLocale = {
  code: 'en-US',
  formatDistance(token, count, options) {
    const unit = UNITS[token] ?? token;
    const phrase = `${count} ${unit}${count === 1 ? '' : 's'}`;
    if (!options?.addSuffix) return phrase;
    return options.comparison !== undefined && options.comparison > 0 ? `in ${phrase}` : `${phrase} ago`;
  },
};
