import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { feedFrom, getFeed, retryDelay, timeoutMs } from '../../src/data/feed-source.js';
import { normaliseFeed } from '../../src/data/normalise.js';
import { FeedError } from '../../src/data/feed-error.js';
import { clearStaleCopies } from '../../src/data/stale-store.js';

// The feed source: one function between the widgets and the page's shared copy, the network
// and the copy stored on the device. Each test uses feed URLs of its own (the page's shared
// copies live for a minute), through the test server's misbehaving routes.

const uniq = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
const at = (path: string) => new URL(path, location.href).href;

describe('getFeed', () => {
  let fetchSpy: sinon.SinonSpy;
  beforeEach(() => {
    clearStaleCopies();
    fetchSpy = sinon.spy(window, 'fetch');
  });
  afterEach(() => fetchSpy.restore());
  after(() => clearStaleCopies());

  it('asks the network once for every caller of a URL, and reuses the answer', async () => {
    const url = at(`/feeds-test/growing/${uniq()}`);
    const [a, b] = await Promise.all([getFeed(url), getFeed(url)]);
    const c = await getFeed(url);
    expect(fetchSpy.callCount).to.equal(1);
    expect(a.feed).to.equal(b.feed);
    expect(c.feed).to.equal(a.feed);
    expect(a.staleSince).to.be.undefined;
  });

  it('asks again when told to be fresh, unless the copy is a moment old', async () => {
    const url = at(`/feeds-test/growing/${uniq()}`);
    await getFeed(url);
    const reused = await getFeed(url, { fresh: true });
    expect(fetchSpy.callCount, 'a copy under two seconds old is fresh enough').to.equal(1);
    const clock = sinon.useFakeTimers({ now: Date.now() + 2_001, toFake: ['Date'] });
    try {
      const fresh = await getFeed(url, { fresh: true });
      expect(fetchSpy.callCount).to.equal(2);
      expect(fresh.feed.items, 'the server’s new answer').to.have.length(reused.feed.items.length + 1);
    } finally {
      clock.restore();
    }
  });

  it('stands the last good copy in for a network that fails, with when it was saved and why', async () => {
    const key = uniq();
    const url = at(`/feeds-test/down/${key}`);
    const good = await getFeed(url);
    await fetch(at(`/feeds-test/down-switch/${key}`));
    // Past the moment in which a fresh load still takes the copy just fetched.
    const clock = sinon.useFakeTimers({ now: Date.now() + 2_001, toFake: ['Date'] });
    const { feed, staleSince, failure } = await getFeed(url, { fresh: true }).finally(() => clock.restore());
    expect(feed.items.map((item) => item.id)).to.deep.equal(good.feed.items.map((item) => item.id));
    // Saves are at least a millisecond apart, so one made under an earlier test's advanced clock
    // can put the next a moment ahead: near now, either way.
    expect(Math.abs(Date.now() - staleSince!.getTime())).to.be.below(10_000);
    expect(failure).to.be.instanceOf(FeedError);
    expect(failure!.kind).to.equal('http');
    expect(failure!.status).to.equal(502);
  });

  it('rejects with a FeedError when there is no copy, or trying again cannot help', async () => {
    for (const [path, kind] of [
      [`/feeds-test/status/503?${uniq()}`, 'http'],
      [`/feeds-test/html?${uniq()}`, 'html'],
      [`/feeds-test/not-a-feed?${uniq()}`, 'format'],
    ] as const) {
      const error = await getFeed(at(path)).then(
        () => expect.fail(`${path} should reject`),
        (caught: unknown) => caught,
      );
      expect(error, path).to.be.instanceOf(FeedError);
      expect((error as FeedError).kind, path).to.equal(kind);
    }
  });

  it('gives up after the timeout it is given', async () => {
    const error = await getFeed(at(`/feeds-test/slow/2000?${uniq()}`), { timeout: 100 }).catch((caught: unknown) => caught);
    expect((error as FeedError).kind).to.equal('timeout');
  });

  it('stops waiting for a caller that aborts, with the abort’s reason', async () => {
    const leaving = new AbortController();
    const pending = getFeed(at(`/feeds-test/slow/500?${uniq()}`), { signal: leaving.signal });
    leaving.abort(new DOMException('gone', 'AbortError'));
    const error = await pending.catch((caught: unknown) => caught);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});

describe('feedFrom', () => {
  it('loads a src relative to the page through the feed source', async () => {
    const { feed, staleSince } = await feedFrom(`feeds-test/growing/${uniq()}`);
    expect(feed.items.map((item) => item.id)).to.deep.equal(['story-1']);
    expect(staleSince).to.be.undefined;
  });

  it('normalises a feed given as an object, its URLs resolved against the page, and says what it repaired', async () => {
    const warnings: string[] = [];
    const { feed } = await feedFrom(
      { version: 'https://jsonfeed.org/version/1.1', items: [{ title: 'No id', image: 'pictures/a.jpg' }] },
      { warn: (message) => warnings.push(message) },
    );
    expect(feed.items[0]!.image).to.equal(new URL('pictures/a.jpg', document.baseURI).href);
    expect(feed.baseUrl).to.equal(document.baseURI);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('items[0].id: missing');
  });

  it('takes a feed normalised already (from a news-load event) as it is', async () => {
    const normalised = normaliseFeed({ items: [{ id: 'a', title: 'A' }] }, { baseUrl: 'https://news.example/feed.json' });
    const { feed } = await feedFrom(normalised);
    expect(feed).to.equal(normalised);
    expect(feed.baseUrl).to.equal('https://news.example/feed.json');
  });
});

describe('retry rules', () => {
  afterEach(() => sinon.restore());

  it('tries a transient failure again after 2, 6 and 18 seconds, then stops', () => {
    sinon.stub(Math, 'random').returns(0.5);
    const failure = new FeedError('network', 'offline');
    expect([0, 1, 2, 3].map((retries) => retryDelay(failure, retries))).to.deep.equal([2_000, 6_000, 18_000, undefined]);
  });

  it('spreads retries by a fifth either way, so widgets that failed together do not retry together', () => {
    const failure = new FeedError('timeout', 'slow');
    sinon.stub(Math, 'random').returns(0);
    expect(retryDelay(failure, 0)).to.equal(1_600);
    sinon.restore();
    sinon.stub(Math, 'random').returns(0.999_999);
    expect(retryDelay(failure, 0)).to.be.closeTo(2_400, 1);
  });

  it('does not retry what cannot get better', () => {
    for (const failure of [
      new FeedError('http', '404', { status: 404 }),
      new FeedError('parse', 'broken'),
      new FeedError('not-found', 'gone'),
      new FeedError('blocked', 'cors'),
    ]) {
      expect(retryDelay(failure, 0), failure.kind).to.be.undefined;
    }
    expect(retryDelay(new FeedError('http', '503', { status: 503 }), 0)).to.be.a('number');
    expect(retryDelay(new FeedError('http', '429', { status: 429 }), 0)).to.be.a('number');
  });
});

describe('timeoutMs', () => {
  it('reads the timeout attribute in seconds, 10 by default, at most 300', () => {
    expect(timeoutMs(undefined)).to.equal(10_000);
    expect(timeoutMs(0)).to.equal(10_000);
    expect(timeoutMs(-5)).to.equal(10_000);
    expect(timeoutMs('abc')).to.equal(10_000);
    expect(timeoutMs(2.5)).to.equal(2_500);
    expect(timeoutMs(300)).to.equal(300_000);
    expect(timeoutMs(3_000_000)).to.equal(300_000);
  });
});
