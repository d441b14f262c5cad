import type { FeedErrorKind, NewsFeedError } from './types.js';

/** A typed error for everything that keeps a widget from showing its feed. */
export class FeedError extends Error implements NewsFeedError {
  override readonly name = 'FeedError';
  /** The HTTP status, for `http` errors. */
  readonly status?: number;
  /** The feed URL, when there is one. */
  readonly url?: string;

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    options: { status?: number; url?: string; cause?: unknown } = {},
  ) {
    super(message, options);
    Object.assign(this, options);
  }

  /** Whether trying again later may help (network trouble, timeouts, 5xx and 429). */
  get transient(): boolean {
    const { kind, status = 0 } = this;
    return kind === 'network' || kind === 'timeout' || (kind === 'http' && (status === 429 || status >= 500));
  }
}

/** Wraps anything thrown into a FeedError, keeping it as the cause. */
export function toFeedError(error: unknown, url?: string): FeedError {
  if (error instanceof FeedError) return error;
  return new FeedError('network', String((error as Error | undefined)?.message ?? error), { url, cause: error });
}
