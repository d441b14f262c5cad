// Where an article body's links go and what its pictures load: the URL policy (safeUrl), and the
// rules the sanitiser applies to each link, image, video and sound it keeps (src/sanitize/rules.ts,
// src/sanitize/media.ts).
import { expect } from '@open-wc/testing';
import { sanitizeBody, sanitizeHtml } from '../../src/sanitize/html.js';
import { safeUrl } from '../../src/sanitize/url.js';

const FEED = 'https://news.example/feeds/world.json';
const IMAGE = 'https://news.example/img/kenya.jpg';

/** The body a feed's HTML becomes, in a box to read it from. */
function body(html: string): HTMLElement {
  const box = document.createElement('div');
  box.append(sanitizeHtml(html, FEED));
  return box;
}

/** Each element's attributes, as `name=value`, in order. */
const attributes = (el: Element | null) => [...(el?.attributes ?? [])].map(({ name, value }) => `${name}=${value}`);

describe('safeUrl', () => {
  it('resolves a URL from a feed against the feed, keeping http and https', () => {
    expect(safeUrl('story.html', FEED)).to.equal('https://news.example/feeds/story.html');
    expect(safeUrl('http://old.example/a', FEED)).to.equal('http://old.example/a');
  });

  it('lets a link write an email, but no picture or feed load one', () => {
    expect(safeUrl('mailto:desk@news.example', FEED, 'link')).to.equal('mailto:desk@news.example');
    expect(safeUrl('mailto:desk@news.example', FEED)).to.be.undefined;
    expect(safeUrl('mailto:desk@news.example', FEED, 'resource')).to.be.undefined;
  });

  it('refuses scripts and data, however they are disguised', () => {
    for (const value of ['javascript:alert(1)', ' jav\tascript:alert(1)', 'data:text/html,<b>x', 'vbscript:x']) {
      expect(safeUrl(value, FEED, 'link'), value).to.be.undefined;
    }
  });

  it('gives nothing for a blank value, rather than the feed’s own address', () => {
    for (const value of ['', '   ', '\n\t'])
      expect(safeUrl(value, FEED, 'link'), JSON.stringify(value)).to.be.undefined;
  });

  it("gives nothing for a template's missing value, the word undefined or null, but takes a page named with it", () => {
    for (const value of ['undefined', ' null ', 'Undefined', 'NULL'])
      expect(safeUrl(value, FEED), value).to.be.undefined;
    expect(safeUrl('undefined-photo.jpg', FEED)).to.equal('https://news.example/feeds/undefined-photo.jpg');
    expect(safeUrl('/null/a.jpg', FEED)).to.equal('https://news.example/null/a.jpg');
  });

  it('gives nothing for a value that is not text, or not a URL', () => {
    for (const value of [42, null, undefined, {}, ['https://news.example/']]) {
      expect(safeUrl(value, FEED), String(value)).to.be.undefined;
    }
    expect(safeUrl('https://', FEED)).to.be.undefined;
    expect(safeUrl('story.html'), 'relative, with nothing to resolve it against').to.be.undefined;
  });
});

describe('links in an article body', () => {
  it('keeps a link’s https href, opening in a new tab without the opener', () => {
    expect(attributes(body('<a href="/story">Story</a>').querySelector('a'))).to.deep.equal([
      'href=https://news.example/story',
      'rel=noopener noreferrer',
      'target=_blank',
    ]);
  });

  it('keeps a mailto: link', () => {
    expect(
      body('<a href="mailto:desk@news.example">Write to us</a>').querySelector('a')!.getAttribute('href'),
    ).to.equal('mailto:desk@news.example');
  });

  it('keeps the words of a link to a script or to data, as text that goes nowhere', () => {
    const out = body('<a href="javascript:alert(1)">one</a> <a href="data:text/html,x">two</a>');
    for (const link of out.querySelectorAll('a')) expect(attributes(link), link.textContent).to.deep.equal([]);
    expect(out.textContent).to.equal('one two');
  });

  it("drops a link hidden from screen readers, a heading's permalink (Eleventy's direct-link)", () => {
    // eleventy-yakikim-he: `<a class="direct-link" … aria-hidden="true">#</a>` after each heading.
    const box = body(
      '<h2 id="about" tabindex="-1">About <a class="direct-link" href="https://example.com/#about" aria-hidden="true">#</a></h2><p>See <a href="/a" aria-hidden=" TRUE ">¶</a><a href="/b" aria-hidden="false">this</a> <a href="/c" aria-hidden="nottrue">and</a> <a href="/d" aria-hidden="truer">that</a>.</p>',
    );
    expect(box.querySelector('h2')!.textContent).to.equal('About ');
    expect([...box.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(['this', 'and', 'that']);
  });

  it('drops a link around nothing but spaces', () => {
    const out = body('<p>Before <a href="https://news.example/a">  </a> after</p>');
    expect(out.querySelector('a')).to.be.null;
    expect(out.textContent).to.equal('Before    after');
  });

  it('drops an empty link even when it goes somewhere', () => {
    expect(body('<p>x<a href="https://news.example/a"></a></p>').querySelector('a')).to.be.null;
  });

  it('names a link around a picture without alt text after the site it goes to', () => {
    const link = body(`<a href="https://www.bbc.co.uk/news/1"><img src="${IMAGE}"></a>`).querySelector('a')!;
    expect(link.getAttribute('aria-label')).to.equal('www.bbc.co.uk');
    expect(link.querySelector('img')).to.exist;
  });

  it('names a mailto: link around a picture after its address', () => {
    const link = body(`<a href="mailto:desk@news.example"><img src="${IMAGE}" alt=" "></a>`).querySelector('a')!;
    expect(link.getAttribute('aria-label')).to.equal('mailto:desk@news.example');
  });

  it('leaves a link its picture’s alt text as its name', () => {
    const out = body(
      `<a href="https://a.example/"><img src="${IMAGE}" alt="Protesters in Nairobi"></a>` +
        `<a href="https://b.example/"><img src="${IMAGE}"><img src="${IMAGE}" alt="A second picture"></a>`,
    );
    for (const link of out.querySelectorAll('a')) expect(link.hasAttribute('aria-label'), link.href).to.be.false;
  });

  it('unwraps a link around a picture that goes nowhere, keeping the picture', () => {
    const out = body(`<a href="javascript:void(0)"><img src="${IMAGE}"></a>`);
    expect(out.querySelector('a')).to.be.null;
    expect(out.querySelector('img')!.getAttribute('src')).to.equal(IMAGE);
  });
});

describe('images in an article body', () => {
  it('loads a picture lazily, resolved against the feed, with its alt text', () => {
    expect(attributes(body('<img src="/img/kenya.jpg" alt="Protesters">').querySelector('img'))).to.deep.equal([
      'src=https://news.example/img/kenya.jpg',
      'alt=Protesters',
      'loading=lazy',
      'decoding=async',
    ]);
  });

  it('shows a lazy-loaded picture from its data-src (lozad, lazysizes) or data-lazy-src (WP Rocket)', () => {
    const src = (html: string) => body(html).querySelector('img')?.getAttribute('src');
    expect(src('<img class="lozad" data-src="/img/kenya.jpg" alt="Protesters">')).to.equal(
      'https://news.example/img/kenya.jpg',
    );
    expect(src('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-lazy-src="/img/b.jpg">')).to.equal(
      'https://news.example/img/b.jpg',
    );
    expect(src(`<img src="${IMAGE}" data-src="/img/other.jpg">`)).to.equal(IMAGE);
    // The lazy address is held to the same rules, and the data- attribute is not kept.
    expect(src('<img data-src="javascript:alert(1)">')).to.be.undefined;
    expect(body('<img data-src="/img/kenya.jpg">').querySelector('img')!.hasAttribute('data-src')).to.equal(false);
  });

  it('gives a picture without alt text an empty one', () => {
    expect(body(`<img src="${IMAGE}">`).querySelector('img')!.getAttribute('alt')).to.equal('');
  });

  it('removes a picture with no safe address: none, data, script, or relative to nothing', () => {
    for (const html of [
      '<img alt="a">',
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="b">',
      '<img src="javascript:x" alt="c">',
      // npr-undefined-src-pixel.rss.xml: NPR's CMS had no picture for the story.
      "<img src='undefined' alt='President Trump during an event announcing the expansion of a foster care initiative'/>",
    ]) {
      expect(body(html).querySelector('img'), html).to.be.null;
    }
    expect(sanitizeHtml('<img src="a.png">').querySelector('img'), 'without a feed URL').to.be.null;
  });

  it('keeps an image’s width and height as a pair of whole numbers, to reserve its shape', () => {
    const img = body(`<img src="${IMAGE}" width=" 640 " height="360px">`).querySelector('img')!;
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['640', '360']);
  });

  for (const size of [
    'width="640"',
    'height="360"',
    'width="640.5" height="360"',
    'width="640" height="360.5"',
    'width="50%" height="50%"',
    'width=" 1% " height=" 50% "',
  ]) {
    it(`keeps a picture with ${size}, but no size`, () => {
      const img = body(`<img src="${IMAGE}" ${size}>`).querySelector('img');
      expect(img, size).to.exist;
      expect(img!.hasAttribute('width') || img!.hasAttribute('height'), size).to.be.false;
    });
  }

  for (const size of [
    'width="2"',
    'height="2"',
    'width="1" height="300"',
    'width="300" height="0"',
    'width="1px" height="1px"',
    'width="2.5" height="1"',
  ]) {
    it(`drops a tracking pixel with ${size}`, () => {
      expect(body(`<p>Story</p><img src="${IMAGE}" ${size}>`).querySelector('img'), size).to.be.null;
    });
  }

  it('keeps a picture of three pixels square: small, but no pixel', () => {
    expect(body(`<img src="${IMAGE}" width="3" height="3">`).querySelector('img')!.getAttribute('width')).to.equal('3');
  });
});

describe('attributes on other elements', () => {
  it('keeps no address but a link’s and a picture’s', () => {
    const out = body(
      '<p href="https://news.example/a" src="https://news.example/b">Text</p><q src="https://news.example/c">q</q>',
    );
    for (const el of out.querySelectorAll('p, q')) expect(attributes(el), el.localName).to.deep.equal([]);
  });

  it('keeps no picture’s address on a link, nor a link’s on a picture, nor a size on a link', () => {
    const out = body(
      '<a href="https://news.example/a" src="https://news.example/b" width="900" height="9">Link</a>' +
        '<img src="https://news.example/i.png" href="/elsewhere" alt="">',
    );
    expect(attributes(out.querySelector('a'))).to.deep.equal([
      'href=https://news.example/a',
      'rel=noopener noreferrer',
      'target=_blank',
    ]);
    expect(out.querySelector('img')!.hasAttribute('href')).to.be.false;
  });

  it('lets no rule, table or cell set its own width or height', () => {
    const out = body(
      '<hr width="900"><table width="2000" height="10"><tr><td width="1500">a</td><td height="800">b</td></tr></table>',
    );
    for (const el of out.querySelectorAll('hr, table, td')) expect(attributes(el), el.localName).to.deep.equal([]);
  });

  it('keeps the attributes that say what a table or a phrase is', () => {
    const out = body(
      '<table><tr><th scope="col" colspan="2" title="Votes">V</th></tr></table><p lang="sw" dir="ltr">Habari</p>',
    );
    expect(attributes(out.querySelector('th'))).to.deep.equal(['scope=col', 'colspan=2', 'title=Votes']);
    expect(attributes(out.querySelector('p'))).to.deep.equal(['lang=sw', 'dir=ltr']);
  });
});

// What publishing platforms add to a body, as they write it (WordPress.com's The Morning Paper,
// the Google Testing Blog through FeedBurner, It's FOSS on Ghost).
describe('what a platform adds to a body', () => {
  it('writes an emoji picture as its character, in the line, not as a picture 72 pixels high', () => {
    const out = body(
      '<p>Enjoy! <img src="https://s0.wp.com/wp-content/mu-plugins/wpcom-smileys/twemoji/2/72x72/1f609.png" alt="😉" ' +
        'class="wp-smiley" style="height: 1em; max-height: 1em;" /> More soon <img class="emoji" alt="🎉" src="/e.png"></p>',
    );
    expect(out.querySelectorAll('img')).to.have.length(0);
    expect(out.textContent).to.equal('Enjoy! 😉 More soon 🎉');
    // An emoji's picture without a character to write is left out, as any button or icon.
    expect(
      body('<p>Hi <img src="https://s.w.org/images/core/emoji/15.0.3/72x72/1f44b.png" alt=""></p>').innerHTML,
    ).to.equal('<p>Hi </p>');
  });

  it('keeps no share button, counter or avatar: FeedBurner’s flares go with their links', () => {
    const out = body(
      '<p>The story.</p><div class="feedflare">\n' +
        '<a href="http://feeds.feedburner.com/~ff/blogspot/RLXA?a=lTnHFI_mRTg:V6DyzhI_ZR4:yIl2AUoC8zA"><img src="http://feeds.feedburner.com/~ff/blogspot/RLXA?d=yIl2AUoC8zA" border="0"></img></a> ' +
        '<a href="http://feeds.feedburner.com/~ff/blogspot/RLXA?a=lTnHFI_mRTg:V6DyzhI_ZR4:V_sGLiPBpWU"><img src="http://feeds.feedburner.com/~ff/blogspot/RLXA?i=lTnHFI_mRTg:V6DyzhI_ZR4:V_sGLiPBpWU" border="0"></img></a>\n' +
        '</div><p><img src="https://secure.gravatar.com/avatar/ab12?s=96" width="96" height="96"> By Ann</p>',
    );
    expect(out.querySelectorAll('img, a')).to.have.length(0);
    expect(out.textContent!.replace(/\s+/g, ' ').trim()).to.equal('The story. By Ann');
  });

  it('links the video or sound a known player’s frame would have played, named by its title', () => {
    const out = body(
      '<p>This time in video format:</p><figure class="kg-card kg-embed-card"><iframe width="200" height="113" ' +
        'src="https://www.youtube.com/embed/w4iER2ADa8k?feature=oembed" frameborder="0" allowfullscreen="" ' +
        'title="15 Essential Keyboard Shortcuts for Linux Mint Users"></iframe></figure>' +
        '<figure><iframe src="https://player.vimeo.com/video/1171569394?app_id=122963" width="426" height="240"></iframe>' +
        '<figcaption><p>A clip showing opening links</p></figcaption></figure>',
    );
    const links = [...out.querySelectorAll('a')].map((a) => [a.href, a.textContent, a.target, a.rel]);
    expect(links).to.deep.equal([
      [
        'https://www.youtube.com/watch?v=w4iER2ADa8k',
        '15 Essential Keyboard Shortcuts for Linux Mint Users',
        '_blank',
        'noopener noreferrer',
      ],
      ['https://vimeo.com/1171569394', 'Vimeo', '_blank', 'noopener noreferrer'],
    ]);
    expect(out.querySelectorAll('figure figcaption')).to.have.length(1);
    expect(out.querySelectorAll('iframe')).to.have.length(0);
  });

  it('keeps a Ghost video card’s video in the browser’s player, without the controls Ghost draws or a button’s words', () => {
    const out = body(
      '<p>Search the scrollback:</p><figure class="kg-card kg-video-card kg-card-hascaption"><div class="kg-video-container">' +
        '<video src="https://itsfoss.com/content/media/2026/03/scrollback-search.webm" poster="https://img.spacergif.org/v1/1242x619/0a/spacer.png" width="1242" height="619" loop="" autoplay="" muted="" playsinline="" preload="metadata" style="background: transparent url(\'https://itsfoss.com/content/media/2026/03/scrollback-search_thumb.jpg\') 50% 50% / cover no-repeat;"></video>' +
        '<div class="kg-video-overlay"><button class="kg-video-large-play-icon" aria-label="Play video"><svg viewbox="0 0 24 24"><path d="M23 10"></path></svg></button></div>' +
        '<div class="kg-video-player-container kg-video-hide"><div class="kg-video-player"><span class="kg-video-current-time">0:00</span>' +
        '<div class="kg-video-time"> /<span class="kg-video-duration">0:32</span></div><input type="range" max="100" value="0">' +
        '<button class="kg-video-playback-rate" aria-label="Adjust playback speed">1&times;</button></div></div></div>' +
        '<figcaption><p><span style="white-space: pre-wrap;">Using the Scrollback search feature.</span></p></figcaption></figure>' +
        '<form><p>Get the newsletter</p><button>Subscribe</button></form>',
    );
    // The player plays only when the reader presses play: no autoplay, loop or mute, nothing
    // loaded before. Ghost's poster is a spacer, and goes.
    expect(attributes(out.querySelector('video')).sort()).to.deep.equal([
      'controls=',
      'height=619',
      'playsinline=',
      'preload=none',
      'src=https://itsfoss.com/content/media/2026/03/scrollback-search.webm',
      'width=1242',
    ]);
    expect(out.querySelector('figure > video + figcaption')!.textContent).to.equal(
      'Using the Scrollback search feature.',
    );
    expect(out.textContent).to.equal('Search the scrollback:Using the Scrollback search feature.Get the newsletter');
  });

  it('keeps WordPress’s audio and video blocks and shortcodes, from their first source, without their fallback', () => {
    const out = body(
      '<figure class="wp-block-audio"><audio controls src="/wp-content/uploads/2024/06/episode-12.mp3"></audio>' +
        '<figcaption class="wp-element-caption">Episode 12: the harbour</figcaption></figure>' +
        '<p><video class="wp-video-shortcode" id="video-4021-1" width="640" height="360" poster="https://news.example/wp-content/uploads/2024/06/ferry.jpg" preload="metadata" controls="controls">' +
        '<source type="video/webm" src="https://news.example/wp-content/uploads/2024/06/ferry.webm?_=1" />' +
        '<source type="video/mp4" src="https://news.example/wp-content/uploads/2024/06/ferry.mp4?_=1" />' +
        '<track kind="captions" src="/ferry.vtt"><a href="https://news.example/wp-content/uploads/2024/06/ferry.webm">https://news.example/wp-content/uploads/2024/06/ferry.webm</a></video></p>',
    );
    expect(attributes(out.querySelector('audio')).sort()).to.deep.equal([
      'controls=',
      'preload=none',
      'src=https://news.example/wp-content/uploads/2024/06/episode-12.mp3',
    ]);
    expect(attributes(out.querySelector('video')).sort()).to.deep.equal([
      'controls=',
      'height=360',
      'playsinline=',
      'poster=https://news.example/wp-content/uploads/2024/06/ferry.jpg',
      'preload=none',
      'src=https://news.example/wp-content/uploads/2024/06/ferry.webm?_=1',
      'width=640',
    ]);
    expect(out.querySelectorAll('video *, audio *, source, track, a')).to.have.length(0);
    expect(out.textContent).to.equal('Episode 12: the harbour');
  });

  it('keeps no video or sound without a web address, nor a poster from anywhere else, nor any when pictures are off', () => {
    const out = body(
      '<video src="javascript:alert(1)"></video><audio src="data:audio/mpeg;base64,AAAA"></audio>' +
        '<video><source src="vbscript:x()"></video><audio><source></audio><video></video>' +
        '<video src=" clip.mp4 " poster="javascript:alert(1)" onplay="alert(1)" autoplay></video>',
    );
    expect(out.innerHTML).to.equal(
      '<video src="https://news.example/feeds/clip.mp4" controls="" preload="none" playsinline=""></video>',
    );
    const withoutPictures = document.createElement('div');
    withoutPictures.append(sanitizeHtml('<video src="/v.mp4" poster="/p.jpg"></video>', FEED, { images: false }));
    expect(attributes(withoutPictures.querySelector('video')).sort()).to.deep.equal([
      'controls=',
      'playsinline=',
      'preload=none',
      'src=https://news.example/v.mp4',
    ]);
  });

  it('keeps at most 20 pictures, videos and sounds together, in their order', () => {
    const out = body(
      Array.from({ length: 15 }, (_, i) => `<p><img src="/img/${i}.jpg" alt="${i}"></p>`).join('') +
        Array.from({ length: 10 }, (_, i) => `<p>Part ${i}</p><audio src="/part-${i}.mp3"></audio>`).join(''),
    );
    expect(out.querySelectorAll('img')).to.have.length(15);
    expect([...out.querySelectorAll('audio')].map((a) => a.getAttribute('src'))).to.deep.equal(
      [0, 1, 2, 3, 4].map((i) => `https://news.example/part-${i}.mp3`),
    );
    expect(out.querySelectorAll('p')).to.have.length(25);
  });

  it('keeps no call to become a member: Ghost’s call-to-action card, which the site shows only to others', () => {
    // It's FOSS's (ghost-itsfoss-embeds.rss.xml), shortened.
    const out = body(
      '<p>MidnightBSD is outright banning it.</p>\n<!--kg-gated-block:begin nonMember:true memberSegment:"status:free" -->' +
        '<div class="kg-card kg-cta-card kg-cta-bg-grey kg-cta-minimal    " data-layout="minimal"><div class="kg-cta-content">' +
        '<div class="kg-cta-content-inner"><div class="kg-cta-text"><p><span style="white-space: pre-wrap;">YOUR support keeps us ' +
        'going.</span></p><p><span>✅ Get 5 FREE eBooks on Linux, Docker and Bash</span></p></div>' +
        '<a href="https://itsfoss.com/membership/" class="kg-cta-button " style="background-color: #000000;">Join It\'s FOSS Plus</a>' +
        '</div></div></div><!--kg-gated-block:end--><p>Next.</p><div class="kg-card kg-button-card kg-align-center">' +
        '<a href="https://www.youtube.com/@itsfoss" class="kg-btn kg-btn-accent">Subscribe to It\'s FOSS YouTube Channel</a></div>',
    );
    expect(out.textContent).to.equal("MidnightBSD is outright banning it.\nNext.Subscribe to It's FOSS YouTube Channel");
    expect(out.querySelectorAll('a')).to.have.length(1);
  });

  it('links the Facebook video or post a Facebook plugin’s frame showed (HubSpot, a WordPress blog)', () => {
    const out = body(
      '<p>We made a short video to review it all.</p><p style="text-align: center;"><iframe style="border: none; overflow: hidden;" ' +
        'src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fhubspot%2Fvideos%2F10154918086304394%2F&amp;show_text=0&amp;width=560" ' +
        'width="560" height="315" frameborder="0" scrolling="no" allowfullscreen="true"></iframe></p>' +
        '<p>Och så här skriver polisen nu 2017:</p><p><iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fpolisen.sodermalm%2Fposts%2F1583692794977522%3A0&amp;width=500" width="500" height="290"></iframe></p>' +
        '<iframe src="https://www.facebook.com/plugins/video.php?href=%E0%A4%A&amp;show_text=0"></iframe>' +
        '<iframe src="https://www.facebook.com/plugins/post.php?href=javascript%3Aalert(1)"></iframe>',
    );
    expect([...out.querySelectorAll('a')].map((a) => [a.href, a.textContent])).to.deep.equal([
      ['https://www.facebook.com/hubspot/videos/10154918086304394/', 'Facebook'],
      ['https://www.facebook.com/polisen.sodermalm/posts/1583692794977522:0', 'Facebook'],
    ]);
    // An address that cannot be read, or that is not the web's, leaves nothing.
    expect(out.textContent).to.equal('We made a short video to review it all.FacebookOch så här skriver polisen nu 2017:Facebook');
  });

  it('keeps none of HubSpot’s calls to action: its banners linking to its offers', () => {
    // hubspot-blog (RSS), item 0, shortened.
    const out = body(
      '<p>That\'s especially true when you\'re posting in real time, like at an event. <a class="cta_button" href="https://offers.hubspot.com/cs/ci/?pg=4afe9b8e&amp;pid=53&amp;ecid="> ' +
        '<img class="hs-cta-img " style="border-width: 0px; /*hs-extra-styles*/; " alt=" " src="https://no-cache.hubspot.com/cta/default/53/4afe9b8e.png"> </a></p>' +
        '<p><span class="hs-cta-wrapper"><a href="https://cta-redirect.hubspot.com/cta/redirect/53/9f998af4"><img class="hs-cta-img" alt="Download our free Snapchat guide" src="https://no-cache.hubspot.com/cta/default/53/9f998af4.png"></a></span></p>' +
        '<p><a class="button" href="https://news.example/x"><img src="/chart.png" alt="The chart"></a></p>',
    );
    expect([...out.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://news.example/x']);
    expect([...out.querySelectorAll('img')].map((img) => img.alt)).to.deep.equal(['The chart']);
    expect(out.textContent!.trim()).to.equal("That's especially true when you're posting in real time, like at an event.");
  });

  it('makes no link of any other frame: an ad, a like button, a script', () => {
    const out = body(
      '<p>Story</p><iframe src="https://ad.doubleclick.net/ddm/x" title="Ad"></iframe>' +
        '<iframe src="https://www.facebook.com/plugins/like.php?href=x"></iframe>' +
        '<iframe src="javascript:alert(1)//youtube.com/embed/x" title="x"></iframe><iframe title="none"></iframe>',
    );
    expect(out.innerHTML).to.equal('<p>Story</p>');
  });

  it('leaves out blocks with nothing left to read or see, as a frame, a pixel or a spacer leaves them', () => {
    const out = body(
      '<p>One</p><p> </p><p>&nbsp;</p><p><br></p><p><img src="https://feeds.feedburner.com/~r/x/~4/y" height="1" width="1"></p>' +
        '<figure><iframe src="https://ads.example/frame"></iframe><figcaption>A clip no longer here</figcaption></figure>' +
        `<figure><pre>code</pre><figcaption>Listing 1</figcaption></figure><p><img src="${IMAGE}" alt=""></p><p>Two</p>`,
    );
    expect([...out.children].map((el) => el.localName)).to.deep.equal(['p', 'figure', 'p', 'p']);
    expect(out.textContent).to.equal('OnecodeListing 1Two');
  });
});

describe('headings in an article body', () => {
  const levels = (html: string, headingLevel?: number) => {
    const box = document.createElement('div');
    box.append(sanitizeBody(html, FEED, { headingLevel }).body);
    return [...box.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent}`);
  };

  it('go below the headline, each level the body uses one further down, none skipped', () => {
    // Each level one further down, and none more than one below the heading before it.
    // Medium's bodies open with an <h4>, right under the article's <h2>.
    expect(levels('<h4>Wild ingredients</h4><p>Text.</p><h4>Foraging</h4>', 2)).to.deep.equal([
      'h3 Wild ingredients',
      'h3 Foraging',
    ]);
    expect(levels('<h4 lang="fr" title="t">A</h4><h2>B</h2><p>x</p><h4>C</h4>', 2)).to.deep.equal([
      'h3 A',
      'h3 B',
      'h4 C',
    ]);
    expect(levels('<h2>A</h2><h3>B</h3><h4>C</h4>', 4)).to.deep.equal(['h5 A', 'h6 B', 'h6 C']);
    expect(levels('<h3>A</h3>', 1)).to.deep.equal(['h2 A']);
    expect(levels('<h2>A</h2><h4>B</h4><h3>C</h3><h4>D</h4>', 2)).to.deep.equal(['h3 A', 'h4 B', 'h4 C', 'h5 D']);
    // The attributes and content stay.
    const box = document.createElement('div');
    box.append(sanitizeBody('<h4 lang="fr" title="t">Le <em>lac</em></h4>', FEED, { headingLevel: 2 }).body);
    expect(box.innerHTML).to.equal('<h3 lang="fr" title="t">Le <em>lac</em></h3>');
  });

  it('keep the feed’s levels when no headline level is given', () => {
    expect(levels('<h4>A</h4><h2>B</h2>')).to.deep.equal(['h4 A', 'h2 B']);
  });
});
