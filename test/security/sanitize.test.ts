import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/sanitize/html.js';
import { HOSTILE, dangers, loadCorpus, provoke, pwned, textOf, withBase, type HtmlCase } from './support.js';

const FEED_URL = `${HOSTILE}feed.json`;
const cases = await loadCorpus<HtmlCase>('html.json', 0);

describe('the canary', () => {
  it('sees a payload that runs when HTML is not sanitised', async () => {
    const box = document.createElement('div');
    box.innerHTML = '<img src="data:," onerror="__pwned(-1)"><p onmouseover="__pwned(-2)">x</p>';
    document.body.append(box);
    await provoke(box);
    box.remove();
    expect([...pwned]).to.include.members([-1, -2]);
    expect(dangers(box)).to.deep.equal(['img[src="data:,"]', 'img[onerror]', 'p[onmouseover]']);
  });
});

describe('sanitizeHtml on the hostile corpus', () => {
  const outputs: HTMLElement[] = [];
  const stage = document.createElement('div');

  before(async () => {
    document.body.append(stage);
    for (const { html } of cases) {
      const box = document.createElement('div');
      box.append(sanitizeHtml(html, FEED_URL));
      stage.append(box);
      outputs.push(box);
    }
    await provoke(stage);
  });

  after(() => stage.remove());

  it('has at least 40 cases', () => {
    expect(cases.length).to.be.at.least(40);
  });

  cases.forEach((c, i) => {
    it(c.name, () => {
      const out = outputs[i];
      expect(pwned.has(c.id), 'the payload ran').to.be.false;
      expect(dangers(out), 'dangerous nodes').to.deep.equal([]);
      for (const text of c.keep ?? []) expect(textOf(out)).to.include(text);
      for (const text of c.absentText ?? []) expect(textOf(out)).not.to.include(text);
      for (const selector of c.present ?? []) {
        expect(out.querySelector(withBase(selector, FEED_URL)), `${selector} in ${out.innerHTML}`).to.exist;
      }
      for (const selector of c.absent ?? []) expect(out.querySelector(selector), selector).to.be.null;
      // Mutation XSS lives in the second parse: serialising the result and parsing it again
      // must give nothing dangerous either.
      const reparsed = document.createElement('template');
      reparsed.innerHTML = out.innerHTML;
      expect(dangers(reparsed.content), 'dangerous after a second parse').to.deep.equal([]);
    });
  });
});

describe('sanitizeHtml', () => {
  it('returns a fragment of nodes, not markup to parse again', () => {
    const result = sanitizeHtml('<p>One</p><p>Two</p>');
    expect(result).to.be.instanceOf(DocumentFragment);
    expect([...result.children].map((p) => p.textContent)).to.deep.equal(['One', 'Two']);
  });

  it('resolves relative URLs against the feed URL it is given, not the page', () => {
    const out = sanitizeHtml(
      '<a href="story.html">s</a><img src="/img/a.png">',
      'https://news.example/feeds/world.json',
    );
    expect(out.querySelector('a')!.getAttribute('href')).to.equal('https://news.example/feeds/story.html');
    expect(out.querySelector('img')!.getAttribute('src')).to.equal('https://news.example/img/a.png');
  });

  it('gives every link rel="noopener noreferrer" and a new tab, and every image an alt', () => {
    const out = sanitizeHtml('<a href="https://a.example/" rel="opener">a</a><img src="https://a.example/i.png">');
    const link = out.querySelector('a')!;
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(out.querySelector('img')!.getAttribute('alt')).to.equal('');
  });

  it('keeps every element and attribute a news article is written with', () => {
    const html =
      '<h2>Title</h2><h3>Part</h3><h4>Aside</h4><p lang="sw" dir="ltr" title="Greeting">Habari<br>yako</p><hr>' +
      '<ul><li>One</li></ul><ol><li>Two</li></ol><dl><dt>Term</dt><dd>Meaning</dd></dl>' +
      '<blockquote><p>Said</p><cite>Someone</cite></blockquote><p><q>Quoted</q></p>' +
      '<figure><img src="https://news.example/a.jpg" alt="A"><figcaption>Caption</figcaption></figure>' +
      '<p><a href="https://news.example/">a</a><em>e</em><strong>st</strong><b>b</b><i>i</i><s>s</s><mark>m</mark>' +
      '<small>sm</small>H<sub>2</sub>O x<sup>2</sup><code>code</code><kbd>Ctrl</kbd></p><pre>pre</pre>' +
      '<table><caption>Votes</caption><thead><tr><th scope="col" colspan="2">Party</th></tr></thead>' +
      '<tbody><tr><td rowspan="2">1</td><td>2</td></tr></tbody><tfoot><tr><td>Total</td></tr></tfoot></table>';
    const out = document.createElement('div');
    out.append(sanitizeHtml(html));
    const tags =
      'h2 h3 h4 p br hr ul ol li dl dt dd blockquote cite q figure img figcaption a em strong b i s mark small';
    for (const tag of `${tags} sub sup code kbd pre table caption thead tbody tfoot tr th td`.split(' ')) {
      expect(out.querySelector(tag), tag).to.exist;
    }
    expect(out.querySelector('p[lang="sw"][dir="ltr"][title="Greeting"]')).to.exist;
    expect(out.querySelector('th[scope="col"][colspan="2"]')).to.exist;
    expect(out.querySelector('td[rowspan="2"]')).to.exist;
    expect(out.textContent).to.equal(
      'TitlePartAsideHabariyakoOneTwoTermMeaningSaidSomeoneQuotedCaptionaestbismsmH2O x2codeCtrlpreVotesParty12Total',
    );
  });

  it('keeps no data- or aria- attribute of a feed’s', () => {
    const out = sanitizeHtml('<p data-track="1" aria-hidden="true" aria-label="Ad">Story</p>');
    expect(out.firstElementChild!.attributes).to.have.length(0);
  });

  it('does not leak the base URL of one call into the next', () => {
    sanitizeHtml('<a href="x">x</a>', 'https://first.example/feed.json');
    // Without a base, a relative URL cannot be resolved and is dropped.
    expect(sanitizeHtml('<a href="x">x</a>').querySelector('a')!.hasAttribute('href')).to.be.false;
  });
});
