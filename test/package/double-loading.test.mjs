// Loading the library twice on one page (two CDN copies, module plus classic) never throws:
// the first registration wins, and the second copy warns at most once per tag.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, headlines } from './support/browser.mjs';
import { servePackagePages } from './support/pages.mjs';

let server;
let browser;
before(async () => {
  server = await servePackagePages();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const TAGS = ['news-card', 'news-article', 'news-trending', 'news-list'];

for (const load of ['esm,esm', 'esm,esm-copy', 'esm,iife', 'iife,esm', 'iife,iife-copy']) {
  test(`loaded as ${load.replace(',', ' then ')}: no error, every widget renders`, async () => {
    const tab = await open(browser, `${server.origin}/fixtures/twice.html?load=${load}`);
    try {
      const titles = await headlines(tab.page);
      assert.equal(titles.length, 3);
      // Both copies have run (or the same module was reused) before the page is judged.
      await tab.page.waitForLoadState('networkidle');
      assert.deepEqual(tab.errors, []);
      const fetched = tab.responses.filter((r) => r.ok() && /news-widgets(\.iife)?\.js$/.test(r.url()));
      assert.equal(new Set(fetched.map((r) => r.url())).size, load === 'esm,esm' ? 1 : 2, 'both copies were fetched');
      const warnings = tab.console.filter((m) => m.type === 'warning' || m.type === 'error').map((m) => m.text);
      for (const tag of TAGS) {
        const count = warnings.filter((text) => text.includes(`<${tag}>`)).length;
        // The same URL twice is one module instance: nothing to warn about.
        assert.ok(count <= (load === 'esm,esm' ? 0 : 1), `${count} warnings for <${tag}>: ${warnings}`);
      }
      assert.equal(warnings.filter((text) => !TAGS.some((tag) => text.includes(`<${tag}>`))).length, 0, `${warnings}`);
      // A widget created after both copies ran upgrades normally.
      await tab.page.evaluate(() => {
        const card = document.createElement('news-card');
        card.src = '/feeds/world.json';
        document.body.append(card);
      });
      assert.equal((await headlines(tab.page)).length, 4);
    } finally {
      await tab.close();
    }
  });
}
