import type { Locale } from 'date-fns';
import { formatDistanceStrict } from 'date-fns/formatDistanceStrict';
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';

/** After this long, a date is shown as a date rather than "3 weeks ago". */
export const RELATIVE_LIMIT_MS = 7 * 24 * 60 * 60 * 1000;

/** Under this, a date is "just now" (also absorbs small clock skew into the future). */
export const JUST_NOW_MS = 60 * 1000;

export interface RelativeTimeOptions {
  locale?: Locale;
  now?: Date;
  /** What to say for dates under a minute old. */
  justNow?: string;
}

/**
 * "5 hours ago" in the given date-fns locale, "just now" under a minute, and a short
 * absolute date ("Jun 17, 2024") past a week. An invalid date gives an empty string.
 */
export function relativeTime(date: Date | undefined, options: RelativeTimeOptions = {}): string {
  if (!isValidDate(date)) return '';
  const { locale = enUS, now = new Date(), justNow = 'just now' } = options;
  const elapsed = now.getTime() - date.getTime();
  if (Math.abs(elapsed) < JUST_NOW_MS) return justNow;
  if (Math.abs(elapsed) >= RELATIVE_LIMIT_MS) return absoluteDate(date, locale);
  return formatDistanceStrict(date, now, { addSuffix: true, locale, roundingMethod: 'floor' });
}

/** "Jun 17, 2024" in the locale's own order and words. */
export function absoluteDate(date: Date | undefined, locale: Locale = enUS): string {
  return isValidDate(date) ? format(date, 'PP', { locale }) : '';
}

/** "June 17, 2024 at 9:30 AM", for tooltips and the article's dates. */
export function absoluteDateTime(date: Date | undefined, locale: Locale = enUS): string {
  return isValidDate(date) ? format(date, 'PPp', { locale }) : '';
}

export function isValidDate(date: Date | undefined): date is Date {
  return date instanceof Date && !Number.isNaN(date.getTime());
}
