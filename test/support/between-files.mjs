// What keeps one test file from seeing another's storage where a browser, a context or a page is
// kept for the next file: shared by the engines' launchers (web-test-runner.config.mjs,
// test/support/context-pool.mjs, test/support/webkit-launcher.mjs).

/** Run in a test page as it leaves a file: its origin's localStorage and sessionStorage emptied. */
export function clearPageStorage() {
  localStorage.clear();
  sessionStorage.clear();
}

/**
 * `target` with the methods of `overrides` in place of its own; its other methods still run on
 * `target` itself (Playwright's and puppeteer's classes keep private fields).
 */
export function overriding(target, overrides) {
  return new Proxy(target, {
    get(object, key) {
      if (Object.hasOwn(overrides, key)) return overrides[key];
      const value = Reflect.get(object, key, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}

/**
 * A puppeteer page whose storage is cleared before it goes to about:blank, which is how the
 * runner's Chrome launcher leaves a file before it keeps the page for the next one.
 */
export function clearsStorageOnLeaving(page) {
  return overriding(page, {
    async goto(url, ...rest) {
      if (url === 'about:blank') await page.evaluate(clearPageStorage).catch(() => {});
      return page.goto(url, ...rest);
    },
  });
}
