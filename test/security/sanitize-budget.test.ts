// What one article body may cost the page, whatever the feed (src/sanitize/body-budget.ts and the
// sanitiser's hooks): 200,000 characters of markup, 2,000 nodes, 16 levels of nesting, 20 pictures.
// The documented numbers are written out here, not imported, so that a change to one is noticed.
// test/security/bounded-work.test.ts and limits.test.ts check the same limits in rendered widgets.
import { expect } from '@open-wc/testing';
import { withinBudget } from '../../src/sanitize/body-budget.js';
import { sanitizeBody } from '../../src/sanitize/html.js';

const IMAGE = 'https://news.example/img/photo.jpg';

/** Levels of elements below `node`. */
const depth = (node: ParentNode): number => Math.max(0, ...[...node.children].map((child) => 1 + depth(child)));
/** Every node below `node`: elements and runs of text. */
const count = (node: Node): number => [...node.childNodes].reduce((sum, child) => sum + 1 + count(child), 0);
const srcs = (body: DocumentFragment) => [...body.querySelectorAll('img')].map((img) => img.getAttribute('src'));

describe('the markup of a body, before it is parsed', () => {
  it('leaves an ordinary body as it is', () => {
    const html = '<p>Protesters <b class="loud">marched</b> on <a href="/x">parliament</a>.</p><br>';
    expect(withinBudget(html)).to.deep.equal({ markup: html, cut: false });
  });

  it('takes out the tags of elements nested more than 64 deep, and their end tags, keeping their text', () => {
    const html = `${'<b class="x">'.repeat(70)}deep${'</b>'.repeat(70)}`;
    expect(withinBudget(html)).to.deep.equal({
      markup: `${'<b class="x">'.repeat(64)}deep${'</b>'.repeat(64)}`,
      cut: false,
    });
  });

  it('counts every element that nests, whatever its name', () => {
    for (const name of ['sup', 'pre', 'span']) {
      const html = `${`<${name}>`.repeat(70)}x`;
      expect(withinBudget(html).markup, name).to.equal(`${`<${name}>`.repeat(64)}x`);
    }
  });

  it('lets end tags that close nothing buy no deeper nesting', () => {
    const html = `${'</div>'.repeat(100)}${'<i>'.repeat(70)}x`;
    expect(withinBudget(html).markup).to.equal(`${'</div>'.repeat(100)}${'<i>'.repeat(64)}x`);
  });

  it('takes out a tag too deep to keep even when the markup ends inside it', () => {
    expect(withinBudget(`${'<b>'.repeat(65)}<b`).markup).to.equal('<b>'.repeat(64));
  });

  it('keeps any number of the elements that do not nest: list items, paragraphs, rows and breaks', () => {
    const html = `<ul>${'<li>item'.repeat(100)}</ul>${'<p>para<br>'.repeat(100)}<table>${'<tr><td>cell'.repeat(100)}</table>`;
    expect(withinBudget(html)).to.deep.equal({ markup: html, cut: false });
  });

  it('stops at 4,000 tags, where the budget of nodes is spent whatever they hold', () => {
    expect(withinBudget('a<br>'.repeat(5_000))).to.deep.equal({ markup: `${'a<br>'.repeat(4_000)}a`, cut: true });
    expect(withinBudget('<br>'.repeat(4_000))).to.deep.equal({ markup: '<br>'.repeat(4_000), cut: false });
  });

  it('looks at 200,000 characters, and at no tag after them', () => {
    expect(withinBudget('x'.repeat(200_000))).to.deep.equal({ markup: 'x'.repeat(200_000), cut: false });
    expect(withinBudget('x'.repeat(200_001))).to.deep.equal({ markup: 'x'.repeat(200_000), cut: true });
    // Nested too deep: the end tags past the budget would have been taken out.
    const deep = `${'<b>'.repeat(70)}${'x'.repeat(200_000)}${'</b>'.repeat(70)}`;
    expect(withinBudget(deep)).to.deep.equal({ markup: '<b>'.repeat(64) + deep.slice(210, 200_000), cut: true });
  });
});

describe('sanitizeBody within its budget', () => {
  it('keeps a body whole and says so', () => {
    const { body, truncated } = sanitizeBody('<p>One</p><p>Two</p>');
    expect([...body.children].map((p) => p.outerHTML)).to.deep.equal(['<p>One</p>', '<p>Two</p>']);
    expect(truncated).to.be.false;
  });

  it('keeps 200,000 characters of text, cuts the rest and says so', () => {
    expect(sanitizeBody('x'.repeat(200_000))).to.deep.include({ truncated: false });
    const { body, truncated } = sanitizeBody(`${'x'.repeat(200_000)}${'<p>after</p>'.repeat(10)}`);
    expect(body.textContent).to.equal('x'.repeat(200_000));
    expect(body.children).to.have.length(0);
    expect(truncated).to.be.true;
  });

  // The budget counts the parsed <body> around the article's nodes, so 1,999 of them are kept.
  it('keeps a body of 1,999 nodes whole, and cuts a longer one at its budget of nodes', () => {
    const whole = sanitizeBody('<br>'.repeat(1_999));
    expect([whole.body.childNodes.length, whole.truncated]).to.deep.equal([1_999, false]);
    const cut = sanitizeBody(`${'<br>'.repeat(2_999)}end`);
    expect([cut.body.childNodes.length, cut.truncated]).to.deep.equal([1_999, true]);
    expect(cut.body.textContent).to.equal('');
  });

  it('cuts a body of nested lists at its budget of nodes, keeping what comes first', () => {
    const { body, truncated } = sanitizeBody(`<p>Top</p>${'<ul><li>a</li></ul>'.repeat(900)}`);
    expect(count(body)).to.equal(1_999);
    expect(body.firstChild!.textContent).to.equal('Top');
    expect(truncated).to.be.true;
  });

  it('keeps 16 levels of nesting, and the text of what is deeper', () => {
    const { body, truncated } = sanitizeBody(`<p>Top</p>${'<blockquote>'.repeat(20)}deep${'</blockquote>'.repeat(20)}`);
    expect(depth(body)).to.equal(16);
    expect(body.textContent).to.equal('Topdeep');
    expect(truncated).to.be.false;
  });

  it('keeps the words around a line break nested too deep apart', () => {
    const { body } = sanitizeBody(`${'<b>'.repeat(16)}one<br>two<i>three</i>${'</b>'.repeat(16)}`);
    expect(depth(body)).to.equal(16);
    expect(body.textContent).to.equal('one twothree');
  });

  it('keeps the first 20 pictures and the text around them all, and says nothing was cut', () => {
    const html = Array.from({ length: 25 }, (_, i) => `<p>Photo ${i}</p><img src="${IMAGE}?n=${i}" alt="">`).join('');
    const { body, truncated } = sanitizeBody(html);
    expect(srcs(body)).to.deep.equal(Array.from({ length: 20 }, (_, i) => `${IMAGE}?n=${i}`));
    expect(body.querySelectorAll('p')).to.have.length(25);
    expect(truncated).to.be.false;
  });

  it('counts no tracking pixel among the 20 pictures', () => {
    const pixels = Array.from({ length: 10 }, (_, i) => `<img src="${IMAGE}?pixel=${i}" width="1" height="1">`).join(
      '',
    );
    const pictures = Array.from({ length: 20 }, (_, i) => `<img src="${IMAGE}?n=${i}" width="640" height="360">`).join(
      '',
    );
    expect(srcs(sanitizeBody(pixels + pictures).body)).to.have.length(20);
  });

  it('keeps no picture, and all the text, when images are off', () => {
    const { body } = sanitizeBody(
      `<p>Text</p><img src="${IMAGE}" alt="A photo" width="640" height="360"><p>More</p>`,
      undefined,
      {
        images: false,
      },
    );
    expect(body.querySelectorAll('img')).to.have.length(0);
    expect(body.textContent).to.equal('TextMore');
  });
});
