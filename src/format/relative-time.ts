import { english, type DateLocale } from './english.js';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** After this long, a date is shown as a date rather than "3 weeks ago". */
export const RELATIVE_LIMIT_MS = 7 * DAY;

/** Under this, a date is "just now" (also absorbs small clock skew into the future). */
export const JUST_NOW_MS = MINUTE;

export interface RelativeTimeOptions {
  locale?: DateLocale;
  now?: Date;
  /** What to say for dates under a minute old. */
  justNow?: string;
}

/**
 * "5 hours ago" in the given date-fns locale, "just now" under a minute, and a short
 * absolute date ("Jun 17, 2024") past a week. An invalid date gives an empty string.
 *
 * The wording is the date-fns locale's own (`formatDistance`, as `formatDistanceStrict`
 * uses it, rounding down); picking the unit here rather than calling
 * `formatDistanceStrict` keeps date-fns's English fallback locale, month names and parser
 * included, out of the bundle.
 */
export function relativeTime(date: Date | undefined, options: RelativeTimeOptions = {}): string {
  if (!isValidDate(date)) return '';
  const { locale = english, now = new Date(), justNow = 'just now' } = options;
  const elapsed = now.getTime() - date.getTime();
  const distance = Math.abs(elapsed);
  if (distance < JUST_NOW_MS) return justNow;
  if (distance >= RELATIVE_LIMIT_MS) return absoluteDate(date, locale);
  const [token, size] = distance < HOUR ? ['xMinutes', MINUTE] : distance < DAY ? ['xHours', HOUR] : ['xDays', DAY];
  return locale.formatDistance(token as 'xMinutes', Math.floor(distance / size), {
    addSuffix: true,
    comparison: elapsed < 0 ? 1 : -1,
  });
}

// Absolute dates come from the platform's Intl, which knows every locale's order and month
// names at no cost to the bundle; formatters are memoised, as creating one is slow.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: DateLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale.code}|${options.timeStyle ?? ''}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale.code, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** "Jun 17, 2024" in the locale's own order and words. */
export function absoluteDate(date: Date | undefined, locale: DateLocale = english): string {
  return isValidDate(date) ? formatter(locale, { dateStyle: 'medium' }).format(date) : '';
}

/** "Jun 17, 2024, 9:30 AM", for tooltips and the article's dates. */
export function absoluteDateTime(date: Date | undefined, locale: DateLocale = english): string {
  return isValidDate(date) ? formatter(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date) : '';
}

export function isValidDate(date: Date | undefined): date is Date {
  return date instanceof Date && !Number.isNaN(date.getTime());
}
