import type { FeedError } from './feed-error.js';
import { retryDelay } from './feed-source.js';

/**
 * A widget's automatic retries after a failure: how many were made since the last load that
 * succeeded, and the one waiting. The delays and the cap are the feed source's ({@link retryDelay}).
 */
export class Retries {
  #count = 0;
  #timer?: ReturnType<typeof setTimeout>;

  /** Cancels the retry waiting, if any. */
  cancel(): void {
    clearTimeout(this.#timer);
  }

  /** Starts counting afresh, and cancels the retry waiting. */
  reset(): void {
    this.cancel();
    this.#count = 0;
  }

  /** A load succeeded: the next failure is a first one again. */
  succeeded(): void {
    this.#count = 0;
  }

  /** Schedules `retry` after this failure, when a retry may help and the cap is not reached. */
  schedule(error: FeedError, retry: () => void): void {
    const delay = retryDelay(error, this.#count);
    if (delay === undefined) return;
    this.#count += 1;
    this.cancel();
    this.#timer = setTimeout(retry, delay);
  }
}
