import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { EARLY_REQUESTS_KEY, FEED_ACCEPT, type EarlyRequest } from '../../src/data/early-requests.js';
import { loadFeed } from '../../src/data/load.js';

// The requests the CDN autoloader starts before the widgets' code arrives, which a widget's
// first load takes over (one request per feed still). Here the registry is filled by hand, as
// the autoloader fills it (test/components/autoloader.test.ts covers the autoloader itself).

const KEY = Symbol.for(EARLY_REQUESTS_KEY);
const globals = globalThis as unknown as Record<symbol, Map<string, EarlyRequest> | undefined>;
const at = (path: string) => new URL(path, location.href).href;
const uniq = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`;

/** An early request for `url` that in fact fetched `answer`, so a test can tell whose response a load got. */
function early(answer: string, accept = FEED_ACCEPT): EarlyRequest {
  const abort = new AbortController();
  const response = fetch(answer, { signal: abort.signal, headers: { accept } });
  response.catch(() => undefined);
  return { response, abort, accept };
}

describe('early requests', () => {
  let registry: Map<string, EarlyRequest>;
  beforeEach(() => {
    registry = new Map();
    globals[KEY] = registry;
  });
  afterEach(() => {
    delete globals[KEY];
    sinon.restore();
  });

  it('are taken over by the first load of their feed, which then asks the network itself', async () => {
    const url = at(`/feeds-test/growing/${uniq()}`);
    registry.set(url, early('/feeds-test/empty'));
    const fetchSpy = sinon.spy(window, 'fetch');
    const first = await loadFeed(url);
    expect(first.title, 'the early response').to.equal('Empty');
    expect(fetchSpy.called).to.be.false;
    expect(registry.has(url)).to.be.false;
    expect((await loadFeed(url)).items).to.have.length(1);
    expect(fetchSpy.callCount).to.equal(1);
  });

  it('are left to other feeds', async () => {
    const other = at(`/feeds-test/growing/${uniq()}`);
    const entry = early('/feeds-test/empty');
    registry.set(other, entry);
    expect((await loadFeed('/feeds-test/text-plain')).items).to.have.length(7);
    expect(registry.get(other)).to.equal(entry);
    expect(entry.abort.signal.aborted).to.be.false;
  });

  it('are dropped, and aborted, when sent with other formats than a load asks for', async () => {
    const url = at(`/feeds-test/growing/${uniq()}`);
    const entry = early('/feeds-test/empty', 'application/json');
    registry.set(url, entry);
    const feed = await loadFeed(url);
    expect(feed.items, 'the load’s own request').to.have.length(1);
    expect(entry.abort.signal.aborted).to.be.true;
    expect(registry.has(url)).to.be.false;
  });

  it('are aborted with the reason of a load that gives up', async () => {
    const url = at(`/feeds-test/growing/${uniq()}`);
    const entry = early('/feeds-test/slow/2000');
    registry.set(url, entry);
    const leaving = new AbortController();
    const pending = loadFeed(url, { signal: leaving.signal }).catch((error: unknown) => error);
    const reason = new DOMException('gone', 'AbortError');
    leaving.abort(reason);
    expect(await pending).to.equal(reason);
    expect(entry.abort.signal.aborted).to.be.true;
    expect(entry.abort.signal.reason).to.equal(reason);
  });
});
