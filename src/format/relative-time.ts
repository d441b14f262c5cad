import { differenceInMilliseconds } from 'date-fns';

/** From this many days away, a date is shown as a date rather than "3 weeks ago". */
const RELATIVE_LIMIT_DAYS = 7;

export interface RelativeTimeOptions {
  /** BCP 47 locale of the words; English by default. */
  locale?: string;
  now?: Date;
  /** What to say for dates under a minute away (also absorbs small clock skew into the future). */
  justNow?: string;
}

// Words come from the platform's Intl, which knows every language at no cost to the bundle;
// date-fns does the arithmetic. Formatters are memoised, as creating one is slow.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The moment and time zone a server rendered at; see {@link atClock}. */
export interface Clock {
  now: Date;
  /** IANA time zone; the reader's own when absent. */
  timeZone?: string;
}

/** Set only for the length of one synchronous {@link atClock} call. */
let pinned: Clock | undefined;

/**
 * Runs `render` with every date worded as at `clock` (its "now" and time zone): how a server
 * render reads, and how a hydrating widget reads its server's words back, to then correct them.
 * Synchronous, so no other rendering ever sees the pinned clock.
 */
export function atClock<T>(clock: Clock | undefined, render: () => T): T {
  const previous = pinned;
  pinned = clock;
  try {
    return render();
  } finally {
    pinned = previous;
  }
}

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let cached = relativeFormats.get(locale);
  if (!cached) relativeFormats.set(locale, (cached = new Intl.RelativeTimeFormat(locale)));
  return cached;
}

/**
 * A date in the locale's words, with its time or not. A date at midnight UTC to the millisecond
 * is a day, not a moment: a date without a time (`<dc:date>2005-12-27</dc:date>`, bioRxiv's),
 * which the readers take as midnight UTC. It is worded as that day in every time zone (west of
 * UTC, the reader's own would make it the day before), and without a time no one wrote.
 */
function formatDate(date: Date | undefined, locale: string, withTime: boolean): string {
  if (!isValidDate(date)) return '';
  const day = date.getTime() % 86_400_000 === 0;
  const timeZone = day ? 'UTC' : pinned?.timeZone;
  const key = JSON.stringify([locale, (withTime &&= !day), timeZone]);
  let cached = dateFormats.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(
      locale,
      withTime ? { dateStyle: 'medium', timeStyle: 'short', timeZone } : { dateStyle: 'medium', timeZone },
    );
    dateFormats.set(key, cached);
  }
  return cached.format(date);
}

/**
 * "5 hours ago" in the given locale (whole units, rounded down, as a reader counts them),
 * "just now" under a minute, and a short date ("Jun 17, 2024") from a week away. An invalid
 * date gives an empty string.
 */
export function relativeTime(date: Date | undefined, options: RelativeTimeOptions = {}): string {
  if (!isValidDate(date)) return '';
  const { locale = 'en', now = pinned?.now ?? new Date(), justNow = 'just now' } = options;
  // Whole minutes and hours, rounded toward zero, from one difference: date-fns's
  // differenceInMinutes and differenceInHours bring its rounding helpers (118 bytes a page).
  const minutes = Math.trunc(differenceInMilliseconds(date, now) / 60_000);
  if (minutes === 0) return justNow;
  const hours = Math.trunc(minutes / 60);
  // Days of 24 hours, counted as the hours are.
  const days = Math.trunc(hours / 24);
  if (Math.abs(days) >= RELATIVE_LIMIT_DAYS) return absoluteDate(date, locale);
  const format = relativeFormat(locale);
  return hours === 0
    ? format.format(minutes, 'minute')
    : days === 0
      ? format.format(hours, 'hour')
      : format.format(days, 'day');
}

/** "Jun 17, 2024" in the locale's own order and words. */
export function absoluteDate(date: Date | undefined, locale = 'en'): string {
  return formatDate(date, locale, false);
}

/** "Jun 17, 2024, 9:30 AM", for tooltips and the article's dates ("Jun 17, 2024" for a day). */
export function absoluteDateTime(date: Date | undefined, locale = 'en'): string {
  return formatDate(date, locale, true);
}

export function isValidDate(date: Date | undefined): date is Date {
  return date instanceof Date && !Number.isNaN(date.getTime());
}
