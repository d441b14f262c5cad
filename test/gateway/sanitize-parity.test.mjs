// The article sanitiser without a DOM (src/sanitize/markup.ts, on parse5: what the gateway and
// server rendering use where jsdom cannot be loaded, as on Cloudflare Workers) against the
// widgets' own (DOMPurify on jsdom): the same HTML, the same cut and the same pictures, body for
// body. On the hostile corpus and on every HTML body of the feeds the project keeps (real
// sites' and its own). test/security/sanitize-parity.test.ts holds it to each browser's own
// DOMPurify on bodies aimed at each rule and on thousands made at random; not to jsdom's, which
// puts text fostered out of a table after the table where browsers put it before.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { readFeed } from '../../dist/gateway/index.js';
import { serverBodySanitizer, serverSanitizerKind } from '../../dist/gateway/server-dom.js';
import { sanitizeMarkup } from '../../dist/sanitize/markup.js';
import { decodeFeed } from '../../dist/data/encoding.js';
import { root } from './support.mjs';

const BASE = 'https://news.example/feeds/world.xml';
const dom = await serverBodySanitizer();

/** Both sanitisers on one body: equal in everything they give. */
function same(html, { base = BASE, images = true, label } = {}) {
  const theirs = dom(html, base, images);
  const ours = sanitizeMarkup(html, base, { images });
  assert.deepEqual(ours, theirs, `${label ? `${label}: ` : ''}${html.slice(0, 400)}`);
}

describe('the sanitiser without a DOM gives what DOMPurify gives', () => {
  test('DOMPurify on jsdom is what it is held to (jsdom is installed here)', async () => {
    assert.equal(await serverSanitizerKind(), 'jsdom');
  });

  test('on the hostile corpus, with pictures and without', () => {
    const { cases } = JSON.parse(readFileSync(`${root}test/fixtures/hostile/html.json`, 'utf8'));
    assert.ok(cases.length >= 40);
    for (const c of cases) {
      same(c.html, { label: c.name });
      same(c.html, { label: c.name, images: false });
    }
  });

  test('on every HTML body of the real feeds and of the bundled ones', async () => {
    let bodies = 0;
    for (const dir of ['test/fixtures/real', 'test/fixtures', 'public/feeds']) {
      for (const file of readdirSync(`${root}${dir}`)) {
        if (!/\.(json|xml)$/.test(file) || file === 'index.json') continue;
        const url = `https://site.example/feeds/${file}`;
        const feed = await readFeed(decodeFeed(readFileSync(`${root}${dir}/${file}`)), url).catch(() => undefined);
        for (const item of feed?.items ?? []) {
          if (!item.contentHtml) continue;
          bodies++;
          same(item.contentHtml, { base: feed.baseUrl ?? url, label: `${file} ${item.id}` });
        }
      }
    }
    // The real feeds alone hold over 400 (test/fixtures/real/README.md).
    assert.ok(bodies > 400, `${bodies} bodies`);
  });

  test('both name the files a body plays, so that a server-rendered article plays each once', () => {
    const html =
      '<p>Episode 12.</p><audio class="wp-audio-shortcode" controls><source src="/ep12.mp3?_=1"><a href="/ep12.mp3">/ep12.mp3</a></audio>' +
      '<figure><video src="clip.mp4" poster="/p.jpg"></video></figure><video src="javascript:x()"></video>';
    same(html);
    same(html, { images: false });
    assert.deepEqual(dom(html, BASE, true).media, [
      'https://news.example/ep12.mp3?_=1',
      'https://news.example/feeds/clip.mp4',
    ]);
  });

  test('where jsdom cannot be loaded, the gateway sanitises without a DOM: HTML, not plain text', async () => {
    const html = '<p onclick="x()">Protesters <b>marched</b><img src="crowd.jpg" onerror="x()"><script>x()</script></p>';
    const feed = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', content_html: html }] });
    // A Node process in which importing jsdom fails, as on a runtime it does not run on.
    const noJsdom = 'export async function resolve(s, c, next) { if (s === "jsdom") throw new Error("no jsdom"); return next(s, c); }';
    const script = `
      import { register } from 'node:module';
      register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(noJsdom)}));
      const { convertFeed } = await import(${JSON.stringify(`${root}dist/gateway/index.js`)});
      const { serverSanitizerKind } = await import(${JSON.stringify(`${root}dist/gateway/server-dom.js`)});
      const json = await convertFeed(${JSON.stringify(feed)}, ${JSON.stringify(BASE)});
      console.log(JSON.stringify({ kind: await serverSanitizerKind(), item: json.items[0] }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
    const { kind, item } = JSON.parse(stdout);
    assert.equal(kind, 'parse5');
    assert.equal(item.content_text, undefined);
    assert.equal(item.content_html, sanitizeMarkup(html, BASE).html);
    assert.equal(
      item.content_html,
      '<p>Protesters <b>marched</b><img src="https://news.example/feeds/crowd.jpg" loading="lazy" decoding="async" alt=""></p>',
    );
  });
});
