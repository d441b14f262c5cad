// The article sanitiser without a DOM (src/sanitize/markup.ts, on parse5: what the gateway and
// server rendering use where jsdom cannot be loaded) against this browser's DOMPurify with the
// widgets' rules (src/sanitize/html.ts): the same tree, the same cut, the same pictures and media,
// wherever parse5 and this browser parse a body alike. On the hostile corpus, on bodies aimed at
// each rule and at the budget's edges, and on 2,000 bodies made at random, in every engine; and
// its markup, parsed here, is safe for all of them.
import { expect } from '@open-wc/testing';
import { parse, serializeOuter, type DefaultTreeAdapterTypes } from 'parse5';
import { sanitizeBody } from '../../src/sanitize/html.js';
import { sanitizeMarkup } from '../../src/sanitize/markup.js';
import { randomBody, seeded } from './random-markup.js';
import { HOSTILE, dangers, loadCorpus, type HtmlCase } from './support.js';

const FEED_URL = `${HOSTILE}feed.json`;
const cases = await loadCorpus<HtmlCase>('html.json', 3_000);

/**
 * What each sanitiser gives for `html`: the widgets' fragment written out by this browser, and
 * the markup written by parse5's serialiser. Both write a tree by the HTML standard's
 * serialisation, so equal markup is an equal tree. (Parsed again, such markup need not give
 * the same tree: a link the parser nested in a link, say, comes apart. Either way only the
 * allowed elements are there.)
 */
function both(html: string, images: boolean, headingLevel?: number) {
  const { body, truncated } = sanitizeBody(html, FEED_URL, { images, headingLevel });
  const widgets = document.createElement('div');
  widgets.append(body);
  const srcs = [...widgets.querySelectorAll('img')].map((img) => img.getAttribute('src'));
  const media = [...widgets.querySelectorAll('video, audio')].map((m) => m.getAttribute('src'));
  return {
    widgets: { html: widgets.innerHTML, truncated, images: srcs, media },
    withoutDom: sanitizeMarkup(html, FEED_URL, { images, headingLevel }),
  };
}

/**
 * Whether parse5 and this browser build the same document from `html` (as DOMPurify parses:
 * a whole document, no scripting). They do not always: engines have moved ahead of parse5 on
 * `<select>` (elements kept inside it), and differ from it on a few misnestings of table
 * sections, `<template>` and SVG's HTML islands. Where the trees differ, so may what is kept
 * of them; attributes' `<` and `>`, which engines now escape and parse5 does not, are not a
 * difference of tree.
 */
function parsersAgree(html: string): boolean {
  const unescaped = (markup: string) => markup.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  const browser = new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
  const tree = parse(html, { scriptingEnabled: false });
  const root = tree.childNodes.find((node) => node.nodeName === 'html') as DefaultTreeAdapterTypes.Element;
  return unescaped(browser) === unescaped(serializeOuter(root));
}

/** The markup without a DOM, parsed by this browser: nothing dangerous in it. */
function expectSafe(html: string, images: boolean) {
  const parsed = document.createElement('template');
  parsed.innerHTML = sanitizeMarkup(html, FEED_URL, { images }).html;
  expect(dangers(parsed.content), html.slice(0, 400)).to.deep.equal([]);
}

describe('the sanitiser without a DOM, against this browser’s DOMPurify', () => {
  it('gives the same on every case of the hostile corpus both parse alike, with pictures and without', () => {
    expect(cases.length).to.be.at.least(40);
    const alike = cases.filter(({ html }) => parsersAgree(html));
    // All but the odd case built to find where parsers part.
    expect(alike.length).to.be.at.least(cases.length - 3);
    for (const { html } of alike) {
      for (const images of [true, false]) {
        const { widgets, withoutDom } = both(html, images);
        expect(withoutDom, html.slice(0, 400)).to.deep.equal(widgets);
      }
    }
  });

  it('gives the same on 2,000 bodies made at random, where both parse alike, and safe markup for all', function () {
    this.timeout(60_000);
    const random = seeded(20261206);
    let alike = 0;
    for (let i = 0; i < 2_000; i++) {
      const html = randomBody(random);
      const images = i % 5 !== 0;
      expectSafe(html, images);
      if (!parsersAgree(html)) continue;
      alike++;
      const { widgets, withoutDom } = both(html, images);
      expect(withoutDom, `body ${i}: ${html.slice(0, 400)}`).to.deep.equal(widgets);
    }
    expect(alike).to.be.at.least(1_800);
  });

  it('gives the same on bodies aimed at each rule: links, pictures, the budget, hidden markup', function () {
    // Some forty bodies, a few of them at the budget's edges, twice each: on a server's jsdom
    // (npm run test:node), on a busy machine, more than mocha's ten seconds.
    this.timeout(60_000);
    const picture = (i: number, size = '') => `<img src="/img/${i}.jpg" alt=""${size}>`;
    const bodies = [
      // Links: named by their text or a picture's alt text, after their site, or unwrapped.
      '<a href="https://a.example/x"><img src="/a.png"></a><a href="mailto:desk@a.example"><img src="/b.png"></a>',
      '<a href="https://a.example/x"><img src="/a.png" alt=" Crowd "></a><a href="/y"> </a><a href="javascript:x()"><img src="/c.png"></a>',
      '<a href="https://a.example/x" src="/s.png" width="9" xlink:href="javascript:x()">Text</a><a>no address</a>',
      // Pictures: pixels, sizes kept as a pair, addresses, 25 of them, and none when off.
      '<img src="/p.png" width="1" height="1"><img src="/q.png" width="640" height="360"><img src="/r.png" width="50%" height="10">',
      '<img src="/s.png" width=" 640 " height="1px"><img src="/t.png" height="2"><img><img src="data:image/png;base64,AA">',
      Array.from({ length: 25 }, (_, i) => `<p>Photo ${i}</p>${picture(i)}`).join(''),
      Array.from({ length: 30 }, (_, i) =>
        picture(i, i % 2 ? ' width="1" height="1"' : ' width="640" height="360"'),
      ).join(''),
      // What platforms add: emoji, buttons and avatars, players' frames, blocks left empty.
      '<p>Hi <img class="wp-smiley" alt="😉" src="/72x72/1f609.png"> <img src="/emoji/1f44b.png" alt=""> <img class="emoji" alt=" ">!</p>',
      `<p>x</p>${'<a href="https://feeds.feedburner.com/~ff/x?a=1"><img src="https://feeds.feedburner.com/~ff/x?d=1"></a>'.repeat(3)}`,
      '<figure><iframe src="https://www.youtube-nocookie.com/embed/abc_-1?x=1" title=" T "></iframe><figcaption>C</figcaption></figure>',
      '<p><iframe src="//player.vimeo.com/video/42"></iframe></p><iframe src="https://open.spotify.com/embed/episode/7x?si=1"></iframe>',
      '<iframe src="https://w.soundcloud.com/player/?url=x"><p>inside</p></iframe><iframe src="https://ads.example/"></iframe>',
      '<p><iframe src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fx%2Fvideos%2F1%2F&amp;show_text=0"></iframe></p><iframe src="https://www.facebook.com/plugins/post.php?href=%E0%A4%A"></iframe><iframe src="https://www.facebook.com/plugins/like.php?href=x"></iframe>',
      '<p> </p><p>&nbsp;<br></p><figure><figcaption>Gone</figcaption></figure><figure><p></p><figcaption>Too</figcaption></figure>',
      '<figure><video src="/v.webm"></video><div class="kg-video-player x"><span>0:00</span><button>1×</button></div><figcaption>C</figcaption></figure><p><button>B</button>t</p><div class="kg-audio-player-container">Title</div>',
      '<p>x</p><!--kg-gated-block:begin nonMember:true --><div class="kg-card kg-cta-card"><p>Join</p><a href="/m">Plus</a></div><!--kg-gated-block:end--><div class="kg-cta-cardx">Kept</div>',
      '<p>x <a class="cta_button" href="/o"> <img class="hs-cta-img" alt=" " src="/c.png"> </a></p><a href="/r"><img class="hs-cta-img x" src="/d.png" alt="Guide"></a><a class="cta_buttons" href="/k">Kept</a>',
      // Video and sound: from their source, without children, poster only when a picture; none without an address.
      '<figure><video src=" /v.webm " poster="/p.jpg" width="640" height="360" autoplay loop muted onplay="x()"><track src="/t.vtt">Old</video><figcaption>C</figcaption></figure>',
      '<p><video width="50%" height="9" poster="https://img.spacergif.org/v1/9x9/0a/spacer.png"><source src=""><source src="/b.mp4"><a href="/b.mp4">/b.mp4</a></video></p><audio controls src="x.mp3"></audio>',
      '<video src="javascript:x()"></video><audio src="data:audio/mpeg;base64,AA"></audio><video><source src="vbscript:x"></video><audio></audio><video poster="javascript:x()" src="/ok.mp4" is="x-v"></video>',
      Array.from({ length: 12 }, (_, i) => `${picture(i)}<video src="/v${i}.mp4" poster="/p${i}.jpg"></video>`).join(''),
      // 1 + 998 × 2 nodes, then the frame, its link and the link's text: the last within the budget.
      `${'<p>a</p>'.repeat(998)}<iframe src="https://www.youtube.com/embed/edge" title="At the budget"></iframe><p>b</p>`,
      // The budget: nodes, nesting and characters.
      '<br>'.repeat(1_999),
      '<br>'.repeat(2_000),
      `${'<br>'.repeat(2_999)}end`,
      `<p>Top</p>${'<ul><li>a</li></ul>'.repeat(900)}`,
      `<p>Top</p>${'<blockquote>'.repeat(20)}deep${'</blockquote>'.repeat(20)}`,
      `${'<b>'.repeat(16)}one<br>two<i>three</i>${'</b>'.repeat(16)}`,
      `${'<i>'.repeat(80)}x${'</i>'.repeat(80)}`,
      `${'x'.repeat(200_000)}${'<p>after</p>'.repeat(10)}`,
      // What the parser and DOMPurify's walk do with the odd body.
      '\n \t <p>After white space</p>',
      '<!-- only a comment -->',
      '<p><!-- c -->&lt;b&gt;hidden&lt;/b&gt;</p><p>&lt;b&gt; shown as text</p><textarea>&lt;i&gt;</textarea>',
      '<p is="x-p">Gone</p><p lang=" en " dir="rtl" title=" T ">Kept</p><p lang="javascript:x()">L</p>',
      '<p lang="java script:x()">Spaced</p><p dir="java\tscript:x()">Tabbed</p><p title="java script:x()">Title</p>',
      '<h1>Big</h1><div><span>Loose</span></div><svg><text>drawn</text></svg><math><mi>x</mi></math>',
    ];
    for (const html of bodies) {
      expect(parsersAgree(html), html.slice(0, 100)).to.be.true;
      for (const images of [true, false]) {
        const { widgets, withoutDom } = both(html, images);
        expect(withoutDom, `${images ? '' : 'no pictures: '}${html.slice(0, 300)}`).to.deep.equal(widgets);
      }
    }
    // Headings under a headline of each level.
    const headings = '<h4 lang="fr">A <em>b</em></h4><p>x</p><h2>C</h2><h3 title="t">D</h3><h4>E</h4><h1>F</h1>';
    for (const level of [1, 2, 3, 4, 5, 6]) {
      const { widgets, withoutDom } = both(headings, true, level);
      expect(withoutDom, `level ${level}`).to.deep.equal(widgets);
    }
  });

  it('writes an ordinary body as the widgets show it', () => {
    const html =
      '<h2>Protest</h2><p>Thousands <b>marched</b> on <a href="/parliament">parliament</a>.</p>' +
      '<figure><img src="/img/crowd.jpg" alt="The crowd" width="640" height="360"><figcaption>Nairobi</figcaption></figure>';
    const { widgets, withoutDom } = both(html, true);
    expect(withoutDom).to.deep.equal(widgets);
    // Pictures are shown unless asked otherwise.
    expect(sanitizeMarkup(html, FEED_URL).html).to.equal(
      '<h2>Protest</h2><p>Thousands <b>marched</b> on ' +
        `<a href="${new URL('/parliament', FEED_URL).href}" rel="noopener noreferrer" target="_blank">parliament</a>.</p>` +
        `<figure><img src="${new URL('/img/crowd.jpg', FEED_URL).href}" alt="The crowd" loading="lazy" decoding="async" ` +
        'width="640" height="360"><figcaption>Nairobi</figcaption></figure>',
    );
  });
});
