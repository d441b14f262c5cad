import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { FEED_ACCEPT, loadFeed, parseFeed, resolveFeedUrl } from '../../src/data/load.js';
import { feedFailure } from '../support/helpers.js';


describe('loadFeed', () => {
  it('loads and normalises a feed, resolving its URLs against the feed URL', async () => {
    const feed = await loadFeed('/test/fixtures/world.json');
    expect(feed.items).to.have.length(7);
    expect(feed.baseUrl).to.equal(new URL('/test/fixtures/world.json', location.href).href);
    expect(feed.items[0]!.image).to.equal(new URL('/test/fixtures/images/putin-north-korea.svg', location.href).href);
  });

  it('resolves a relative src against the page', () => {
    expect(resolveFeedUrl('feeds/a.json', 'https://host.example/news/page.html')).to.equal(
      'https://host.example/news/feeds/a.json',
    );
  });

  it('drops a UTF-8 byte-order mark', async () => {
    const feed = await loadFeed('/feeds-test/bom');
    expect(feed.items).to.have.length(7);
  });

  it('loads JSON served as text/plain (content-type is not trusted)', async () => {
    const feed = await loadFeed('/feeds-test/text-plain');
    expect(feed.title).to.equal('Daily Reports — World');
  });

  it('reports an HTTP error status', async () => {
    const error = await feedFailure(loadFeed('/feeds-test/status/500'));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
    expect(error.transient).to.be.true;
  });

  it('reports a 404 as a non-transient HTTP error', async () => {
    const error = await feedFailure(loadFeed('/feeds-test/status/404'));
    expect(error).to.include({ kind: 'http', status: 404 });
    expect(error.transient).to.be.false;
  });

  it('says so when a web page comes back instead of a feed', async () => {
    const error = await feedFailure(loadFeed('/feeds-test/html'));
    expect(error.kind).to.equal('html');
    expect(error.message).to.contain('HTML');
    expect(error.transient).to.be.false;
  });

  it('tells XML that is not a feed, and broken XML, from a web page', async () => {
    const sitemap = await feedFailure(loadFeed('/feeds-test/sitemap'));
    expect(sitemap.kind).to.equal('xml');
    expect(sitemap.message).not.to.contain('HTML');
    expect((await feedFailure(loadFeed('/feeds-test/broken-xml'))).kind).to.equal('parse');
  });

  it('reports truncated JSON as a parse error', async () => {
    expect((await feedFailure(loadFeed('/feeds-test/truncated'))).kind).to.equal('parse');
  });

  it('reports JSON that is not a feed as a format error', async () => {
    expect((await feedFailure(loadFeed('/feeds-test/not-a-feed'))).kind).to.equal('format');
  });

  it('refuses a src that is not http(s) or relative', async () => {
    for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'ftp://x.example/feed.json']) {
      expect((await feedFailure(loadFeed(src))).kind).to.equal('invalid-src');
    }
  });

  it('gives up after the timeout', async () => {
    const error = await feedFailure(loadFeed('/feeds-test/slow/2000', { timeout: 100 }));
    expect(error.kind).to.equal('timeout');
    expect(error.transient).to.be.true;
  });

  it('refuses a body over the size limit', async () => {
    expect((await feedFailure(loadFeed('/feeds-test/large', { maxBytes: 10_000 }))).kind).to.equal('too-large');
  });

  it('reports a server that cannot be reached as a network failure, and a transient one', async () => {
    const error = await feedFailure(loadFeed('http://127.0.0.1:9/feed.json', { timeout: 3000 }));
    expect(error.kind).to.equal('network');
    expect(error.transient).to.be.true;
  });

  it('tells a cross-origin feed without CORS headers apart from a network failure', async () => {
    // The same test server on another origin: 127.0.0.1 for a page on localhost.
    const other = `http://127.0.0.1:${location.port}`;
    expect(new URL(other).origin).not.to.equal(location.origin);
    const error = await feedFailure(loadFeed(`${other}/feeds-test/no-cors`, { timeout: 3000 }));
    expect(error.kind).to.equal('blocked');
    expect(error.transient, 'trying again cannot help').to.be.false;
    expect(error.message).to.contain('Access-Control-Allow-Origin');
    expect(error.message).to.contain(location.origin);
    const feed = await loadFeed(`${other}/feeds-test/cors`);
    expect(feed.items).to.have.length(7);
  });

  it('reads a cross-origin feed whose server answers no preflight', async () => {
    // The test server refuses OPTIONS, as most feed hosts do: the request must need none. An
    // Accept header over 128 bytes is not CORS-safelisted, and Firefox and WebKit then preflight.
    expect(new TextEncoder().encode(FEED_ACCEPT).length).to.be.at.most(128);
    expect(FEED_ACCEPT).not.to.match(/[\x00-\x08\x0a-\x1f"():<>?@[\\\]{}\x7f]/);
    const feed = await loadFeed(`http://127.0.0.1:${location.port}/feeds-test/cors`);
    expect(feed.items).to.have.length(7);
  });

  it('fetches nothing for a signal that is already aborted', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    try {
      const reason = new DOMException('stop', 'AbortError');
      const error = await loadFeed('/feeds-test/slow/2000', { signal: AbortSignal.abort(reason) }).catch((e) => e);
      expect(error).to.equal(reason);
      expect(fetchSpy.called).to.be.false;
    } finally {
      fetchSpy.restore();
    }
  });

  it('passes the caller abort through', async () => {
    const controller = new AbortController();
    const pending = loadFeed('/feeds-test/slow/2000', { signal: controller.signal });
    controller.abort(new DOMException('stop', 'AbortError'));
    try {
      await pending;
      expect.fail('should have been aborted');
    } catch (error) {
      expect((error as DOMException).name).to.equal('AbortError');
    }
  });
});

describe('parseFeed', () => {
  it('names the JSON error for a body that is not JSON', async () => {
    const error = await feedFailure(parseFeed('{"items": [', 'https://x.example/f.json'));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.contain('not valid JSON');
  });

  it('refuses, before parsing it, a feed of far more values than a real one has', async () => {
    const item = (i: number, tags: number) =>
      JSON.stringify({ id: `s${i}`, title: `Story ${i}`, tags: Array.from({ length: tags }, (_, t) => `tag ${t}`) });
    // A million tags on one story: 3.8 MB, under the size limit, costly to parse.
    const hostile = `{"version":"https://jsonfeed.org/version/1.1","items":[${item(0, 1_000_000)}]}`;
    const error = await feedFailure(parseFeed(hostile, 'https://x.example/f.json'));
    expect(error.kind).to.equal('too-large');
    expect(error.transient).to.equal(false);
    // The largest real feed: 1,000 rich items (50 tags each), and text full of commas and colons.
    const items = Array.from({ length: 1000 }, (_, i) => item(i, 50));
    const wordy = JSON.stringify({ id: 'wordy', title: 'A, b: c', content_text: ',:'.repeat(500_000) });
    const large = `{"version":"https://jsonfeed.org/version/1.1","items":[${items.join(',')},${wordy}]}`;
    const feed = await parseFeed(large, 'https://x.example/f.json');
    expect(feed.items).to.have.length(1000, 'the first 1,000 items are read');
    const commas = await parseFeed(`{"items":[${wordy}]}`, 'https://x.example/f.json');
    expect(commas.items[0].title).to.equal('A, b: c');
  });
});
