// The gateway reads RSS and Atom with xmldom (pure JavaScript, so it runs on edge runtimes).
// Every XML feed the project keeps reads exactly as it did with jsdom's XML parser, and text
// that is not well-formed is refused as a browser refuses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { convertFeed, parseXml, readFeed } from '../../dist/gateway/index.js';
import { parseFeed } from '../../dist/data/load.js';
import { decodeFeed } from '../../dist/data/encoding.js';
import { root } from './support.mjs';

const { window } = new JSDOM('');
const jsdomXml = (text) => {
  const doc = new window.DOMParser().parseFromString(text, 'application/xml');
  return doc.getElementsByTagName('parsererror').length ? undefined : doc;
};

/**
 * An XHTML body (Atom's type="xhtml") as HTML sees it: the two serialisers differ only in how
 * they write it (`<img/>` or `<img />`, `xmlns` first or last), which is the same to an HTML
 * parser: parsed, attributes in one order, written again.
 */
const asHtml = (feed) => {
  const box = window.document.createElement('div');
  for (const item of feed.items) {
    if (item.contentHtml === undefined) continue;
    box.innerHTML = item.contentHtml;
    for (const el of box.querySelectorAll('*')) {
      // Moved as nodes: the HTML parser takes attribute names setAttribute would refuse.
      const attributes = [...el.attributes].sort((a, b) => (a.name < b.name ? -1 : 1));
      for (const attribute of attributes) el.removeAttributeNode(attribute);
      for (const attribute of attributes) el.setAttributeNode(attribute);
    }
    item.contentHtml = box.innerHTML;
  }
  return feed;
};

const files = [
  ...readdirSync(join(root, 'test/fixtures/real')).filter((f) => f.endsWith('.xml')).map((f) => `test/fixtures/real/${f}`),
  ...readdirSync(join(root, 'public/feeds')).filter((f) => f.endsWith('.xml')).map((f) => `public/feeds/${f}`),
];

test('there are XML feeds to compare', () => assert.ok(files.length >= 17));

for (const file of files) {
  test(`${file} reads the same with xmldom as with jsdom`, async () => {
    const text = decodeFeed(readFileSync(join(root, file)));
    const url = `https://feeds.example/${file}`;
    const scope = globalThis;
    delete scope.XMLSerializer;
    const ours = await readFeed(text, url);
    const serializer = scope.XMLSerializer;
    scope.XMLSerializer = window.XMLSerializer;
    try {
      const theirs = await parseFeed(text, url, { parseXml: jsdomXml });
      assert.deepEqual(asHtml(ours), asHtml(theirs));
    } finally {
      scope.XMLSerializer = serializer;
    }
  });
}

test('text that is not well-formed XML is refused; HTML entities get a second chance', async () => {
  assert.equal(parseXml('<rss><channel><item></rss>'), undefined);
  assert.equal(parseXml('not xml'), undefined);
  assert.equal(parseXml('<a>x</a><b/>'), undefined);
  assert.equal(parseXml('<a>&nbsp;</a>'), undefined, 'an undeclared entity stops the parser, as in a browser');
  const feed = await readFeed('<rss version="2.0"><channel><title>A&nbsp;B &mdash; C</title><item><title>x</title><guid>1</guid></item></channel></rss>', 'https://feeds.example/f.xml');
  assert.equal(feed.title, 'A\u00a0B — C');
  await assert.rejects(readFeed('<rss><channel><item></rss>', 'https://feeds.example/f.xml'), { kind: 'parse' });
});

test('entities declared in a DOCTYPE are not expanded (no billion laughs)', async () => {
  const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss version="2.0"><channel><title>&c;</title><item><title>x</title><guid>1</guid></item></channel></rss>`;
  const started = Date.now();
  const feed = await readFeed(bomb, 'https://feeds.example/f.xml').catch((error) => error);
  assert.ok(Date.now() - started < 1000);
  assert.ok(!(feed.title ?? '').includes('aaaaaaaaaa'), 'the entity was expanded');
});

test("an Atom body's relative addresses are made absolute against its xml:base (jekyll-feed's)", async () => {
  const text = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
    <entry><title>Port</title><id>port</id>
      <content type="html" xml:base="https://blog.example/2025/08/26/port.html">&lt;p&gt;&lt;a href="notes.html"&gt;notes&lt;/a&gt;&lt;img src="map.png" alt="A map"&gt;&lt;/p&gt;</content></entry></feed>`;
  const json = await convertFeed(text, 'https://blog.example/feed.xml');
  assert.match(json.items[0].content_html, /href="https:\/\/blog\.example\/2025\/08\/26\/notes\.html"/);
  assert.match(json.items[0].content_html, /src="https:\/\/blog\.example\/2025\/08\/26\/map\.png"/);
  assert.equal(json.items[0].image, 'https://blog.example/2025/08/26/map.png');
});
