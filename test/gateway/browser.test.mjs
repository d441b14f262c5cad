// The end-to-end check: `news-widgets gateway` in front of a local RSS feed that sends
// no CORS header, and widgets on another origin (Debian's Chromium) rendering it through it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { launch, open } from '../package/support/browser.mjs';
import { serve } from '../package/support/server.mjs';
import { fixture, root, upstream } from './support.mjs';

let feeds;
let pages;
let gateway;
let browser;
before(async () => {
  feeds = await upstream({ '/world.rss': { body: fixture('public/feeds/world.rss.xml') } });
  pages = await serve({ '/dist/': 'dist', '/page/': 'test/gateway/fixtures' });
  gateway = spawn(process.execPath, [join(root, 'dist/cli/news-widgets.js'), 'gateway', '--port', '0', '--allow', '127.0.0.1', '--allow-private'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  gateway.origin = await new Promise((resolve, reject) => {
    let out = '';
    gateway.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /on (http:\/\/[\d.:]+)\/feed/.exec(out);
      if (match) resolve(match[1]);
    });
    gateway.once('exit', (code) => reject(new Error(`the gateway exited (${code})`)));
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  gateway?.kill('SIGTERM');
  await pages?.close();
  await feeds?.close();
});

test('a widget on another origin renders an RSS feed without CORS through the gateway', async () => {
  const feed = `${feeds.origin}/world.rss`;
  const query = new URLSearchParams({ gateway: gateway.origin, feed, refused: 'https://not-allowed.example/feed.rss' });
  const tab = await open(browser, `${pages.origin}/page/widgets.html?${query}`);
  try {
    assert.notEqual(new URL(pages.origin).origin, new URL(gateway.origin).origin);
    const part = (id, name) =>
      tab.page.waitForFunction(
        ([id, name]) => document.getElementById(id).shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent.trim(),
        [id, name],
        { timeout: 15_000 },
      );
    assert.match(await (await part('card', 'title')).jsonValue(), /Kenya/);
    assert.match(await (await part('article', 'title')).jsonValue(), /Putin Heads to Pyongyang/);
    // The body came through the gateway's sanitiser and the widget's.
    await tab.page.waitForFunction(() => document.getElementById('article').shadowRoot.querySelector('[part~="body"] p'));
    // The same feed read directly is refused by the browser: it sends no CORS header.
    await part('direct', 'error');
    assert.equal(await tab.page.$eval('#direct', (el) => el.shadowRoot.querySelector('[part~="error"]').dataset.kind), 'blocked');
    // A host the gateway does not fetch from: its JSON error is the widget's error state.
    await part('refused', 'error');
    assert.equal(await tab.page.$eval('#refused', (el) => el.shadowRoot.querySelector('[part~="error"]').dataset.kind), 'http');
    assert.deepEqual(tab.errors, []);
    const fromGateway = tab.responses.filter((r) => r.url().startsWith(`${gateway.origin}/feed?url=${encodeURIComponent(feed)}`));
    assert.ok(fromGateway.length >= 1);
    assert.ok(fromGateway.every((r) => r.status() === 200));
    assert.equal(feeds.requests.filter((r) => r.url === '/world.rss' && r.headers['user-agent'] === 'news-widgets-gateway').length, 1, 'one upstream fetch for both widgets');
  } finally {
    await tab.close();
  }
});
