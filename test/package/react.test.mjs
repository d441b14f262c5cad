// news-widgets/react in a React 19 app that renders on the server and hydrates (what Next.js
// and the like do), with a card given the HTML of news-widgets/ssr's renderWidget or not, and in
// one that renders on the client only: the `feed` property and the
// onNewsSelect / onNewsLoad handlers work after hydrateRoot (React itself drops them there,
// react#35446). The server half runs the built package in Node through its `react` export;
// the browser half is the same app bundled with esbuild, in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { build } from 'esbuild';
import { root, serve } from './support/server.mjs';
import { launch, open, headlines } from './support/browser.mjs';

const fixtures = new URL('./fixtures/react/', import.meta.url);
const feed = JSON.parse(readFileSync(join(root, 'examples/react/public/feed.json'), 'utf8'));
let site;
let server;
let browser;

const page = (body, mode, cardHtml) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>React</title></head>
  <body>
    <div id="root" data-mode="${mode}">${body}</div>
    <script type="application/json" id="feed">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script>
    ${cardHtml ? `<script type="application/json" id="card-html">${JSON.stringify(cardHtml).replace(/</g, '\\u003c')}</script>` : ''}
    <script type="module" src="/client.js"></script>
  </body>
</html>`;

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'news-widgets-react-'));
  // React's development build: it reports hydration mismatches in the console.
  await build({
    entryPoints: [new URL('client.mjs', fixtures).pathname],
    bundle: true,
    format: 'esm',
    outfile: join(site, 'client.js'),
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  server = await serve({ '/': site, '/images/': 'examples/react/public/images' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

test('news-widgets/react imports in Node and renders with renderToString', async () => {
  const { App } = await import(new URL('app.mjs', fixtures));
  const html = renderToString(createElement(App, { feed }));
  assert.match(html, /^<main><news-trending[^>]*><\/news-trending><news-article[^>]*><\/news-article><news-card class="side"><\/news-card>/);
  assert.match(html, /<p id="story">kenya-tax-protests<\/p>/);
  writeFileSync(join(site, 'hydrate.html'), page(html, 'hydrate'));

  writeFileSync(join(site, 'client.html'), page('', 'client'));

  // The card rendered by news-widgets/ssr, given to the component as `serverHtml`.
  const { renderWidget } = await import('news-widgets/ssr');
  const cardHtml = await renderWidget('news-card', {
    feed,
    attributes: { 'article-id': 'olympic-torch-relay', layout: 'horizontal' },
  });
  const withCard = renderToString(createElement(App, { feed, cardHtml }));
  const card = /<news-card[^>]*>/.exec(withCard)?.[0] ?? '';
  assert.match(card, /\blayout="horizontal"/, "the server's attributes, which the card's styles need before any script");
  assert.match(card, /\bclass="side"/);
  assert.match(withCard, /<news-card[^>]*><template[^>]*shadowrootmode="open"[^>]*>.*Olympic Torch.*<\/template><script type="application\/json" data-news-feed>/s);
  writeFileSync(join(site, 'server-html.html'), page(withCard, 'hydrate', cardHtml));

  // Words given through the React entry are the ones the server renders with: one registry.
  const { registerWords } = await import('news-widgets/react');
  assert.equal(registerWords, (await import('news-widgets/ssr')).registerWords);
});

const TITLES = {
  hydrate: 'renderToString + hydrateRoot',
  'server-html': "renderToString + hydrateRoot, the card with renderWidget's HTML",
  client: 'createRoot',
};
for (const mode of ['hydrate', 'server-html', 'client']) {
  test(`${TITLES[mode]}: the feed, the props and the handlers work`, async () => {
    const tab = await open(browser, `${server.origin}/${mode}.html`);
    try {
      const [trending, article, card] = await headlines(tab.page, 'news-trending, news-article, news-card');
      assert.match(trending, /Kenya Withdraws Its Finance Bill/, 'the feed property reached <news-trending>');
      assert.match(article, /Kenya Withdraws Its Finance Bill/);
      assert.match(card, /Olympic Torch/, 'articleId reached <news-card>');
      assert.equal(await tab.page.locator('news-trending [part~="link"]').count(), 2, 'limit={2}');
      assert.equal(await tab.page.locator('news-trending [part~="heading"]').textContent(), 'Most read');
      assert.equal(await tab.page.locator('news-card').getAttribute('layout'), 'horizontal');
      await tab.page.waitForFunction(() => globalThis.heard?.includes('article loaded'));
      assert.ok((await tab.page.evaluate(() => globalThis.heard)).includes('trending loaded 3 stories'), 'onNewsLoad');

      await tab.page.locator('news-trending [part~="link"]').nth(1).click();
      await tab.page.waitForFunction(() =>
        /Honduran/.test(document.querySelector('news-article').shadowRoot.querySelector('[part~="title"]')?.textContent ?? ''),
      );
      assert.equal(await tab.page.locator('#story').textContent(), 'hernandez-sentencing', 'onNewsSelect updated the app');
      assert.equal(new URL(tab.page.url()).pathname, `/${mode}.html`, 'preventDefault() kept the reader in the app');

      if (mode !== 'client') {
        assert.equal(await tab.page.evaluate(() => document.querySelector('news-trending') === globalThis.serverTrending), true, "hydration kept the server's elements");
        assert.deepEqual(await tab.page.evaluate(() => globalThis.recoverable), []);
      }
      if (mode === 'server-html') {
        const kept = await tab.page.evaluate(
          () => globalThis.serverCardTitle?.isConnected && document.querySelector('news-card').shadowRoot.querySelector('[part~="title"]') === globalThis.serverCardTitle,
        );
        assert.equal(kept, true, "the card hydrated the server's shadow DOM rather than rendering anew");
      }
      // The card's handler, on its (hydrated) headline link.
      await tab.page.locator('news-card [part~="link"]').first().click();
      await tab.page.waitForFunction(() => document.querySelector('#story')?.textContent === 'olympic-torch-relay');
      assert.equal(new URL(tab.page.url()).pathname, `/${mode}.html`, "the card's onNewsSelect kept the reader in the app");
      assert.deepEqual(tab.errors, []);
      assert.deepEqual(tab.console.filter((m) => m.type === 'error' || m.type === 'warning'), []);
    } finally {
      await tab.close();
    }
  });
}
