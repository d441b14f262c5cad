// Lengths of audio and video ("42 min", "1 hr 5 min") in the reader's language, from the
// platform's Intl unit formats (no strings of ours); formatters are memoised, as creating one is slow.
const formatters = new Map<string, Intl.NumberFormat>();

function unit(locale: string, name: 'second' | 'minute' | 'hour', value: number): string {
  const key = `${locale}|${name}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' });
    formatters.set(key, cached);
  }
  return cached.format(value);
}

/**
 * A length in seconds as a reader says it: seconds under a minute, whole minutes under an
 * hour, else hours and minutes. An empty string for no length.
 */
export function duration(seconds: number | undefined, locale: string): string {
  // Stryker disable next-line EqualityOperator: equivalent, 0 is already taken by !seconds
  if (!seconds || !Number.isFinite(seconds) || seconds < 0) return '';
  if (seconds < 60) return unit(locale, 'second', Math.round(seconds));
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return unit(locale, 'minute', minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${unit(locale, 'hour', hours)} ${unit(locale, 'minute', rest)}` : unit(locale, 'hour', hours);
}
