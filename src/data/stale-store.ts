/**
 * The last good copy of each feed, kept in localStorage so a reader who goes offline still
 * sees news, marked as old. Bounded: at most {@link MAX_COPIES} feeds of at most
 * {@link MAX_COPY_CHARS} characters each, the least recently saved dropped first. Storage
 * that is full, disabled or blocked (sandboxed frames, private modes) is simply not used:
 * every use of it is inside a `try`.
 */

const PREFIX = 'news-widgets:feed:';
export const MAX_COPIES = 8;
export const MAX_COPY_CHARS = 512 * 1024;

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
  if (text.length > MAX_COPY_CHARS) return;
  try {
    lastSaved = Math.max(lastSaved + 1, Date.now());
    localStorage.setItem(PREFIX + key, JSON.stringify({ text, url, savedAt: lastSaved } satisfies Stored));
    const keys = ownKeys();
    if (keys.length <= MAX_COPIES) return;
    // Over the bound: the least recently saved copies go.
    const byAge = keys.map((name) => ({ name, savedAt: stored(name)?.savedAt ?? 0 }));
    byAge.sort((a, b) => a.savedAt - b.savedAt);
    for (const { name } of byAge.slice(0, -MAX_COPIES)) localStorage.removeItem(name);
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
