// Browser contexts for @web/test-runner's Playwright launcher, kept from one test file to the next
// rather than made and closed for each, as WebKit's browsers are (test/support/webkit-launcher.mjs):
// a kept context has its cache, so the scripts every test page loads at the same address (mocha,
// the runner's own, axe-core where a file audits) come from it rather than the server. Each file
// still starts clean, as in a context of its own: a new page (so new sessionStorage), and the
// storage of every origin the last file's pages reached cleared (localStorage, where the widgets
// keep their last good copies, IndexedDB, cookies, caches and service workers). At most one file
// runs in a context at a time; the runner never has more files open than its concurrency, so
// there are never more contexts than that.
import { overriding } from './between-files.mjs';

const STORAGE_TYPES = 'cookies,file_systems,indexeddb,local_storage,cache_storage,service_workers,shared_storage,storage_buckets';

/** How long cleaning a context may take before it is closed instead (it takes milliseconds). */
const CLEAN_MS = 10_000;

export function contextPool(options = {}) {
  /** Idle contexts, each { context, browser, origins } (the origins its pages reached). */
  const idle = [];

  async function open(browser) {
    const context = await browser.newContext(options);
    const origins = new Set();
    const watch = (page) =>
      page.on('framenavigated', (frame) => {
        const { origin } = new URL(frame.url());
        if (origin !== 'null') origins.add(origin);
      });
    context.on('page', watch);
    return { context, browser, origins };
  }

  /** Leaves nothing of the last file in the context: its pages closed, its origins' storage cleared. */
  async function clean({ context, origins }) {
    const pages = context.pages();
    if (pages.length) {
      const cdp = await context.newCDPSession(pages[0]);
      for (const origin of origins) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: STORAGE_TYPES });
      await cdp.detach();
    }
    origins.clear();
    await context.clearCookies();
    await context.clearPermissions();
    await Promise.all(context.pages().map((page) => page.close()));
  }

  return {
    /** A context for one test file: `close()` gives it back clean, for the next file. */
    async acquire(browser) {
      let entry;
      while ((entry = idle.pop())) {
        if (entry.browser === browser && browser.isConnected()) break;
        await entry.context.close().catch(() => {});
      }
      entry ??= await open(browser);
      const { context } = entry;
      let released = false;
      const release = async () => {
        if (released) return;
        released = true;
        try {
          // A page that crashed or hangs must not hold the run up: such a context is not reused.
          let timer;
          const timeout = new Promise((_, reject) => (timer = setTimeout(reject, CLEAN_MS, new Error('timed out'))));
          await Promise.race([clean(entry), timeout]).finally(() => clearTimeout(timer));
          idle.push(entry);
        } catch {
          // A context that cannot be cleaned is not reused.
          await context.close().catch(() => {});
        }
      };
      return overriding(context, { close: release });
    },
  };
}
