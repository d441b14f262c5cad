import { expect } from '@open-wc/testing';
import { loadFeed, parseFeed, resolveFeedUrl, sniffFeed } from '../../src/data/load.js';
import { feedFailure } from '../support/helpers.js';

// What a body is (JSON, XML, or a web page) and the errors a reader is shown for one that is
// no feed. Servers send RSS as text/html and JSON as text/plain: the body decides where it can.

const BASE = 'https://news.example/feed';
const RSS = '<rss version="2.0"><channel><title>Wire</title><item><title>One</title><guid>1</guid></item></channel></rss>';

describe('telling a feed from a web page', () => {
  it('reads XML after blank lines', () => {
    expect(sniffFeed(`\n\n  ${RSS}`)).to.equal('xml');
    expect(sniffFeed(`\uFEFF\r\n\r\n${RSS}`)).to.equal('xml');
  });

  it('reads XML that opens with a processing instruction other than the declaration', () => {
    expect(sniffFeed('<?phpxml version="1.0" encoding="utf-8"?><rss version="2.0"/>', 'text/html')).to.equal('xml');
  });

  it('reads XML that quotes a web page in its first lines', () => {
    const quoting =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Pages</title><item><description><![CDATA[' +
      '<!DOCTYPE html><html lang="en"><body>A whole page</body></html>]]></description></item></channel></rss>';
    expect(sniffFeed(quoting)).to.equal('xml');
    expect(sniffFeed('<!DOCTYPE  rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"><rss version="0.91"/>')).to.equal('xml');
  });

  it('takes a web page for one whatever its content type, however its doctype is spaced', () => {
    for (const page of ['<!DOCTYPE  html><html><body>Error</body></html>', '<html><body>Error</body></html>', '<html lang="en">Error</html>']) {
      expect(sniffFeed(page, 'application/xml'), page).to.equal('html');
    }
  });

  it('takes markup with another root as a web page, unless the content type says XML', () => {
    expect(sniffFeed('<body><!-- error --><p>Not found</p></body>', 'text/html')).to.equal('html');
    expect(sniffFeed('<urlset><url/></urlset>')).to.equal('html');
    expect(sniffFeed('<urlset><url/></urlset>', 'application/xml')).to.equal('xml');
  });

  it('reads JSON whose text holds markup', () => {
    expect(sniffFeed('{"title":"<b>Breaking</b> news","items":[]}', 'text/html')).to.equal('json');
  });

  it('reads XML by its content type when its first characters do not say', async () => {
    const error = await feedFailure(loadFeed('/feeds-test/bare-xml'));
    expect(error.kind, 'read as XML, and found no feed in it').to.equal('xml');
  });
});

describe('reading a body', () => {
  it('drops a byte-order mark before JSON and before XML', async () => {
    expect((await parseFeed('\uFEFF{"title":"Marked","items":[]}', BASE)).title).to.equal('Marked');
    expect((await parseFeed(`\uFEFF<?xml version="1.0"?>${RSS}`, BASE)).title).to.equal('Wire');
  });

  it('reads XML with blank lines before its declaration, as WordPress themes print them', async () => {
    expect((await parseFeed(`\n<?xml version="1.0" encoding="UTF-8"?>${RSS}`, BASE)).title).to.equal('Wire');
    expect((await parseFeed(`\uFEFF\r\n \t<?xml version="1.0"?>${RSS}`, BASE)).title).to.equal('Wire');
  });

  it('tells the caller what it repaired in a loaded feed', async () => {
    const warnings: string[] = [];
    await loadFeed('/feeds-test/untidy', { warn: (message) => warnings.push(message) });
    expect(warnings).to.deep.equal([
      'the feed was repaired where it could be: items[0].id: missing, derived from the item.',
    ]);
  });

  it('warns of no id for an RSS item without a guid, which RSS allows, but does for an Atom entry without one', async () => {
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    const rss = await parseFeed(
      '<rss version="2.0"><channel><title>Wire</title><item><title>One</title><link>https://news.example/1</link></item><item><title>Two</title></item></channel></rss>',
      BASE,
      { warn },
    );
    expect(rss.items.map((item) => item.id)).to.have.length(2);
    expect(rss.items[0]!.id).to.equal('https://news.example/1');
    expect(warnings).to.deep.equal([]);
    await parseFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry><title>One</title><link href="https://news.example/1"/></entry></feed>',
      BASE,
      { warn },
    );
    expect(warnings).to.deep.equal(['the feed was repaired where it could be: items[0].id: missing, derived from the item.']);
  });

  it('names the feed URL in every error', async () => {
    const page = await feedFailure(parseFeed('<!doctype html><p>Oops</p>', BASE));
    expect(page).to.include({
      kind: 'html',
      url: BASE,
      message: 'The feed URL returned a web page (HTML), not a feed: an error page or a wrong URL?',
    });
    const broken = await feedFailure(parseFeed('{"items": [', BASE));
    expect(broken).to.include({ kind: 'parse', url: BASE });
    expect(broken.message.startsWith('The feed is not valid JSON: ')).to.be.true;
    expect(broken.cause).to.be.instanceOf(SyntaxError);
    const heavy = await feedFailure(parseFeed(`{"items":[{"id":"a","tags":[${'"a",'.repeat(999_999)}"a"]}]}`, BASE));
    expect(heavy).to.include({
      kind: 'too-large',
      url: BASE,
      message: 'The feed holds far more values than a real feed has (a million tags, items or names?); it is not read.',
    });
  });

  it('names a src it refuses', () => {
    let error: unknown;
    try {
      resolveFeedUrl('javascript:alert(1)', BASE);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.include({
      kind: 'invalid-src',
      url: 'javascript:alert(1)',
      message: '"javascript:alert(1)" is not an http(s) or relative URL.',
    });
  });
});
