// Round trips to first content (issue 14): how long a reader on a phone looks at a blank box.
// Each case is a page as a site owner writes it (one script tag, the widgets, a feed on the same
// site), loaded with Chromium's network emulation adding a fixed latency to every request and
// the cache disabled; the time from navigation to the first widget showing its story, divided
// by that latency, is the number of round trips the page waited for in sequence (the page, the
// script, then whatever the script finds it needs only after running).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One round trip of a typical mobile connection, in milliseconds. */
export const LATENCY_MS = 150;

const ESM = '<script type="module" src="/cdn/news-widgets.js"></script>';
const CLASSIC = '<script src="/cdn/news-widgets.iife.js" defer></script>';

/** The pages measured: the README's embed snippet, with one or more widgets. */
export const CASES = [
  { name: 'card, English', lang: 'en', script: ESM, body: '<news-card src="/feeds/world.json"></news-card>' },
  { name: 'card, French', lang: 'fr', script: ESM, body: '<news-card src="/feeds/monde.json"></news-card>' },
  {
    name: 'article with a body',
    lang: 'en',
    script: ESM,
    body: '<news-article src="/feeds/world.json" article-id="putin-north-korea-visit"></news-article>',
  },
  {
    name: 'all three widgets',
    lang: 'en',
    script: ESM,
    body: `<news-card src="/feeds/world.json"></news-card>
      <news-trending src="/feeds/world.json" limit="5"></news-trending>
      <news-article src="/feeds/world.json" article-id="putin-north-korea-visit"></news-article>`,
  },
  {
    name: 'classic script, card',
    lang: 'en',
    script: CLASSIC,
    body: '<news-card src="/feeds/world.json"></news-card>',
  },
];

const slug = (name) => name.replace(/\W+/g, '-').replace(/^-|-$/g, '');

// Notes the moment the first widget has rendered its story: when a widget's `news-load` has
// been followed by its render, at the next frame. A classic inline script, before the widgets'
// own script, so it is in place whichever way they load.
const OBSERVER = `<script>
  window.firstContent = new Promise((resolve) => {
    addEventListener('news-load', (event) => {
      event.target.updateComplete.then(() => requestAnimationFrame(() => resolve(performance.now())));
    }, { capture: true, once: true });
    addEventListener('news-error', (event) => resolve('error: ' + event.detail.error.message), { capture: true, once: true });
  });
</script>`;

/** Writes each case's page into `dir`; returns the cases with their paths under `base`. */
export async function writePages(dir, base) {
  await mkdir(dir, { recursive: true });
  return Promise.all(
    CASES.map(async (c) => {
      const file = `${slug(c.name)}.html`;
      const html = `<!doctype html>
<html lang="${c.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${c.name}</title>
${OBSERVER}
${c.script}
</head>
<body>
${c.body}
</body>
</html>
`;
      await writeFile(join(dir, file), html);
      return { ...c, path: `${base}/${file}` };
    }),
  );
}

/**
 * A browser tab for loading the cases with `latency` ms added to every request and the cache
 * disabled: `load(url)` resolves to the ms from navigation to first content, and the paths
 * requested. One tab for all the loads of a case, as a reader's browser is warm: a new context
 * for each load paid for starting a renderer every time (0.47 s to first content without the
 * latency, against 0.28 s in a tab that had loaded a page before).
 */
export async function openTab(browser) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  return {
    async load(url, latency = LATENCY_MS) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      requests = [];
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const result = await page.evaluate(() => window.firstContent);
      if (typeof result !== 'number') throw new Error(`${url}: ${result}`);
      return { ms: result, requests };
    },
    close: () => context.close(),
  };
}
