import type { Decorator } from '@storybook/web-components-vite';
import { useEffect } from 'storybook/preview-api';

/** A feed URL whose request never settles, so a widget stays in its loading state. */
export const PENDING_FEED_URL = '/fixtures/pending.json';

let realFetch: typeof fetch | undefined;
let users = 0;

/**
 * While a story using it is shown, `fetch` of {@link PENDING_FEED_URL} returns a promise that
 * never settles; every other request goes to the real `fetch`. It ignores the abort signal on
 * purpose: the widgets' own 10 s timeout would otherwise turn the skeleton into an error.
 */
export const withPendingFeed: Decorator = (story) => {
  if (!realFetch) {
    const original = globalThis.fetch;
    realFetch = original;
    globalThis.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
      return url.pathname === PENDING_FEED_URL ? new Promise<Response>(() => {}) : original(input, init);
    };
  }
  useEffect(() => {
    users += 1;
    return () => {
      users -= 1;
      if (users === 0 && realFetch) {
        globalThis.fetch = realFetch;
        realFetch = undefined;
      }
    };
  }, []);
  return story();
};
