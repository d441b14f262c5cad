/**
 * The last good copy of each feed, kept in localStorage so a reader who goes offline still
 * sees news, marked as old. Bounded by what is actually written (the key and the JSON stored,
 * counted in characters, as storage quotas count them): at most {@link MAX_COPIES} feeds, of
 * at most {@link MAX_COPY_CHARS} each and {@link MAX_TOTAL_CHARS} all together, the most
 * recently saved kept first. Room is made before a copy is written. Storage that is full,
 * disabled or blocked (sandboxed frames, private modes) is simply not used: every use of it is
 * inside a `try`, and a write that fails leaves the host page's own keys alone.
 */

const PREFIX = 'news-widgets:feed:';
const MAX_COPIES = 8;
const MAX_COPY_CHARS = 500_000;
/** A fifth of the 5 million characters or so that browsers give an origin's localStorage. */
const MAX_TOTAL_CHARS = 1_000_000;

export interface StaleCopy {
  text: string;
  /** The URL the body came from after redirects (the base for its relative URLs). */
  url: string;
  savedAt: Date;
}

/** A copy as stored, `savedAt` in milliseconds since the epoch. */
interface Stored {
  text: string;
  url: string;
  savedAt: number;
}

/** When the last copy was saved: each save is at least a millisecond later, so saves never tie. */
let lastSaved = 0;

export function saveStaleCopy(key: string, text: string, url: string): void {
  // What is written is longer than the text alone: a text too long already is not encoded.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the check of what is written refuses it too
  if (text.length > MAX_COPY_CHARS) return;
  try {
    const name = PREFIX + key;
    lastSaved = Math.max(lastSaved + 1, Date.now());
    const value = JSON.stringify({ text, url, savedAt: lastSaved } satisfies Stored);
    let total = name.length + value.length;
    if (total > MAX_COPY_CHARS) return;
    // Room first, so that the copies never take more than their share: the other copies, the
    // most recently saved first, stay while they fit; the rest go.
    const others = ownKeys()
      .filter((other) => other !== name)
      .map((other) => [stored(other)?.savedAt ?? 0, other] as const)
      .sort((a, b) => b[0] - a[0]);
    let count = 1;
    for (const [, other] of others) {
      total += other.length + localStorage.getItem(other)!.length;
      if (++count > MAX_COPIES || total > MAX_TOTAL_CHARS) localStorage.removeItem(other);
    }
    localStorage.setItem(name, value);
  } catch {
    // Quota exceeded or storage blocked: the copy is a nicety, not a requirement.
  }
}

export function readStaleCopy(key: string): StaleCopy | undefined {
  const copy = stored(PREFIX + key);
  return copy && { ...copy, savedAt: new Date(copy.savedAt) };
}

/**
 * Removes every copy of a feed stored on this device for offline reading, for hosts that
 * clear what a reader leaves behind (on sign-out, or a privacy setting).
 */
export function clearStaleCopies(): void {
  try {
    for (const key of ownKeys()) localStorage.removeItem(key);
  } catch {
    // No storage, so nothing stored.
  }
}

function ownKeys(): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith(PREFIX));
}

/** The copy stored under `key` (prefix included), if there is a whole one. */
function stored(key: string): Stored | undefined {
  try {
    const copy = JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<Stored> | null;
    // Stryker disable next-line OptionalChaining: equivalent, a null copy throws into the catch below, with the same result
    if (typeof copy?.text === 'string' && typeof copy.url === 'string' && typeof copy.savedAt === 'number') {
      return copy as Stored;
    }
  } catch {
    // Storage blocked, or a copy that is not JSON.
  }
  return undefined;
}
