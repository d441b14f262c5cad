/// <reference types="vite/client" />
import type { Decorator } from '@storybook/web-components-vite';
import { useEffect } from 'storybook/preview-api';
import { saveStaleCopy } from '../../src/data/stale-store.ts';
import world from '../../public/feeds/world.json?raw';

/** A feed URL that is "offline": its request fails as a dropped connection does. */
export const OFFLINE_FEED_URL = '/fixtures/offline.json';

let realFetch: typeof fetch | undefined;
let users = 0;

/**
 * While a story using it is shown, a copy of the sample feed is stored as the last good copy of
 * {@link OFFLINE_FEED_URL} (as a reader's earlier visit would have left it), and `fetch` of that
 * URL fails like a network without connection: the widget shows the stored copy, marked stale,
 * with a retry button. Every other request goes to the real `fetch`.
 */
export const withOfflineFeed: Decorator = (story) => {
  const url = new URL(OFFLINE_FEED_URL, document.baseURI).href;
  saveStaleCopy(url, world, new URL('/feeds/world.json', document.baseURI).href);
  if (!realFetch) {
    const original = globalThis.fetch;
    realFetch = original;
    globalThis.fetch = (input, init) => {
      const target = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
      return target.pathname === OFFLINE_FEED_URL ? Promise.reject(new TypeError('Failed to fetch')) : original(input, init);
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
