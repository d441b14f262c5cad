import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { clearFeedCache, loadSharedFeed } from '../../src/data/feed-cache.js';
import { clearStaleCopies, readStaleCopy, saveStaleCopy } from '../../src/data/stale-store.js';
import type { FeedError } from '../../src/data/feed-error.js';

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
    expect(readStaleCopy(WORLD), 'saved after the widgets render, not in the same task').to.be.undefined;
    await waitUntil(() => readStaleCopy(WORLD));
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

describe('the page’s shared copies', () => {
  let fetchSpy: sinon.SinonSpy;
  const uniq = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
  const at = (path: string) => new URL(path, location.href).href;
  beforeEach(() => {
    clearFeedCache();
    fetchSpy = sinon.spy(window, 'fetch');
  });
  afterEach(() => sinon.restore());
  after(() => clearStaleCopies());

  it('tell the caller what was repaired in the feed, and read a body by its content type', async () => {
    const warnings: string[] = [];
    await loadSharedFeed(at(`/feeds-test/untidy?${uniq()}`), { warn: (message) => warnings.push(message) });
    expect(warnings).to.deep.equal(['the feed was repaired where it could be: items[0].id: missing, derived from the item.']);
    const error = (await loadSharedFeed(at(`/feeds-test/bare-xml?${uniq()}`)).catch((caught: unknown) => caught)) as FeedError;
    expect(error.kind, 'read as XML, and found no feed in it').to.equal('xml');
  });

  it('keep about four million characters of feeds, forgetting the least recently used first', async () => {
    const key = uniq();
    // About 1.5 million characters each: three are more than the page keeps.
    const [a, b, c] = ['a', 'b', 'c'].map((name) => at(`/feeds-test/sized/1500-${key}${name}`));
    for (const url of [a, b, c]) await loadSharedFeed(url!);
    expect(fetchSpy.callCount).to.equal(3);
    await loadSharedFeed(b!);
    await loadSharedFeed(c!);
    expect(fetchSpy.callCount, 'the two most recent are kept').to.equal(3);
    await loadSharedFeed(a!);
    expect(fetchSpy.callCount, 'the oldest was forgotten').to.equal(4);
  });

  it('keep a newer copy when the time of an older one runs out', async () => {
    const clock = sinon.useFakeTimers({
      shouldAdvanceTime: true,
      shouldClearNativeTimers: true,
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    });
    try {
      const url = at(`/feeds-test/growing/${uniq()}`);
      await loadSharedFeed(url);
      await clock.tickAsync(30_000);
      await loadSharedFeed(url, { maxAge: 0 });
      expect(fetchSpy.callCount).to.equal(2);
      // The first copy's minute ends; the second has half of its own left.
      await clock.tickAsync(31_000);
      const feed = await loadSharedFeed(url);
      expect(fetchSpy.callCount).to.equal(2);
      expect(feed.items).to.have.length(2);
    } finally {
      clock.restore();
    }
  });

  it('reject at once a caller whose signal is already aborted, with its reason', async () => {
    const reason = new DOMException('gone', 'AbortError');
    const error = await loadSharedFeed(at(`/feeds-test/slow/300?${uniq()}`), { signal: AbortSignal.abort(reason) }).catch(
      (caught: unknown) => caught,
    );
    expect(error).to.equal(reason);
  });
});
