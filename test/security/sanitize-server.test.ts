// An article body sanitised on a server (src/sanitize/server-body.ts): server rendering lends the
// article a sanitiser, and without one the article shows an HTML body as its plain text.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { lendServerSanitizer, serverBody, serverHtml, type ServerBody } from '../../src/sanitize/server-body.js';

const FEED = 'https://news.example/feeds/world.json';
const SAFE: ServerBody = { html: '<p>Story</p>', truncated: false, images: [] };

describe('a body sanitised on a server', () => {
  afterEach(() => lendServerSanitizer(undefined));

  it('is none where no sanitiser was lent, so the article writes plain text', () => {
    expect(serverBody('<p onclick="x()">Story</p>', FEED, true)).to.be.undefined;
  });

  it('is the lent sanitiser’s, given the body, the feed’s URL, whether pictures are shown and the headline’s level', () => {
    const asked: unknown[][] = [];
    lendServerSanitizer((...args) => {
      asked.push(args);
      return SAFE;
    });
    expect(serverBody('<p onclick="x()">Story</p>', FEED, false, 3)).to.equal(SAFE);
    expect(asked).to.deep.equal([['<p onclick="x()">Story</p>', FEED, false, 3]]);
  });

  it('is none again once the sanitiser is taken back', () => {
    lendServerSanitizer(() => SAFE);
    lendServerSanitizer(undefined);
    expect(serverBody('<p>Story</p>', FEED, true)).to.be.undefined;
  });
});

describe('serverHtml', () => {
  it('is a Lit template of the sanitised HTML alone, with no values', () => {
    const template = serverHtml('<p>Safe <em>HTML</em></p>') as { strings: TemplateStringsArray; values: unknown[] };
    expect(template).to.deep.include({ ['_$litType$']: 1, values: [] });
    expect([...template.strings]).to.deep.equal(['<p>Safe <em>HTML</em></p>']);
    expect([...template.strings.raw]).to.deep.equal(['<p>Safe <em>HTML</em></p>']);
  });

  it('renders as that HTML', () => {
    const box = document.createElement('div');
    render(serverHtml('<p>Safe <em>HTML</em></p>'), box);
    expect(box.innerHTML.replace(/<!--.*?-->/g, '')).to.equal('<p>Safe <em>HTML</em></p>');
  });
});
