// The `news-widgets` command (check and convert) on JSON Feed, RSS and Atom files and URLs,
// and the converter on every real feed in test/fixtures/real/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { convertFeed, readFeed } from '../../dist/gateway/index.js';
import { normaliseFeed } from '../../dist/data/normalise.js';
import { decodeFeed } from '../../dist/data/encoding.js';
import { fixture, root, upstream } from './support.mjs';

const cli = join(root, 'dist/cli/news-widgets.js');
/** Runs the command; resolves with its exit code and output whatever the code. */
async function command(...args) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

const FILES = [
  ['public/feeds/world.json', 'JSON Feed 1.1'],
  ['public/feeds/world.rss.xml', 'RSS 2.0'],
  ['public/feeds/world.atom.xml', 'Atom'],
];

describe('news-widgets check', () => {
  for (const [file, format] of FILES) {
    test(`${file}: format, items and the first card`, async () => {
      const { code, stdout } = await command('check', file, '--base', 'https://news.example/feeds/world');
      assert.equal(code, 0, stdout);
      assert.match(stdout, new RegExp(`format: +${format}`));
      assert.match(stdout, /items: +7/);
      assert.match(stdout, /pictures: +3 of 7 items\n/);
      assert.match(stdout, /dates: +7 of 7 items\n/);
      assert.match(stdout, /headline: +Putin Heads to Pyongyang/);
      assert.match(stdout, /date: +2024-06-17T09:30:00\.000Z/);
      assert.match(stdout, /summary: +The Russian president/);
      assert.match(stdout, /image: +https:\/\/news\.example\/feeds\/images\//);
      assert.match(stdout, /A widget can show this feed\./);
    });
  }

  test("an aggregator's first card: its publisher as its source, not in its headline (Google News)", async () => {
    const { code, stdout } = await command('check', 'test/fixtures/real/googlenews-escaped-html.rss.xml');
    assert.equal(code, 0, stdout);
    assert.match(stdout, /headline: +In a major boost to Democrats, Manchin and Schumer announce deal for energy and health care bill\n/);
    assert.match(stdout, /excerpt: +\(none\)\n/);
    assert.match(stdout, /sources: +CNN\n/);
    // A feed whose first story names none says nothing of them.
    assert.doesNotMatch((await command('check', 'test/fixtures/real/slashdot-share-trailer.rdf.xml')).stdout, /sources:/);
  });

  test("the feed's language: its direction, and whether the widgets have words in it", async () => {
    const cases = [
      ['public/feeds/world.json', /language: +en \(English\), left to right; the widgets have words in English\n/],
      ['test/fixtures/real/notes-co-il-hebrew-windows1255.rss.xml', /language: +he \(Hebrew\), right to left; the widgets have words in Hebrew\n/],
      ['test/fixtures/real/bbc-urdu-rtl.rss.xml', /language: +ur \(Urdu\), right to left; the widgets have words in Urdu\n/],
      ['test/fixtures/real/prothomalo-bengali-atom-authors.rss.xml', /language: +bn \(Bangla\), left to right; the widgets have words in Bangla\n/],
      ['test/fixtures/real/naftemporiki-greek-iso8859-7.rss.xml', /language: +el \(Greek\), left to right; the widgets have words in Greek\n/],
      ['test/fixtures/real/docc-whole-page-bodies.json', /language: +\(none\): each story's direction comes from its letters\n/],
    ];
    // A language the widgets have no words in (Slovak).
    const dir = mkdtempSync(join(tmpdir(), 'news-widgets-check-'));
    const slovak = join(dir, 'slovak.json');
    writeFileSync(slovak, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', language: 'sk', items: [{ id: '1', title: 'Správy', url: 'https://sme.sk/a' }] }));
    cases.push([slovak, /language: +sk \(Slovak\), left to right; the widgets have no words in Slovak: their labels are in English unless the page gives them words \(registerWords\), the dates in Slovak\n/]);
    for (const [file, line] of cases) {
      const { code, stdout } = await command('check', file);
      assert.equal(code, 0, stdout);
      assert.match(stdout, line, file);
    }
  });

  test('a file read without --base: check says why its relative addresses were dropped', async () => {
    const bare = await command('check', 'public/feeds/world.json');
    assert.match(bare.stdout, /items\[\]\.image: not a safe http\(s\) URL/);
    assert.match(bare.stdout, /base: +relative addresses resolved against the file's path: give --base <the URL it is served from>\n/);
    const based = await command('check', 'public/feeds/world.json', '--base', 'https://news.example/feeds/world.json');
    assert.doesNotMatch(based.stdout, /base:/);
    // Nothing relative, nothing to say.
    assert.doesNotMatch((await command('check', 'test/fixtures/real/slashdot-share-trailer.rdf.xml')).stdout, /base:/);
  });

  test('a real feed the normaliser repairs: the repairs are listed', async () => {
    const { code, stdout } = await command('check', 'test/fixtures/real/influxdata-wordpress-rfc822-no-id.json');
    assert.equal(code, 0, stdout);
    assert.match(stdout, /repairs: +the feed was repaired where it could be: .*id: missing, derived from the item/);
  });

  test("a site built with its development or placeholder address: check says where its links go", async () => {
    // jekyll-swiftjectivec (Jekyll's http://localhost:4000) and eleventy-yakikim-he (https://example.com).
    const dir = mkdtempSync(join(tmpdir(), 'news-widgets-check-'));
    const write = (name, urls) => {
      const items = urls.map((url, i) => ({ id: String(i), url, title: `Post ${i}` }));
      writeFileSync(join(dir, name), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Blog', items }));
      return join(dir, name);
    };
    const jekyll = await command('check', write('jekyll.json', ['http://localhost:4000/2020/a.html', 'http://localhost:4000/2020/b.html', 'https://blog.example.net/c']));
    assert.equal(jekyll.code, 0, jekyll.stdout);
    assert.match(jekyll.stdout, /links: +3 of 3 items link to http:\/\/localhost:4000, a development or placeholder address/);
    const eleventy = await command('check', write('eleventy.json', ['https://example.com/posts/a/', 'https://www.news.example/b', 'https://news.site/c']));
    assert.match(eleventy.stdout, /links: +2 of 3 items link to https:\/\/example\.com,/);
    for (const url of ['https://mytest.com/a', 'https://local.news.com/b', 'https://example.co.uk/c', 'https://127news.com/d', 'https://examples.dev/e']) {
      const fine = await command('check', write('fine.json', [url]));
      assert.doesNotMatch(fine.stdout, /links:/, url);
    }
  });

  test('a file that is not a feed exits non-zero', async () => {
    const { code, stdout } = await command('check', 'README.md');
    assert.equal(code, 1);
    assert.match(stdout, /error: +(parse|format)/);
    assert.match(stdout, /A widget could not show this feed\./);
  });

  describe('a URL', () => {
    let server;
    before(async () => {
      server = await upstream({
        '/open.rss': { body: fixture('public/feeds/world.rss.xml'), headers: { 'access-control-allow-origin': '*' } },
        '/mine.rss': (req) => ({
          body: fixture('public/feeds/world.rss.xml'),
          headers: req.headers.origin === 'https://my.site' ? { 'access-control-allow-origin': 'https://my.site' } : {},
        }),
        '/closed.rss': { body: fixture('public/feeds/world.rss.xml') },
        '/gone': { status: 404 },
      });
    });
    after(() => server.close());

    test('with a CORS header for every origin: content type, size, CORS', async () => {
      const { code, stdout } = await command('check', `${server.origin}/open.rss`);
      assert.equal(code, 0, stdout);
      assert.match(stdout, /content type: application\/rss\+xml/);
      assert.match(stdout, /size: +7,\d{3} bytes/);
      assert.match(stdout, /CORS: +Access-Control-Allow-Origin: \*/);
    });

    test('--origin: the request says where it comes from, and the answer is judged for it', async () => {
      assert.equal((await command('check', `${server.origin}/mine.rss`, '--origin', 'https://my.site')).code, 0);
      const other = await command('check', `${server.origin}/mine.rss`, '--origin', 'https://other.site');
      assert.equal(other.code, 1);
      assert.match(other.stdout, /no Access-Control-Allow-Origin header: https:\/\/other\.site cannot read it/);
    });

    test('without a CORS header: a widget on another origin could not show it', async () => {
      const { code, stdout } = await command('check', `${server.origin}/closed.rss`);
      assert.equal(code, 1);
      assert.match(stdout, /cannot read it .*gateway/);
      assert.match(stdout, /items: +7/, 'the feed itself is still reported');
    });

    test('an error status', async () => {
      const { code, stdout } = await command('check', `${server.origin}/gone`);
      assert.equal(code, 1);
      assert.match(stdout, /error: +http: The feed server answered 404/);
    });
  });
});

describe('news-widgets convert', () => {
  for (const [file] of FILES) {
    test(`${file} → JSON Feed 1.1`, async () => {
      const { code, stdout } = await command('convert', file, '--base', 'https://news.example/feeds/world');
      assert.equal(code, 0);
      const feed = JSON.parse(stdout);
      assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
      assert.equal(feed.items.length, 7);
      assert.match(feed.items[0].id, /putin-north-korea-visit$/);
      assert.equal(feed.items[0].title, "Putin Heads to Pyongyang to Deepen a 'Brothers-in-Arms' Alliance Under Western Watch");
    });
  }

  test('the world feed keeps its _news fields through JSON Feed', async () => {
    const { stdout } = await command('convert', 'public/feeds/world.json');
    const source = JSON.parse(fixture('public/feeds/world.json'));
    const out = JSON.parse(stdout);
    for (const item of source.items.filter((i) => i._news)) {
      const converted = out.items.find((i) => i.id === item.id);
      for (const key of ['key_points', 'trending_rank', 'image_caption']) {
        if (item._news[key] !== undefined) assert.deepEqual(converted._news[key], item._news[key], `${item.id} ${key}`);
      }
    }
  });
});

/** A YouTube or Vimeo player's frame in a body. */
const PLAYER = /<iframe\b[^>]*\ssrc=["']?https?:\/\/(?:www\.youtube(?:-nocookie)?\.com\/embed\/|player\.vimeo\.com\/video\/)/i;

describe('every real feed converts, and reads back the same', () => {
  const index = JSON.parse(readFileSync(join(root, 'test/fixtures/real/index.json'), 'utf8'));
  for (const entry of index) {
    test(entry.file, async () => {
      const text = decodeFeed(readFileSync(join(root, 'test/fixtures/real', entry.file)), entry.contentType);
      const url = `https://feeds.example/${entry.file}`;
      const direct = await readFeed(text, url, { contentType: entry.contentType });
      const json = await convertFeed(text, url, { contentType: entry.contentType });
      assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
      // The index counts items as written; the normaliser keeps the first of two with one id.
      assert.equal(json.items.length, entry.items - (entry.duplicateIds ?? 0));
      const again = normaliseFeed(JSON.parse(JSON.stringify(json)), { baseUrl: url });
      // One difference is meant: where a body is only a video player's frame, which no excerpt
      // reads, the JSON Feed's body is a link to the video (the sanitiser's), which an excerpt does
      // read. Such an item is compared without its excerpt, and its link checked.
      const played = direct.items.map((i) => PLAYER.test(i.contentHtml ?? '') && !(i.summary ?? i.excerpt));
      const view = (feed) =>
        feed.items.map((i, n) => [i.id, i.title, i.url, i.datePublished?.getTime(), i.image, played[n] ? '' : (i.summary ?? i.excerpt)]);
      assert.deepEqual(view(again), view(direct));
      again.items.forEach((item, n) => {
        if (played[n]) assert.match(item.contentHtml, /<a href="https:\/\/(?:www\.youtube\.com|vimeo\.com)\//, item.id);
      });
    });
  }
});
