/**
 * The last good copy of each feed, kept in localStorage so a reader who goes offline still
 * sees news, marked as old. Bounded by what is actually written (the key and the JSON stored,
 * counted in characters as storage quotas count them): at most {@link MAX_COPIES} feeds of at
 * most {@link MAX_COPY_CHARS} each, and {@link MAX_TOTAL_CHARS} for all of them, the least
 * recently saved dropped first. Storage that is full, disabled or blocked (sandboxed frames,
 * private modes) is simply not used: every use of it is inside a `try`, and a write that fails
 * leaves the host page's own keys alone.
 */

const PREFIX = 'news-widgets:feed:';
export const MAX_COPIES = 8;
export const MAX_COPY_CHARS = 512 * 1024;
/** A fifth of the 5 million characters or so that browsers give an origin's localStorage. */
export const MAX_TOTAL_CHARS = 1024 * 1024;

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
  if (text.length > MAX_COPY_CHARS) return;
  try {
    const name = PREFIX + key;
    lastSaved = Math.max(lastSaved + 1, Date.now());
    const value = JSON.stringify({ text, url, savedAt: lastSaved } satisfies Stored);
    let total = name.length + value.length;
    if (total > MAX_COPY_CHARS) return;
    // Room first, the least recently saved copies going, so that the copies never take more
    // than their share: [savedAt, key, size] of each other copy, oldest first.
    const others = ownKeys()
      .filter((other) => other !== name)
      .map((other) => [stored(other)?.savedAt ?? 0, other, other.length + localStorage.getItem(other)!.length] as const)
      .sort((a, b) => a[0] - b[0]);
    for (const [, , size] of others) total += size;
    while (others.length && (others.length >= MAX_COPIES || total > MAX_TOTAL_CHARS)) {
      const [, other, size] = others.shift()!;
      localStorage.removeItem(other);
      total -= size;
    }
    localStorage.setItem(name, value);
  } catch {
    // Quota exceeded or storage blocked: the copy is a nicety, not a requirement.
  }
}

export function readStaleCopy(key: string): StaleCopy | undefined {
  const copy = stored(PREFIX + key);
  return copy && { text: copy.text, url: copy.url, savedAt: new Date(copy.savedAt) };
}

/** Removes every stored copy. */
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
    if (typeof copy?.text === 'string' && typeof copy.url === 'string' && typeof copy.savedAt === 'number') {
      return copy as Stored;
    }
  } catch {
    // Storage blocked, or a copy that is not JSON.
  }
  return undefined;
}
