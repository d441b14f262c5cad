// examples/react and examples/vue, when their dependencies are installed (`npm install` in the
// example's folder needs the registry, so CI skips these): each builds with its own command
// and, in Chromium, passes the feed as a property and reacts to news-select.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root, serve } from './support/server.mjs';
import { launch, open, headlines } from './support/browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const name of ['react', 'vue']) {
  const dir = join(root, 'examples', name);
  const installed = existsSync(join(dir, 'node_modules', 'news-widgets'));
  test(`examples/${name} builds, renders from the feed property and follows news-select`, {
    skip: !installed && `run npm install in examples/${name} first`,
  }, async () => {
    // The package stage has just built the library: skip the example's prebuild.
    execFileSync('npm', ['run', 'build', '--ignore-scripts', '--silent'], { cwd: dir, stdio: 'pipe' });
    const server = await serve({ '/': join(dir, 'dist') });
    const tab = await open(browser, `${server.origin}/index.html`);
    try {
      await tab.page.waitForSelector('news-article');
      const [first, article] = await headlines(tab.page);
      assert.match(first, /Kenya/);
      assert.match(article, /Kenya/);
      await tab.page.locator('news-trending [part~="link"]').nth(1).click();
      await tab.page.waitForFunction(() =>
        /Honduran/.test(document.querySelector('news-article').shadowRoot.querySelector('[part~="title"]')?.textContent ?? ''),
      );
      assert.equal(new URL(tab.page.url()).pathname, '/index.html', 'the app kept the reader on the page');
      assert.deepEqual(tab.errors, []);
      assert.deepEqual(tab.console.filter((m) => m.type === 'error' || m.type === 'warning'), []);
    } finally {
      await tab.close();
      await server.close();
    }
  });
}
