// The CDN builds on a plain page, as a third-party site embeds them.
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

const expected = [
  // news-card (kenya-tax-protests), news-trending (first ranked), news-article (putin-north-korea-visit)
  /Kenya/,
  /./,
  /Putin Heads to Pyongyang/,
];

for (const build of ['esm', 'iife']) {
  test(`the ${build === 'esm' ? 'ES module' : 'classic (IIFE)'} build renders all three widgets`, async () => {
    const tab = await open(browser, `${server.origin}/fixtures/widgets.html?build=${build}`);
    try {
      const titles = await headlines(tab.page);
      titles.forEach((title, index) => assert.match(title, expected[index]));
      // The article body went through the sanitiser (a chunk for the module build, inlined in the IIFE).
      await tab.page.waitForFunction(() =>
        document.querySelector('news-article').shadowRoot.querySelector('[part~="body"] p'),
      );
      assert.deepEqual(tab.errors, []);
      const noisy = tab.console.filter((m) => m.type === 'error' || m.type === 'warning');
      assert.deepEqual(noisy, [], 'no warnings, and no Lit dev-mode notice');
      const scripts = tab.responses.filter((r) => r.request().resourceType() === 'script');
      assert.ok(scripts.every((r) => r.status() === 200));
      if (build === 'iife') {
        assert.deepEqual(
          scripts.map((r) => new URL(r.url()).pathname),
          ['/dist/cdn/news-widgets.iife.js'],
          'the classic build is one file',
        );
        assert.equal(await tab.page.evaluate(() => typeof window.NewsWidgets?.NewsCard), 'function', 'window.NewsWidgets');
        assert.equal(await tab.page.evaluate(() => typeof window.NewsWidgets?.registerWords), 'function', 'registerWords');
      }
    } finally {
      await tab.close();
    }
  });
}

test('the ES module build fetches the sanitiser only for an article body', async () => {
  const tab = await open(browser, `${server.origin}/fixtures/card.html`);
  try {
    await headlines(tab.page);
    await tab.page.waitForLoadState('networkidle');
    const scripts = tab.responses
      .filter((r) => r.request().resourceType() === 'script')
      .map((r) => new URL(r.url()).pathname);
    assert.ok(scripts.includes('/dist/cdn/news-widgets.js'));
    assert.ok(!scripts.some((path) => /\/html\.js$/.test(path)), `no sanitiser in ${scripts}`);
    assert.ok(!scripts.some((path) => /\/fr\.js$/.test(path)), 'no French locale');
  } finally {
    await tab.close();
  }
});

test('the loader registers widgets added later, and those in a shadow root it is shown', async () => {
  const tab = await open(browser, `${server.origin}/fixtures/card.html`);
  try {
    await headlines(tab.page);
    const titles = await tab.page.evaluate(async () => {
      const { discover } = await import('/dist/cdn/news-widgets.js');
      // Added to the document after start-up: the loader's watch sees it.
      const trending = document.createElement('news-trending');
      trending.setAttribute('src', '/feeds/world.json');
      document.body.append(trending);
      // Inside a shadow root of the page's own: out of the watch's sight until discover().
      const host = document.body.appendChild(document.createElement('div'));
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<news-article src="/feeds/world.json"></news-article>';
      discover(root);
      // The widget's headline, or '' when it has none after 10 s.
      const title = (el) =>
        new Promise((resolve) => {
          const since = Date.now();
          const poll = () => {
            const found = el.shadowRoot?.querySelector('[part~="title"]');
            if (found || Date.now() - since > 10_000) resolve(found?.textContent.trim() ?? '');
            else setTimeout(poll, 50);
          };
          poll();
        });
      return Promise.all([title(trending), title(root.querySelector('news-article'))]);
    });
    assert.ok(titles.every((title) => title.length > 0), titles.join(' | '));
    assert.deepEqual(tab.errors, []);
  } finally {
    await tab.close();
  }
});

/** Waits, 10 s at most, until the page's `<news-trending>` is headed `words`. */
const headingSays = (page, words) =>
  page.waitForFunction(
    (expected) => document.querySelector('news-trending').shadowRoot?.querySelector('[part~="heading"]')?.textContent.trim() === expected,
    words,
    { timeout: 10_000 },
  );

test('a page gives the widgets words of its own with words.js, which shares the widgets’ code', async () => {
  const tab = await open(browser, `${server.origin}/fixtures/card.html`);
  try {
    await headlines(tab.page);
    await tab.page.evaluate(async () => {
      const trending = document.createElement('news-trending');
      trending.setAttribute('src', '/feeds/world.json');
      trending.setAttribute('locale', 'cs');
      document.body.append(trending);
      const { registerWords } = await import('/dist/cdn/words.js');
      registerWords('cs', { trending: 'Nejčtenější' });
    });
    await headingSays(tab.page, 'Nejčtenější');
    const scripts = tab.responses.map((r) => new URL(r.url()).pathname).filter((path) => path.startsWith('/dist/cdn/'));
    assert.ok(scripts.includes('/dist/cdn/words.js'), `words.js in ${scripts}`);
    assert.equal(scripts.filter((path) => path === '/dist/cdn/core.js').length, 1, `one copy of the shared code in ${scripts}`);
    assert.deepEqual(tab.errors, []);
  } finally {
    await tab.close();
  }
});

test('the classic build takes a page’s words as the README shows, before DOMContentLoaded', async () => {
  const tab = await open(browser, `${server.origin}/fixtures/words.html`);
  try {
    await headingSays(tab.page, 'Nejčtenější');
    assert.deepEqual(tab.errors, []);
    assert.deepEqual(tab.console.filter((m) => m.type === 'error' || m.type === 'warning'), []);
  } finally {
    await tab.close();
  }
});

test('the ES module build fetches a locale chunk when the widget is in that language', async () => {
  const tab = await open(browser, `${server.origin}/fixtures/card.html?locale=fr`);
  try {
    await headlines(tab.page);
    await tab.page.waitForFunction(() =>
      /il y a|juin/.test(document.querySelector('news-card').shadowRoot.querySelector('[part~="time"]')?.textContent ?? ''),
    );
    const scripts = tab.responses.map((r) => new URL(r.url()).pathname);
    // One chunk holds French's strings and dates (beside date-fns helpers shared by several locales).
    const languages = scripts.filter((path) =>
      /^\/dist\/cdn\/(fr|de|es|it|pt|nl|ar|bn|el|fa|he|hi|hu|id|ja|ko|pl|ru|sv|tr|uk|ur|zh|en-GB|zh-TW)\.js$/.test(path),
    );
    assert.equal(languages.length, 1, `one language chunk in ${scripts}`);
    assert.match(languages[0], /^\/dist\/cdn\/fr\.js$/);
    assert.deepEqual(tab.errors, []);
  } finally {
    await tab.close();
  }
});

test('a widget whose language chunk fails to load still shows its dates in its language, and the next widget tries again', async () => {
  const context = await browser.newContext({ timezoneId: 'UTC', locale: 'en-US' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const french = /\/dist\/cdn\/fr\.js$/;
    let asked = 0;
    page.on('request', (request) => (asked += french.test(request.url()) ? 1 : 0));
    await page.route(french, (route) => route.abort());
    await page.goto(`${server.origin}/fixtures/card.html?locale=fr`);
    await headlines(page);
    // Dates come from the browser's Intl, not from the chunk: French all the same.
    const time = await page.$eval('news-card', (card) => card.shadowRoot.querySelector('[part~="time"]').textContent);
    assert.match(time, /il y a|juin/, 'French dates without the chunk');
    const before = asked;
    assert.ok(before >= 1, 'the chunk was asked for');
    await page.unroute(french);
    await page.evaluate(() => document.body.append(document.querySelector('news-card').cloneNode()));
    await page.waitForFunction(() => document.querySelectorAll('news-card')[1]?.shadowRoot?.querySelector('[part~="time"]'));
    await page.waitForTimeout(500);
    assert.ok(asked > before, 'the next widget asks for the chunk again');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// Issue 14: found one module after another, each chunk would cost the reader a round trip. The
// autoloader asks for everything a page needs the moment it finds the widgets: held back here,
// the widgets' own files cannot be what made the browser ask for the rest.
for (const [page, needs] of [
  ['widgets.html', [/\/dist\/cdn\/shared[\w.]*\.js$/, /\/dist\/cdn\/html\.js$/, /\/feeds\/world\.json$/]],
  ['card.html?locale=fr', [/\/dist\/cdn\/shared[\w.]*\.js$/, /\/dist\/cdn\/fr\.js$/, /\/feeds\/world\.json$/]],
]) {
  test(`the autoloader asks for the chunks, the words, the sanitiser and the feed a page needs at once (${page})`, async () => {
    const context = await browser.newContext({ timezoneId: 'UTC', locale: 'en-US' });
    try {
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      const entries = /\/dist\/cdn\/news-(card|article|trending)\.js$/;
      const held = [];
      await tab.route(entries, (route) => held.push(route));
      const requested = [];
      tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await tab.goto(`${server.origin}/fixtures/${page}`);
      const missing = () => needs.filter((need) => !requested.some((path) => need.test(path)));
      for (let waited = 0; (missing().length || !held.length) && waited < 5000; waited += 50) await tab.waitForTimeout(50);
      assert.ok(held.length >= 1, 'the widget entries were held');
      assert.deepEqual(missing(), [], `asked for while the widget entries were held: ${requested.join(' ')}`);
      await Promise.all(held.map((route) => route.continue()));
      await tab.unroute(entries);
      await headlines(tab);
      const feeds = requested.filter((path) => path === '/feeds/world.json');
      assert.equal(feeds.length, 1, 'the widgets took over the early request: one request for the feed');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
