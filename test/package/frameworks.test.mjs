// examples/react, examples/vue and examples/svelte: each installs its dependencies from its
// lock file when they are missing (`npm ci`, the npm cache makes it quick), builds with its own
// command (the React and Vue ones type-check first, against the package's generated JSX and
// template types) and, in Chromium, passes the feed as a property and reacts to news-select.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root, serve } from './support/server.mjs';
import { launch, open, headlines } from './support/browser.mjs';

/** Runs a command, and on failure says what it printed. */
function run(command, args, cwd) {
  try {
    execFileSync(command, args, { cwd, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    assert.fail(`${command} ${args.join(' ')} in ${cwd} failed:\n${error.stdout}${error.stderr}`);
  }
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const name of ['react', 'vue', 'svelte']) {
  const dir = join(root, 'examples', name);
  test(`examples/${name} builds, renders from the feed property and follows news-select`, async () => {
    // A lock file newer than the install (a dependency was bumped) installs again, as npm ci does.
    const installed = join(dir, 'node_modules/.package-lock.json');
    if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(dir, 'package-lock.json')).mtimeMs) {
      run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], dir);
    }
    // The package stage has just built the library: skip the example's prebuild.
    run('npm', ['run', 'build', '--ignore-scripts', '--silent'], dir);
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
