// The server-rendering examples, run as a reader's browser meets them (headless Chromium, on the
// CDN build in dist/cdn/): examples/ssr-node (node:http) and examples/eleventy (Eleventy 3).
// With JavaScript off the stories are there; with it, the widgets hydrate with no feed request,
// no layout shift and no error, and their links fire news-select.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, serve } from './support/server.mjs';
import { launch, open } from './support/browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** The headlines a page shows, read with JavaScript off. */
async function headlinesWithoutScript(url) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await page.$$eval('news-card, news-trending, news-article', (elements) =>
      elements.map((el) => {
        const title = el.shadowRoot?.querySelector('[part~="title"]');
        return title && title.getBoundingClientRect().height > 0 ? title.textContent.trim() : '';
      }),
    );
  } finally {
    await context.close();
  }
}

/** Loads `url` with JavaScript and checks the hydration a reader would notice, or not notice. */
async function checkHydration(url) {
  const tab = await open(browser, url);
  try {
    const { page } = tab;
    await page.evaluate(() => {
      window.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      // The server's nodes, to tell a hydration from a new render.
      window.before = [...document.querySelectorAll('news-card, news-trending, news-article')].map(
        (el) => el.shadowRoot.querySelector('[part~="title"]'),
      );
    });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('news-card, news-trending, news-article')].every((el) => el.hasUpdated),
    );
    await page.waitForTimeout(500);
    const result = await page.evaluate(() => ({
      shift: window.shift,
      same: [...document.querySelectorAll('news-card, news-trending, news-article')].every(
        (el, i) => el.shadowRoot.querySelector('[part~="title"]') === window.before[i],
      ),
      skeletons: document.querySelectorAll('news-card, news-trending, news-article').length -
        [...document.querySelectorAll('news-card, news-trending, news-article')].filter((el) => !el.shadowRoot.querySelector('[part="skeleton"]')).length,
    }));
    assert.equal(result.shift, 0, 'no layout shift');
    assert.ok(result.same, 'the server’s DOM, taken over');
    assert.equal(result.skeletons, 0);
    const feeds = tab.responses.filter((r) => /feed|\.json/.test(new URL(r.url()).pathname));
    assert.deepEqual(feeds.map((r) => r.url()), [], 'no feed request from the browser');
    assert.ok(tab.responses.some((r) => r.url().endsWith('/hydration.js')), 'the hydrating chunk loaded');
    const selected = await page.evaluate(() => {
      const card = document.querySelector('news-card');
      let id;
      card.addEventListener('news-select', (event) => {
        id = event.detail.item.id;
        event.preventDefault();
      });
      card.shadowRoot.querySelector('a[part~="link"]').click();
      return id;
    });
    assert.equal(selected, 'kenya-tax-protests');
    assert.deepEqual(tab.errors, []);
    assert.deepEqual(tab.console.filter((m) => m.type === 'error' || m.type === 'warning'), []);
  } finally {
    await tab.close();
  }
}

test('examples/ssr-node: a node:http page with server-rendered widgets', async () => {
  const { createSite } = await import(join(root, 'examples/ssr-node/server.mjs'));
  const site = createSite();
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${site.address().port}/`;
  try {
    const titles = await headlinesWithoutScript(url);
    assert.equal(titles.length, 3);
    for (const title of titles) assert.match(title, /Kenya Withdraws Its Finance Bill|Most read/);
    await checkHydration(url);
  } finally {
    site.closeAllConnections();
    await new Promise((resolve) => site.close(resolve));
  }
});

test('examples/eleventy: pages built by Eleventy 3 with the newsWidget shortcode', async () => {
  const { default: Eleventy } = await import('@11ty/eleventy');
  const input = join(root, 'examples/eleventy');
  const output = mkdtempSync(join(tmpdir(), 'news-widgets-eleventy-'));
  const site = await (async () => {
    const eleventy = new Eleventy(input, output, { configPath: join(input, 'eleventy.config.js'), quietMode: true });
    await eleventy.write();
    return serve({ '/cdn/': 'dist/cdn', '/': output });
  })();
  try {
    const url = `${site.origin}/index.html`;
    const titles = await headlinesWithoutScript(url);
    assert.equal(titles.length, 3);
    for (const title of titles) assert.match(title, /Kenya Withdraws Its Finance Bill|Most read/);
    await checkHydration(url);
  } finally {
    await site.close();
    rmSync(output, { recursive: true, force: true });
  }
});
