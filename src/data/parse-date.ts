// Dates as feeds write them: RFC 3339 (JSON Feed, Atom), and RFC 822/1123 (RSS's `pubDate`,
// which some JSON Feeds copy). Anything else gives undefined rather than a guess: `Date`'s own
// parser reads "June 17" or "1/2/2024" differently in each engine.

// RFC 3339 date-time (and the date alone).
const RFC_3339 = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?$/;

// RFC 822 as amended by RFC 1123 and as found in the wild: an optional day name, a one- or
// two-digit day, an English month name (short or long, any case), a 2- or 4-digit year, a time
// with or without seconds, and a numeric or named zone (or none).
const RFC_822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?$/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822's named zones, and a few more that feeds use, in hours east of UTC. */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
  cet: 1,
  cest: 2,
  eet: 2,
  eest: 3,
  wet: 0,
  west: 1,
  jst: 9,
  kst: 9,
  aest: 10,
  aedt: 11,
  // British Summer Time, as Sky Sports writes it.
  bst: 1,
};

/**
 * Parses a feed's date: RFC 3339 (`2024-06-17T09:30:00Z`), or RFC 822 (`Fri, 31 May 2019
 * 12:17:58 -0700`, `31 May 19 19:17 GMT`). A zone RFC 822 does not name counts as UTC, as
 * that RFC says of unknown zones, and so does a time with no zone. Anything else gives `undefined`.
 */
export function parseDate(value: string): Date | undefined {
  const text = value.trim();
  if (RFC_3339.test(text)) {
    // A time without a zone is not RFC 3339, but common: read it as UTC, the same for every
    // reader, rather than in each reader's own time zone.
    const iso = text.toUpperCase().replace(' ', 'T');
    return valid(new Date(/T[\d:.]+$/.test(iso) ? `${iso}Z` : iso));
  }
  const match = RFC_822.exec(text);
  if (!match) return undefined;
  // Stryker disable next-line StringLiteral: equivalent, Number('') is 0 too and an empty zone is UTC too
  const [, day, monthName, yearText, hour, minute, second = '0', zone = 'z'] = match as unknown as string[];
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
  if (month < 0) return undefined;
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  // Stryker disable next-line Regex: equivalent, a named zone has no sign anywhere
  const offset = /^[+-]/.test(zone)
    ? (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)))
    : (ZONES[zone.toLowerCase()] ?? 0) * 60;
  const fields = [Number(day), Number(hour), Number(minute), Number(second)] as const;
  const utc = Date.UTC(year, month, fields[0], fields[1], fields[2], fields[3]);
  const date = new Date(utc - offset * 60_000);
  // Date.UTC rolls 31 April over into May, and 12:75 into 13:15: refuse fields out of range
  // instead (an hour past 23 moves the day).
  const check = new Date(utc);
  const inRange = check.getUTCDate() === fields[0] && check.getUTCMinutes() === fields[2];
  return inRange ? valid(date) : undefined;
}

function valid(date: Date): Date | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date;
}
