import { expect } from '@open-wc/testing';
import { cleanText, cutText, decodeEntities, firstImage, hashText, htmlToText } from '../../src/data/text.js';

describe('decodeEntities', () => {
  it('decodes numeric and named references', () => {
    expect(decodeEntities('Fire &#8211; rescue &amp; aid &#x2014; &hellip; caf&eacute;')).to.equal('Fire – rescue & aid — … café');
  });

  it('leaves unknown names and bare ampersands as written', () => {
    expect(decodeEntities('AT&T &unknownname; & co')).to.equal('AT&T &unknownname; & co');
  });

  it('turns references to no character into U+FFFD instead of throwing', () => {
    expect(decodeEntities('a&#0;b&#xD800;c&#x110000;d')).to.equal('a\ufffdb\ufffdc\ufffdd');
  });

  it('decodes once: an escaped reference stays a reference', () => {
    expect(decodeEntities('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
  });

  it('undoes double escaping of references only', async () => {
    const { undoubleEscape } = await import('../../src/data/text.js');
    expect(undoubleEscape('&amp;#8217; &amp;rsquo; AT&amp;T &amp; co')).to.equal('&#8217; &rsquo; AT&amp;T &amp; co');
  });
});

describe('cleanText', () => {
  it('strips stray tags and collapses white space', () => {
    expect(cleanText('  <b>Breaking</b>:\n  <a href="x">storm</a> &amp; floods ')).to.equal('Breaking: storm & floods');
  });

  it('keeps angle brackets that are not HTML tags', () => {
    expect(cleanText('Vector<T> and a < b > c')).to.equal('Vector<T> and a < b > c');
  });

  it('repairs references escaped twice, as WordPress feeds often have them', () => {
    expect(cleanText('It&amp;#8217;s &amp;nbsp;here &amp; now')).to.equal('It’s \u00a0here & now');
  });

  it('shows escaped markup as text: it is decoded, never parsed', () => {
    expect(cleanText('&lt;img src=x onerror=alert(1)&gt;')).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('htmlToText', () => {
  it('reads the words of a body, without scripts, styles or comments', () => {
    const html = '<p>First&nbsp;para.</p><script>alert(1)</script><style>p{}</style><!-- note --><p>Second <em>one</em>.</p>';
    expect(htmlToText(html)).to.equal('First\u00a0para. Second one.');
  });

  it('reads only the opening of a huge body', () => {
    expect(htmlToText(`<p>${'word '.repeat(100_000)}</p>`).length).to.be.below(8_001);
  });
});

describe('cutText', () => {
  it('keeps a short text whole', () => {
    expect(cutText('A short post.', 100)).to.equal('A short post.');
  });

  it('cuts at a word boundary and adds an ellipsis, without a dangling comma', () => {
    expect(cutText('Alpha beta, gamma delta epsilon', 17)).to.equal('Alpha beta…');
  });

  it('reads only the opening of a huge text, and still says when it cut', () => {
    expect(cutText(`${'word '.repeat(1_000_000)}`, 20)).to.equal('word word word word…');
    expect(cutText(`Start${' '.repeat(5_000)}end`, 100)).to.equal('Start…');
  });

  it('cuts text without spaces at the length, never inside a character', () => {
    const cut = cutText('😀'.repeat(30), 10);
    expect(Array.from(cut)).to.have.length(11);
    expect(cut.endsWith('😀…')).to.be.true;
  });
});

describe('firstImage', () => {
  it('finds the first picture, skipping data: images and tracking pixels', () => {
    const html =
      '<p><img src="data:image/gif;base64,R0lGOD"><img src="https://t.example/p.gif" width="1" height="1"><img alt="x" src=\'/photos/a.jpg?w=1&amp;h=2\'></p>';
    expect(firstImage(html)).to.equal('/photos/a.jpg?w=1&h=2');
  });

  it('reads unquoted sources and gives undefined when there is no picture', () => {
    expect(firstImage('<img src=/a.png width=600>')).to.equal('/a.png');
    expect(firstImage('<p>No pictures</p>')).to.be.undefined;
  });
});

describe('hashText', () => {
  it('is stable and tells different texts apart', () => {
    expect(hashText('Title|2024-01-01')).to.equal(hashText('Title|2024-01-01'));
    expect(hashText('Title|2024-01-01')).not.to.equal(hashText('Title|2024-01-02'));
  });
});
