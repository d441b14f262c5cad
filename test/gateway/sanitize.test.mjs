// The project's hostile HTML corpus (test/fixtures/hostile/html.json) through the gateway's
// sanitisers (the widgets' DOMPurify policy on jsdom, and the same rules without a DOM, on
// parse5, for runtimes where jsdom cannot run) and through its plain-text option, then put into
// a page in Debian's Chromium with innerHTML, as a consumer of the gateway's JSON that does not
// sanitise again would: no payload may run, nothing dangerous may be in the page, before or
// after a second parse. test/gateway/sanitize-parity.test.mjs holds the two sanitisers to the
// same output.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { convertFeed } from '../../dist/gateway/index.js';
import { sanitizeMarkup } from '../../dist/sanitize/markup.js';
import { launch } from '../package/support/browser.mjs';
import { root } from './support.mjs';

const FEED_URL = 'https://feeds.example/hostile/feed.json';
const corpus = JSON.parse(readFileSync(`${root}test/fixtures/hostile/html.json`, 'utf8'));
const cases = corpus.cases.map((c, id) => ({ ...JSON.parse(JSON.stringify(c).replaceAll('PWN', `__pwned(${id})`)), id }));
const feed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Hostile',
  items: cases.map((c) => ({ id: `case-${c.id}`, title: c.name, content_html: c.html })),
});

/** In the page: everything dangerous in a tree (test/security/support.ts's `dangers`). */
function dangers(root) {
  const elements = 'script, style, link, iframe, frame, frameset, object, embed, applet, param, form, input, textarea, select, meta, base, svg, math, template, noscript, xmp, marquee, details, video, audio, source';
  const schemes = { href: /^(https?:\/\/|mailto:)/, src: /^https?:\/\// };
  const urls = ['action', 'formaction', 'data', 'poster', 'background', 'xlink:href', 'srcset', 'srcdoc', 'ping', 'cite', 'longdesc', 'codebase', 'manifest', 'lowsrc', 'dynsrc'];
  const found = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(elements)) found.push(`<${el.localName}>`);
    for (const { name, value } of el.attributes) {
      const attr = name.toLowerCase();
      if (attr.startsWith('on') || attr === 'style' || urls.includes(attr)) found.push(`${el.localName}[${attr}]`);
      else if (attr in schemes && !schemes[attr].test(value)) found.push(`${el.localName}[${attr}="${value.slice(0, 60)}"]`);
    }
  }
  return found;
}

let browser;
let page;
before(async () => {
  browser = await launch();
  page = await browser.newPage();
  // Nothing leaves the machine: every request the content makes (images) is refused.
  await page.route('**/*', (route) => route.abort());
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.evaluate(() => {
    window.pwned = new Set();
    window.__pwned = (id) => window.pwned.add(id);
  });
});
after(() => browser?.close());

/** Each output in the page by innerHTML, provoked; gives, per case, what ran and what is there. */
async function render(outputs) {
  return page.evaluate(
    async ({ outputs, dangersSource }) => {
      const dangers = new Function(`return ${dangersSource}`)();
      const boxes = outputs.map(({ id, html }) => {
        const box = document.createElement('div');
        box.dataset.id = id;
        box.innerHTML = html;
        document.body.append(box);
        return box;
      });
      for (const el of document.body.querySelectorAll('*')) {
        el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        el.dispatchEvent(new FocusEvent('focus'));
      }
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const results = boxes.map((box) => {
        const again = document.createElement('template');
        again.innerHTML = box.innerHTML;
        return {
          id: Number(box.dataset.id),
          ran: window.pwned.has(Number(box.dataset.id)),
          dangers: dangers(box),
          reparsed: dangers(again.content),
          text: box.textContent.replace(/\s+/g, ' ').trim(),
          html: box.innerHTML,
        };
      });
      for (const box of boxes) box.remove();
      return results;
    },
    { outputs, dangersSource: dangers.toString() },
  );
}

describe('the hostile corpus through the gateway', () => {
  test('has the corpus', () => assert.ok(cases.length >= 40));

  const withoutDom = (html, baseUrl) => sanitizeMarkup(html, baseUrl).html;
  for (const [name, sanitize] of [['DOMPurify on jsdom', undefined], ['without a DOM', withoutDom]]) {
    test(`sanitised HTML (${name}): no payload runs, nothing dangerous, before or after a second parse`, async () => {
      const json = await convertFeed(feed, FEED_URL, { sanitize });
      const outputs = json.items.map((item, i) => ({ id: cases[i].id, html: item.content_html ?? '' }));
      for (const result of await render(outputs)) {
        const c = cases[result.id];
        const where = `${c.name}: ${result.html.slice(0, 200)}`;
        assert.equal(result.ran, false, `the payload ran: ${where}`);
        assert.deepEqual(result.dangers, [], where);
        assert.deepEqual(result.reparsed, [], `after a second parse: ${where}`);
        for (const text of c.keep ?? []) assert.ok(result.text.includes(text), `keeps "${text}": ${where}`);
        for (const text of c.absentText ?? []) assert.ok(!result.text.includes(text), `drops "${text}": ${where}`);
        for (const selector of c.present ?? []) {
          const resolved = selector.replace(/\{base:([^}]*)\}/g, (_, url) => new URL(url, FEED_URL).href);
          assert.ok(await page.evaluate(([html, sel]) => {
            const t = document.createElement('template');
            t.innerHTML = html;
            return Boolean(t.content.querySelector(sel));
          }, [result.html, resolved]), `${selector}: ${where}`);
        }
      }
    });
  }

  test('plain text (sanitize: \'text\'): no HTML, the text a reader sees kept, script text dropped', async () => {
    const json = await convertFeed(feed, FEED_URL, { sanitize: 'text' });
    for (const [i, item] of json.items.entries()) {
      const c = cases[i];
      assert.equal(item.content_html, undefined, c.name);
      const text = item.content_text.replace(/\s+/g, ' ');
      for (const kept of c.keep ?? []) assert.ok(text.includes(kept), `${c.name} keeps "${kept}": ${text}`);
      for (const gone of c.absentText ?? []) assert.ok(!text.includes(gone), `${c.name} drops "${gone}"`);
    }
  });
});
