import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { FEED_ACCEPT, fetchFeedText, loadFeed } from '../../src/data/load.js';
import { feedFailure } from '../support/helpers.js';

// Fetching a feed body: what the request asks for, the timeout and size limits, and the
// words of each failure. The test server's routes where a server can show it; a stubbed
// `fetch` for what it cannot (an empty status text, a body cut in the middle of a character,
// a browser refusing a cross-origin answer).

const at = (path: string) => new URL(path, location.href).href;
const uniq = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`;

describe('fetching a feed', () => {
  afterEach(() => sinon.restore());

  it('asks for the feed formats it reads, best first', async () => {
    const key = uniq();
    await loadFeed(`/feeds-test/counted/${key}`);
    const { accept } = (await (await fetch(`/feeds-test/count/${key}`)).json()) as { accept: string[] };
    expect(accept).to.deep.equal([FEED_ACCEPT]);
  });

  it('resolves relative URLs against where a redirect ends', async () => {
    const feed = await loadFeed('/feeds-test/redirect');
    expect(feed.baseUrl).to.equal(at('/test/fixtures/world.json'));
    expect(feed.items[0]!.image).to.equal(at('/test/fixtures/images/putin-north-korea.svg'));
  });

  it('waits as long as it takes with a timeout of 0', async () => {
    const feed = await loadFeed('/feeds-test/slow/300', { timeout: 0 });
    expect(feed.items).to.have.length(7);
  });

  it('says how long it waited for a feed that did not answer', async () => {
    const error = await feedFailure(loadFeed('/feeds-test/slow/2000', { timeout: 100 }));
    expect(error.message).to.equal('The feed did not answer within 100 ms.');
    expect(error.url).to.equal(at('/feeds-test/slow/2000'));
  });

  it('leaves no timer running once the feed has answered', async () => {
    sinon.stub(window, 'fetch').resolves(new Response('{"items":[]}'));
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await loadFeed(at('/feeds/quick.json'));
      expect(clock.countTimers()).to.equal(0);
    } finally {
      clock.restore();
    }
  });

  it('words an HTTP error with the status the server sent', async () => {
    const error = await feedFailure(loadFeed('/feeds-test/status/503'));
    expect(error.message).to.equal('The feed server answered 503 Service Unavailable.');
    expect(error.url).to.equal(at('/feeds-test/status/503'));
    sinon.stub(window, 'fetch').resolves(new Response('', { status: 502 }));
    expect((await feedFailure(loadFeed(at('/feeds/bare.json')))).message, 'no status text').to.equal(
      'The feed server answered 502.',
    );
  });

  it('reads a body of exactly the size limit, and refuses one byte more, naming the limit', async () => {
    const size = (await (await fetch('/feeds-test/text-plain')).arrayBuffer()).byteLength;
    expect((await loadFeed('/feeds-test/text-plain', { maxBytes: size })).items).to.have.length(7);
    const error = await feedFailure(loadFeed('/feeds-test/text-plain', { maxBytes: size - 1 }));
    expect(error.kind).to.equal('too-large');
    expect(error.message).to.equal(`The feed is larger than the ${size - 1}-byte limit.`);
    expect(error.url).to.equal(at('/feeds-test/text-plain'));
  });

  it('refuses, with its default limit of 5 MiB, a body streamed without a length that grows past it', async () => {
    const error = await feedFailure(loadFeed('/feeds-test/over-limit/stream'));
    expect(error.kind).to.equal('too-large');
    expect(error.message).to.equal('The feed is larger than the 5242880-byte limit.');
  });

  it('refuses a body whose announced length is over the limit without reading it', async () => {
    const body = '{"items":[]}';
    sinon.stub(window, 'fetch').resolves(new Response(body, { headers: { 'content-length': '20000000' } }));
    expect((await feedFailure(loadFeed(at('/feeds/huge.json')))).kind).to.equal('too-large');
    // An answer that announces a length and has no body at all is refused the same way.
    sinon.restore();
    sinon.stub(window, 'fetch').resolves(new Response(null, { headers: { 'content-length': '20000000' } }));
    expect((await feedFailure(loadFeed(at('/feeds/huge.json')))).kind).to.equal('too-large');
  });

  it('reads a character cut between two chunks of the body', async () => {
    const bytes = new TextEncoder().encode('{"title":"Café","items":[]}');
    const cut = bytes.indexOf(0xc3) + 1;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    sinon.stub(window, 'fetch').resolves(new Response(stream));
    expect((await loadFeed(at('/feeds/cafe.json'))).title).to.equal('Café');
  });

  it('reads a body in the encoding its Content-Type names, and one not in UTF-8 that names none', async () => {
    const latin1 = Uint8Array.from([...'{"title":"Notícias","items":[]}'].map((char) => char.charCodeAt(0)));
    sinon.stub(window, 'fetch').callsFake(async () => new Response(latin1, { headers: { 'content-type': 'application/json; charset=iso-8859-1' } }));
    expect((await loadFeed(at('/feeds/latin1.json'))).title).to.equal('Notícias');
    sinon.restore();
    sinon.stub(window, 'fetch').callsFake(async () => new Response(latin1));
    expect((await loadFeed(at('/feeds/latin1.json'))).title).to.equal('Notícias');
    sinon.restore();
    // windows-1251, named only by the Content-Type: "Новости" in its bytes, which read as
    // windows-1252 would be Latin letters.
    const cyrillic = Uint8Array.from([
      ...[...'{"title":"'].map((char) => char.charCodeAt(0)),
      0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8,
      ...[...'","items":[]}'].map((char) => char.charCodeAt(0)),
    ]);
    sinon
      .stub(window, 'fetch')
      .callsFake(async () => new Response(cyrillic, { headers: { 'content-type': 'application/json; charset=windows-1251' } }));
    expect((await loadFeed(at('/feeds/cyrillic.json'))).title).to.equal('Новости');
  });

  it('reads an answer without a body as empty text', async () => {
    sinon.stub(window, 'fetch').resolves(new Response(null, { status: 204 }));
    const fetched = await fetchFeedText(at('/feeds/none.json'));
    expect(fetched.text).to.equal('');
    expect(fetched.contentType).to.be.undefined;
  });

  it('words a network failure with what the browser said', async () => {
    const thrown = new TypeError('connection refused');
    sinon.stub(window, 'fetch').rejects(thrown);
    const error = await feedFailure(loadFeed(at('/feeds/down.json')));
    expect(error.kind).to.equal('network');
    expect(error.message).to.equal('The feed could not be fetched (connection refused).');
    expect(error.url).to.equal(at('/feeds/down.json'));
    expect(error.cause).to.equal(thrown);
  });

  describe('a cross-origin feed the browser does not let the page read', () => {
    // What a browser does with a feed whose server sends no Access-Control-Allow-Origin: the
    // request fails like a network error, while a `no-cors` request to it succeeds.
    const refusingCors = (answers = true) =>
      sinon.stub(window, 'fetch').callsFake(async (_input, init) => {
        if (init?.mode === 'no-cors' && answers) return new Response(null, { status: 200 });
        throw new TypeError('Failed to fetch');
      });

    it('is told apart from a network failure, and the fix named', async () => {
      const stub = refusingCors();
      const url = 'https://feeds.example/world.json';
      const error = await feedFailure(loadFeed(url));
      expect(error.kind).to.equal('blocked');
      expect(error.transient).to.be.false;
      expect(error.url).to.equal(url);
      expect(error.cause).to.be.instanceOf(TypeError);
      expect(error.message).to.equal(
        `The feed at ${url} answers, but the browser does not let ${location.origin} read it: the feed's server ` +
          'sends no Access-Control-Allow-Origin header allowing this origin. Add that header to the feed, or serve it ' +
          'through a gateway on this site.',
      );
      // The check sends no cookies, and asks for nothing the page would read.
      expect(stub.secondCall.args[1]).to.include({ mode: 'no-cors', credentials: 'omit' });
    });

    it('is a network failure when the server does not answer at all', async () => {
      refusingCors(false);
      expect((await feedFailure(loadFeed('https://feeds.example/world.json'))).kind).to.equal('network');
    });

    it('is never the diagnosis for a feed of the page’s own origin', async () => {
      const stub = refusingCors();
      expect((await feedFailure(loadFeed(at('/feeds/own.json')))).kind).to.equal('network');
      expect(stub.callCount, 'no second request').to.equal(1);
    });
  });
});
