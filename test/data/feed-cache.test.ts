import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { clearFeedCache, loadSharedFeed } from '../../src/data/feed-cache.js';
import { clearStaleCopies, readStaleCopy, saveStaleCopy } from '../../src/data/stale-store.js';

// The documented caps of the stored copies (README: Security).
const MAX_COPIES = 8;
const MAX_COPY_CHARS = 500_000;

const WORLD = new URL('/test/fixtures/world.json', location.href).href;

describe('loadSharedFeed', () => {
  let fetchSpy: sinon.SinonSpy;
  beforeEach(() => {
    clearFeedCache();
    fetchSpy = sinon.spy(window, 'fetch');
  });
  afterEach(() => fetchSpy.restore());

  it('makes one request for many callers of the same URL', async () => {
    const feeds = await Promise.all([loadSharedFeed(WORLD), loadSharedFeed(WORLD), loadSharedFeed(WORLD)]);
    expect(fetchSpy.callCount).to.equal(1);
    expect(feeds[0]).to.equal(feeds[2]);
  });

  it('reuses a loaded copy for a while, and asks again when told to', async () => {
    await loadSharedFeed(WORLD);
    await loadSharedFeed(WORLD);
    expect(fetchSpy.callCount).to.equal(1);
    await loadSharedFeed(WORLD, { maxAge: 0 });
    expect(fetchSpy.callCount).to.equal(2);
  });

  it('does not keep failures, so the next call asks again', async () => {
    const url = new URL('/feeds-test/status/500', location.href).href;
    await loadSharedFeed(url).catch(() => {});
    await loadSharedFeed(url).catch(() => {});
    expect(fetchSpy.callCount).to.equal(2);
  });

  it('lets one caller give up without cancelling the request for the others', async () => {
    const url = new URL(`/feeds-test/slow/300`, location.href).href;
    const leaving = new AbortController();
    const first = loadSharedFeed(url, { signal: leaving.signal });
    const second = loadSharedFeed(url);
    leaving.abort(new DOMException('gone', 'AbortError'));
    await first.then(
      () => expect.fail('the aborted caller should reject'),
      (error) => expect(error.name).to.equal('AbortError'),
    );
    expect((await second).items).to.have.length(7);
    expect(fetchSpy.callCount).to.equal(1);
  });
});

describe('stale copies', () => {
  beforeEach(() => clearStaleCopies());
  after(() => clearStaleCopies());

  it('keeps the last good body of a feed with the time it was saved', async () => {
    clearFeedCache();
    await loadSharedFeed(WORLD);
    const copy = readStaleCopy(WORLD)!;
    expect(copy.url).to.equal(WORLD);
    expect(JSON.parse(copy.text).items).to.have.length(7);
    expect(Date.now() - copy.savedAt.getTime()).to.be.below(5000);
  });

  it('keeps at most a few feeds, dropping the oldest', () => {
    for (let i = 0; i <= MAX_COPIES; i++) saveStaleCopy(`https://x.example/${i}.json`, '{"items":[]}', 'u');
    expect(readStaleCopy('https://x.example/0.json')).to.be.undefined;
    expect(readStaleCopy(`https://x.example/${MAX_COPIES}.json`)).to.exist;
  });

  it('does not keep a body over the size bound', () => {
    saveStaleCopy('https://x.example/big.json', 'x'.repeat(MAX_COPY_CHARS + 1), 'u');
    expect(readStaleCopy('https://x.example/big.json')).to.be.undefined;
  });
});
