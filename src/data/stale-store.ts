/**
 * The last good copy of each feed, kept in localStorage so a reader who goes offline still
 * sees news, marked as old. Bounded: at most {@link MAX_COPIES} feeds of at most
 * {@link MAX_COPY_CHARS} characters each, the least recently saved dropped first. Storage
 * that is full, disabled or blocked (sandboxed frames, private modes) is simply not used.
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

interface Stored {
  text: string;
  url: string;
  savedAt: number;
  /** Save order, finer than milliseconds, for dropping the oldest copy. */
  order: number;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveStaleCopy(key: string, text: string, url: string): void {
  const store = storage();
  if (!store || text.length > MAX_COPY_CHARS) return;
  try {
    store.setItem(PREFIX + key, JSON.stringify({ text, url, savedAt: Date.now(), order: saveOrder() } satisfies Stored));
    prune(store);
  } catch {
    // Quota exceeded or storage blocked: the copy is a nicety, not a requirement.
  }
}

export function readStaleCopy(key: string): StaleCopy | undefined {
  const store = storage();
  if (!store) return undefined;
  try {
    const raw = store.getItem(PREFIX + key);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<Stored>;
    if (typeof value.text !== 'string' || typeof value.url !== 'string' || typeof value.savedAt !== 'number') {
      return undefined;
    }
    return { text: value.text, url: value.url, savedAt: new Date(value.savedAt) };
  } catch {
    return undefined;
  }
}

/** Removes every stored copy. */
export function clearStaleCopies(): void {
  const store = storage();
  if (!store) return;
  for (const key of ownKeys(store)) store.removeItem(key);
}

function ownKeys(store: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}

let lastOrder = 0;

function saveOrder(): number {
  lastOrder = Math.max(lastOrder + 1e-3, performance.timeOrigin + performance.now());
  return lastOrder;
}

function prune(store: Storage): void {
  const keys = ownKeys(store);
  if (keys.length <= MAX_COPIES) return;
  const dated = keys.map((key) => {
    try {
      return { key, order: (JSON.parse(store.getItem(key) ?? '{}') as Stored).order ?? 0 };
    } catch {
      return { key, order: 0 };
    }
  });
  dated.sort((a, b) => a.order - b.order);
  for (const { key } of dated.slice(0, dated.length - MAX_COPIES)) store.removeItem(key);
}
