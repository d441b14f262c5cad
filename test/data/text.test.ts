import { expect } from '@open-wc/testing';
import { cleanText, cutText, decodeEntities, firstImage, hashText, htmlToText } from '../../src/data/text.js';

describe('decodeEntities', () => {
  it('decodes numeric and named references', () => {
    expect(decodeEntities('Fire &#8211; rescue &amp; aid &#x2014; &hellip; caf&eacute;')).to.equal('Fire – rescue & aid — … café');
  });

  it('leaves unknown names and bare ampersands as written', () => {
    expect(decodeEntities('AT&T &unknownname; & co')).to.equal('AT&T &unknownname; & co');
    // Names an object has of its own are no entities either.
    expect(decodeEntities('&constructor; &toString; &hasOwnProperty;')).to.equal('&constructor; &toString; &hasOwnProperty;');
    // A letter with an accent it has no character for is no entity.
    expect(decodeEntities('&xgrave; &qcedil;')).to.equal('&xgrave; &qcedil;');
  });

  it('decodes the Latin-1 names European publishers escape, and common symbols', () => {
    expect(decodeEntities('Nicol&ograve; Barella, &Scaron;koda, gar&ccedil;on, &Aring;se, &iquest;Qu&eacute;?')).to.equal(
      'Nicolò Barella, Škoda, garçon, Åse, ¿Qué?',
    );
    expect(decodeEntities('&frac12; &deg; &plusmn; &sup2; &infin; &rarr; &AElig; &szlig; &THORN;')).to.equal('½ ° ± ² ∞ → Æ ß Þ');
  });

  it('turns references to no character into U+FFFD instead of throwing', () => {
    expect(decodeEntities('a&#0;b&#xD800;c&#x110000;d')).to.equal('a\ufffdb\ufffdc\ufffdd');
  });

  it('decodes every code point around the surrogates, and up to the last one', () => {
    expect(decodeEntities('&#xD7FF;&#xDFFF;&#xE000;&#x10FFFF;')).to.equal('\ud7ff\ufffd\ue000\u{10ffff}');
  });

  it('decodes once: an escaped reference stays a reference', () => {
    expect(decodeEntities('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
  });

  it('undoes double escaping of references only', async () => {
    const { undoubleEscape } = await import('../../src/data/text.js');
    expect(undoubleEscape('&amp;#8217; &amp;rsquo; AT&amp;T &amp; co')).to.equal('&#8217; &rsquo; AT&amp;T &amp; co');
  });

  it('undoes double escaping of hex references and of names with digits, in a body too', async () => {
    const { undoubleEscape } = await import('../../src/data/text.js');
    expect(undoubleEscape('<p>It&amp;#x2019;s 10&amp;sup2; &amp;#X1F600;</p>')).to.equal('<p>It&#x2019;s 10&sup2; &#X1F600;</p>');
  });
});

describe('cleanText', () => {
  it('strips stray tags and collapses white space', () => {
    expect(cleanText('  <b>Breaking</b>:\n  <a href="x">storm</a> &amp; floods ')).to.equal('Breaking: storm & floods');
  });

  it('keeps the words of separate blocks apart, and of inline tags together', () => {
    expect(cleanText('<p>First</p><p>second</p><br>third <b>bo</b>ld')).to.equal('First second third bold');
  });

  it('keeps angle brackets that are not HTML tags', () => {
    expect(cleanText('Vector<T> and a < b > c')).to.equal('Vector<T> and a < b > c');
  });

  it('repairs references escaped twice, as WordPress feeds often have them', () => {
    expect(cleanText('It&amp;#8217;s &amp;nbsp;here &amp; now')).to.equal('It’s \u00a0here & now');
  });

  it('strips embeds from a text field (Mashable\'s summaries open with a YouTube iframe)', () => {
    expect(
      cleanText(
        '<iframe allowfullscreen="" frameborder="0" src="https://www.youtube.com/embed/z8UKXy5Jw6I"></iframe> <script></script><script></script>Conan is back.',
      ),
    ).to.equal('Conan is back.');
    expect(cleanText('<video src="a.mp4"><source src="a.webm"></video><noscript></noscript>Clip')).to.equal('Clip');
    // A script's or style sheet's code is no text: gone with its tags.
    expect(cleanText('<script>window.__pwned(1)</script> Breaking <style type="text/css">p { color: red }</style>')).to.equal(
      'Breaking',
    );
  });

  it('shows escaped markup as text: it is decoded, never parsed', () => {
    expect(cleanText('&lt;img src=x onerror=alert(1)&gt;')).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('htmlToText', () => {
  it('reads the words of a body, without scripts, styles or comments', () => {
    const html = '<p>First&nbsp;para.</p><script>alert(1)</script><style>p{}</style><!-- note --><p>Second <em>one</em>.</p>';
    expect(htmlToText(html)).to.equal('First\u00a0para. Second one.');
    expect(htmlToText('Before<script>x()</script>after')).to.equal('Before after');
  });

  it('reads no video’s or sound’s fallback: WordPress’s link to the file', () => {
    const html =
      '<p><video class="wp-video-shortcode" width="640" height="360" controls="controls">' +
      '<source type="video/mp4" src="https://news.example/ferry.mp4?_=1" /><a href="https://news.example/ferry.mp4">' +
      'https://news.example/ferry.mp4</a></video></p><p>The ferries, all day.</p>' +
      '<audio controls><a href="/ep.mp3">Download</a></audio>';
    expect(htmlToText(html)).to.equal('The ferries, all day.');
  });

  it('starts at the story, not at the caption of the figure above it', () => {
    // The Verge's Atom feed: each body opens with a picture and its credit.
    const html = `<figure>
      <img alt="" src="https://cdn.vox-cdn.com/thumbor/i.jpg" />
        <figcaption>Illustration by Alex Castro / The Verge</figcaption>
    </figure>
  <p id="tKUnb3">On Tuesday morning, YouTube channels…</p>`;
    expect(htmlToText(html)).to.equal('On Tuesday morning, YouTube channels…');
    expect(htmlToText('<figure><blockquote>Words.</blockquote><FIGCAPTION>Who</FIGCAPTION></figure> After')).to.equal(
      'Words. After',
    );
  });

  it('reads a spacer paragraph between two others as one space, and keeps a no-break space between words', () => {
    // notes.co.il's bodies: `<P>&nbsp;</P>` between paragraphs.
    expect(htmlToText('<P>אבי כץ </P></DIV>\n<P>&nbsp;</P>\n<P>שותפי ועמיתי</P>')).to.equal('אבי כץ שותפי ועמיתי');
    expect(htmlToText('<p>One</p><p>&nbsp;</p><p>&nbsp;</p><p>Two</p>')).to.equal('One Two');
    expect(htmlToText('<p>10&nbsp;km, Bonjour&nbsp;!</p>')).to.equal('10\u00a0km, Bonjour\u00a0!');
  });

  it('drops a tag cut off before it closes, by the publisher or by the opening read', () => {
    // An Israeli blog's RSS (notes.co.il): the description stops inside a link's start tag.
    expect(htmlToText('<div>והרהוט <A href="http://he.wikipedia.o...</div>')).to.equal('והרהוט');
    expect(htmlToText('<p>Words</p><td style="WIDTH: 10')).to.equal('Words');
    expect(htmlToText('Words <!-- a comment cut')).to.equal('Words');
    // A "<" that opens no tag is text.
    expect(htmlToText('a < b and 3<4')).to.equal('a < b and 3<4');
    // Cut by the 8,000 characters read: a Korean blog (egloos) whose table cell tag fell across it.
    const cut = `<p>${'가'.repeat(7_990)}</p><td style="WIDTH: 59px; HEIGHT: 12px">x</td>`;
    expect(htmlToText(cut)).to.equal('가'.repeat(7_990));
  });

  it("reads a whole page's body without its doctype, and without a heading's hidden permalink", () => {
    // docc-brunow (Swift-DocC): each body is a whole page.
    expect(htmlToText('<!DOCTYPE html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <title>Day 1</title>\n  </head>\n  <body><p>Every day cannot be a celebration.</p></body></html>')).to.equal(
      'Every day cannot be a celebration.',
    );
    expect(htmlToText('<!doctype html><p>Lower case.</p>')).to.equal('Lower case.');
    // eleventy-yakikim-he: Eleventy's permalink after each heading.
    expect(
      htmlToText('<h2 id="about" tabindex="-1">About <a class="direct-link" href="https://example.com/#about" aria-hidden="true">#</a></h2>\n<p>I’ve been working on it.</p>'),
    ).to.equal('About I’ve been working on it.');
    expect(htmlToText("<p>See <a href='#x' aria-hidden=true>¶ x</a> <a href='#y' aria-hidden='false'>this</a>.</p>")).to.equal('See this.');
    expect(htmlToText('Before<script>x()</script >after')).to.equal('Before after');
  });

  it('reads only the opening of a huge body', () => {
    expect(htmlToText(`<p>${'word '.repeat(100_000)}</p>`).length).to.be.below(8_001);
  });
});

describe('cutText', () => {
  it('keeps a short text whole', () => {
    expect(cutText('A short post.', 100)).to.equal('A short post.');
  });

  it('keeps a text of exactly the length whole', () => {
    expect(cutText('Exactly twenty chars', 20)).to.equal('Exactly twenty chars');
  });

  it('cuts at a word boundary and adds an ellipsis, without a dangling comma', () => {
    expect(cutText('Alpha beta, gamma delta epsilon', 17)).to.equal('Alpha beta…');
    expect(cutText('Wait... what happened next', 8), 'nor an ellipsis of its own').to.equal('Wait…');
  });

  it('cuts at the length when the last space is in the first half', () => {
    expect(cutText('abcd efghijkl', 8)).to.equal('abcd efg…');
    expect(cutText('abcde fghijkl', 8)).to.equal('abcde…');
  });

  it('does not add an ellipsis for white space after a short text (a template\'s trailing lines)', () => {
    expect(cutText(`A short title${' \n'.repeat(500)}`, 20)).to.equal('A short title');
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

  it('skips NPR\'s tracking pixel and its `undefined` sources, and other pixels by their address', () => {
    // NPR's RSS: a story without a picture of its own has one of these, without a size.
    expect(
      firstImage(
        "<p>Text.</p><img src='undefined' alt='President Trump during an event'/><img src='https://media.npr.org/include/images/tracking/npr-rss-pixel.png?story=nx-s1-5932426' />",
      ),
    ).to.be.undefined;
    expect(firstImage('<img src="null"><img src="https://pixel.wp.com/b.gif?host=x"><img src="/a/tracking-pixel.gif">')).to.be.undefined;
    // A picture of a Pixel phone is a picture, and so is one whose name starts with "null".
    expect(firstImage('<img src="null-island.jpg">')).to.equal('null-island.jpg');
    expect(firstImage('<img src="undefined-behaviour.png" width="600">')).to.equal('undefined-behaviour.png');
    expect(firstImage('<img src="https://cdn.example/pixel-7-review.jpg">')).to.equal('https://cdn.example/pixel-7-review.jpg');
  });

  it("skips Matomo's tracking pixel and a site's favicon, which bodies give without a size", () => {
    // journal3960-v1.1.json (fboës): each body ends with its Matomo pixel; its posts' image is its favicon.
    expect(
      firstImage(
        '<p>Lecker.</p><img src="https://stats.3960.org/p.php?idsite=8amp;action_name=Lecker%2C%20lecker&amp;url=https%3A%2F%2Fjournal.3960.org%2F" style="border:0;" alt="" />',
      ),
    ).to.be.undefined;
    expect(firstImage('<img src="https://matomo.example/matomo.php?rec=1&idsite=3">')).to.be.undefined;
    expect(firstImage('<img src="https://cdn.3960.org/favicon-192x192.png"><img src="/favicon.ico">')).to.be.undefined;
    expect(firstImage('<img src="/guide-to-favicons.png">')).to.equal('/guide-to-favicons.png');
    expect(firstImage('<img src="/photo.jpg?size=large&idsites=2">')).to.equal('/photo.jpg?size=large&idsites=2');
  });

  it("takes a lazy-loaded picture's data-src where it has no src or a data: placeholder", () => {
    // jekyll-swiftjectivec (Swift by Sundell's theme, lozad).
    expect(firstImage('<p>Text.</p><img class="lozad" data-src="/images/xcode-15.png" alt="Xcode">')).to.equal('/images/xcode-15.png');
    expect(firstImage('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-lazy-src="/b.jpg">')).to.equal('/b.jpg');
    expect(firstImage('<img src="/real.jpg" data-src="/other.jpg">')).to.equal('/real.jpg');
    expect(firstImage('<img src="/notes/data:2024.jpg" data-src="/other.jpg">')).to.equal('/notes/data:2024.jpg');
    expect(firstImage('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><img src="/next.jpg">')).to.equal('/next.jpg');
  });

  it('skips icons named as such, with or without a size in the name, and a bare spacer', () => {
    for (const src of [
      '/a/twitter_icon.png',
      '/a/16_icon.png',
      '/a/x_icon_48.png',
      '/a/share-icon-small.gif',
      'spacer.gif',
      'https://img.spacergif.org/v1/1242x619/0a/spacer.png',
      // A Google profile photo, a Blogger post's byline.
      'https://lh3.googleusercontent.com/-I5VHr9twxlU/AAAAAAAAAAI/AAAAAAAABoc/XKIvgIIEw7I/s120-c/photo.jpg',
    ]) {
      expect(firstImage(`<img src="${src}">`), src).to.be.undefined;
    }
    expect(firstImage('<img src="/a/iconic-photo.jpg">')).to.equal('/a/iconic-photo.jpg');
    expect(firstImage('<img src="/a/aerospacer.png">')).to.equal('/a/aerospacer.png');
  });

  it('reads unquoted sources and gives undefined when there is no picture', () => {
    expect(firstImage('<img src=/a.png width=600>')).to.equal('/a.png');
    expect(firstImage('<p>No pictures</p>')).to.be.undefined;
  });

  it('reads old upper-case markup and sources with white space around them', () => {
    expect(firstImage('<P><IMG SRC="/old.gif" WIDTH=300></P>')).to.equal('/old.gif');
    expect(firstImage('<img alt="no source"><img src=" /a.jpg ">')).to.equal('/a.jpg');
  });

  it('skips spacers and icons by their stated size, but not a picture that only mentions data:', () => {
    expect(firstImage('<img src="/s.gif" height="1"><img src="/line.gif" width="2"><img src="/a.jpg" width="3">')).to.be.undefined;
    // Icons and smileys state their size: 64 px or less is not a picture (a forum's 64 by 64
    // category icon, fyicenter's); a size in per cent is no size.
    expect(firstImage('<img src="/smile.png" width="16" height="16"><img src="/b.jpg" width="63px"><img src="/a.jpg" width="65">')).to.equal('/a.jpg');
    expect(firstImage("<img align='left' width='64' height='64' src='http://dev.fyicenter.com/HTML/_icon_HTML.png' />")).to.be.undefined;
    // A teaser small in one direction only is a picture (heise's, 100 by 55); a rule 1 or 2 px high is not.
    expect(firstImage('<img src="/teaser.jpg" width="100" height="55">')).to.equal('/teaser.jpg');
    expect(firstImage('<img src="/rule.gif" width="600" height="2"><img src="/line.gif" width="600" height="1"><img src="/a.jpg" width="600" height="3">')).to.equal('/a.jpg');
    // Sizes written with spaces or decimals are sizes still.
    expect(firstImage('<img src="/s.png" width=" 16 " height=" 16 "><img src="/t.png" width="16.55" height="16.55"><img src="/a.jpg">')).to.equal('/a.jpg');
    expect(firstImage('<img src="/a.jpg" width="50%" height="auto">')).to.equal('/a.jpg');
    expect(firstImage('<img src="/a.jpg" width="w16" height="h16">')).to.equal('/a.jpg');
    // As HTML reads a size: its number, whatever follows it, unless that is a per cent sign.
    expect(firstImage('<img src="/s.png" width="16x16" height="16px"><img src="/a.jpg" width="16%" height="20%">')).to.equal('/a.jpg');
    expect(firstImage('<img src="/a.jpg" width="12.25%" height="12.25%">')).to.equal('/a.jpg');
    expect(firstImage('<img src="/api/data:export/chart.png">')).to.equal('/api/data:export/chart.png');
  });

  it('skips share buttons, avatars, emoji and icons that state no size, as real feeds have them', () => {
    // FeedBurner's buttons (a Blogger feed), Slashdot's share icon, a forum's file-type icon.
    const buttons =
      '<a href="http://feeds.feedburner.com/~ff/blogspot/RLXA?a=x"><img src="http://feeds.feedburner.com/~ff/blogspot/RLXA?d=yIl2AUoC8zA" border="0"></a>' +
      '<a href="https://twitter.com/share"><img src="https://a.fsdn.com/sd/twitter_icon_large.png"></a>' +
      '<img title="dvubb" src="skins/default/filetype/jpg.gif" border="0">' +
      '<img src="https://s.w.org/images/core/emoji/14.0.0/72x72/1f600.png">' +
      '<img src="https://secure.gravatar.com/avatar/0a1b?s=96">';
    expect(firstImage(buttons)).to.be.undefined;
    expect(firstImage(`${buttons}<img src="https://cdn.example/2024/06/iconic-moment.jpg">`)).to.equal(
      'https://cdn.example/2024/06/iconic-moment.jpg',
    );
    expect(firstImage('<img src="/style-icons.jpg">')).to.equal('/style-icons.jpg');
    // A picture of a logo named as such is still a picture (JSON Feed's, in a post about it).
    expect(firstImage('<img src="http://jsonfeed.org/graphics/icon.png" height=70 width=70>')).to.equal(
      'http://jsonfeed.org/graphics/icon.png',
    );
  });

  it('gives up after 20 images', () => {
    const pixels = (count: number) => '<img src="/p.gif" width="1" height="1">'.repeat(count);
    expect(firstImage(`${pixels(19)}<img src="/20th.jpg">`)).to.equal('/20th.jpg');
    expect(firstImage(`${pixels(20)}<img src="/21st.jpg">`)).to.be.undefined;
  });
});

describe('hashText', () => {
  it('is stable and tells different texts apart', () => {
    expect(hashText('Title|2024-01-01')).to.equal(hashText('Title|2024-01-01'));
    expect(hashText('Title|2024-01-01')).not.to.equal(hashText('Title|2024-01-02'));
  });

  it('is FNV-1a, so an item without an id keeps the same one from release to release', () => {
    expect(hashText('')).to.equal((0x811c9dc5).toString(36));
    expect(hashText('a')).to.equal((0xe40c292c).toString(36));
    expect(hashText('foobar')).to.equal((0xbf9cf968).toString(36));
  });
});
