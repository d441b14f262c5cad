// A small least-recently-used memory of served feeds, bounded in entries and in bytes.

export interface CachedFeed {
  /** The JSON Feed, UTF-8. */
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  /** When it was fetched, in ms since the epoch. */
  fetched: number;
  /** Compressed copies, made on first demand. */
  encoded: Map<string, Promise<Uint8Array<ArrayBuffer>>>;
}

export class FeedMemory {
  readonly #entries = new Map<string, CachedFeed>();
  #bytes = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
  ) {}

  get(key: string): CachedFeed | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      // Most recently used last.
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedFeed): void {
    this.delete(key);
    if (entry.body.byteLength > this.maxBytes) return;
    this.#entries.set(key, entry);
    this.#bytes += entry.body.byteLength;
    for (const [oldest] of this.#entries) {
      if (this.#entries.size <= this.maxEntries && this.#bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.body.byteLength;
  }

  get size(): number {
    return this.#entries.size;
  }
}
