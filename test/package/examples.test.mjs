// examples/plain-html, built against this repository's CDN build (its jsDelivr URL pointed at
// dist/cdn/), as a reader sees it with and without script.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, serve } from './support/server.mjs';
import { launch, open, headlines } from './support/browser.mjs';

const CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/news-widgets@[\d.]+\/dist\/cdn\//g;

let site;
let server;
let browser;
before(async () => {
  site = mkdtempSync(join(tmpdir(), 'news-widgets-plain-html-'));
  cpSync(join(root, 'examples/plain-html'), site, { recursive: true });
  const page = readFileSync(join(site, 'index.html'), 'utf8');
  assert.equal(page.match(CDN)?.length, 1, 'the example loads the CDN build once');
  writeFileSync(join(site, 'index.html'), page.replace(CDN, '/dist/cdn/'));
  server = await serve({ '/': site, '/dist/': 'dist' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

test('the plain-HTML example renders its three widgets from the CDN build', async () => {
  const tab = await open(browser, `${server.origin}/index.html`);
  try {
    const [card, trending, article] = await headlines(tab.page);
    assert.match(card, /Kenya Withdraws Its Finance Bill/);
    assert.match(trending, /Kenya Withdraws Its Finance Bill/, 'trending_rank 1 comes first');
    assert.match(article, /Kenya Withdraws Its Finance Bill/);
    await tab.page.waitForFunction(() =>
      /would not sign/.test(document.querySelector('news-article').shadowRoot.querySelector('[part~="body"]')?.textContent ?? ''),
    );
    assert.equal(await tab.page.locator('news-trending [part~="heading"]').textContent(), 'Most read');
    // Once upgraded, the fallback links give way to the widgets.
    assert.equal(await tab.page.locator('news-card > a').isVisible(), false);
    assert.deepEqual(tab.errors, []);
    assert.deepEqual(tab.console.filter((m) => m.type === 'error' || m.type === 'warning'), []);
  } finally {
    await tab.close();
  }
});

test('without script, readers and search engines get the fallback links', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/index.html`);
    for (const tag of ['news-card', 'news-trending', 'news-article']) {
      const link = page.locator(`${tag} > a`);
      assert.equal(await link.isVisible(), true, `${tag}'s fallback link is visible`);
      assert.match(await link.getAttribute('href'), /^https:\/\/dailyreports\.example\/world/);
    }
    // The :not(:defined) rule keeps the card's space before (or without) the script.
    const height = await page.locator('news-card').evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(height >= 12 * 16 - 1, `reserved ${height}px`);
  } finally {
    await context.close();
  }
});
