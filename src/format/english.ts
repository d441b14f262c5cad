import type { Locale } from 'date-fns';

/** What the widgets need of a date-fns locale: its code and its "5 hours ago" wording. */
export type DateLocale = Pick<Locale, 'code' | 'formatDistance'>;

// The units formatDistanceStrict asks for. date-fns's full en-US locale would also bring its
// month names and date parser (about 3 KB gzip) into every page, for nothing we show.
const UNITS: Record<string, string> = {
  xSeconds: 'second',
  xMinutes: 'minute',
  xHours: 'hour',
  xDays: 'day',
  xMonths: 'month',
  xYears: 'year',
};

/** English for date-fns's `formatDistanceStrict`, worded exactly as its en-US locale. */
export const english: DateLocale = {
  code: 'en-US',
  formatDistance(token, count, options) {
    const unit = UNITS[token] ?? token;
    const phrase = `${count} ${unit}${count === 1 ? '' : 's'}`;
    if (!options?.addSuffix) return phrase;
    return options.comparison !== undefined && options.comparison > 0 ? `in ${phrase}` : `${phrase} ago`;
  },
};
