// news-widgets/ssr in Node, on the build (dist/ssr/): every widget rendered from a feed object
// and from a URL (JSON Feed, RSS, Atom) to HTML that shows the story without JavaScript, the
// article's body sanitised, and hostile feed text escaped both in the HTML and in the JSON
// script the browser hydrates from.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { root } from './support/server.mjs';

const { renderWidget } = await import(`${root}dist/ssr/index.js`);
const world = JSON.parse(readFileSync(`${root}public/feeds/world.json`, 'utf8'));

/** The JSON the browser reads: the one data script's content, parsed. */
function embedded(html) {
  const scripts = [...html.matchAll(/<script type="application\/json" data-news-feed>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1, 'one data script');
  return JSON.parse(scripts[0][1]);
}

/** The HTML inside the declarative shadow root. */
function shadow(html) {
  const match = /<template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>/.exec(html);
  assert.ok(match, 'a declarative shadow root');
  return match[1].replace(/<style>[\s\S]*?<\/style>/, "");
}

let server;
let origin;
before(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/slow') return; // never answers
    if (path === '/huge') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`{"version":"https://jsonfeed.org/version/1.1","title":"${'x'.repeat(6 * 1024 * 1024)}","items":[]}`);
      return;
    }
    const file = { '/world.json': 'world.json', '/world.rss': 'world.rss.xml', '/world.atom': 'world.atom.xml' }[path];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.endsWith('json') ? 'application/feed+json' : 'application/rss+xml' });
    response.end(readFileSync(`${root}public/feeds/${file}`));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

test('a card from a feed object: the headline link, summary and time in a declarative shadow root', async () => {
  const html = await renderWidget('news-card', { feed: world, attributes: { 'article-id': 'kenya-tax-protests' } });
  assert.match(html, /^<news-card article-id="kenya-tax-protests"[^>]*><template shadowroot/);
  const content = shadow(html);
  assert.doesNotMatch(content, /part="skeleton"/);
  assert.match(content, /<a part="link" href="https:\/\/dailyreports\.example\/world\/kenya-tax-protests"/);
  assert.match(content, /Kenya Tax Protests Turn Deadly as 22 Are Killed in Clashes/);
  assert.match(content, /part="summary"[^>]*><!--lit-part-->Demonstrations against new taxes/);
  assert.match(content, /<time part="time" datetime="2024-06-26T12:47:26.798Z"/);
  // Only what the card shows travels with it.
  assert.deepEqual(
    embedded(html).feed.items.map((item) => item.id),
    ['kenya-tax-protests'],
  );
  assert.equal(embedded(html).locale, 'en');
});

test('a trending list, a list and an article from a URL, in JSON Feed, RSS and Atom', async () => {
  for (const path of ['/world.json', '/world.rss', '/world.atom']) {
    const src = `${origin}${path}`;
    const trending = await renderWidget('news-trending', { src, attributes: { limit: 3 } });
    assert.match(trending, new RegExp(`^<news-trending limit="3" src="${src}"`));
    assert.equal((shadow(trending).match(/<li part="item"/g) ?? []).length, 3, path);
    assert.equal(embedded(trending).feed.items.length, 3);
    assert.equal(embedded(trending).src, src);
    const list = await renderWidget('news-list', { src, attributes: { limit: 2 } });
    assert.equal((shadow(list).match(/<article part="card"/g) ?? []).length, 2, path);
    const article = await renderWidget('news-article', { src });
    assert.match(shadow(article), /Putin Heads to Pyongyang/);
    assert.match(shadow(article), /<div part="body" class="body"/, `${path}: the body`);
  }
});

test('a card with index keeps the newer stories it counts past, and shows the same story', async () => {
  const html = await renderWidget('news-card', { feed: world, attributes: { index: 3 } });
  const ids = embedded(html).feed.items.map((item) => item.id);
  assert.ok(ids.length >= 3 && ids.length < world.items.length, `${ids.length} items`);
  const newest = [...world.items].sort((a, b) => Date.parse(b.date_published) - Date.parse(a.date_published));
  assert.match(shadow(html), new RegExp(newest[2].title.replace(/[^\w ]/g, '.')));
});

test('an article body is sanitised on the server, links and images made safe', async () => {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Hostile',
    items: [
      {
        id: 'x',
        url: 'https://news.example/x',
        title: 'A story',
        content_html:
          '<p onclick="steal()">Safe text</p><script>alert(1)</script><img src="https://img.example/a.png" width="640" height="360" onerror="alert(2)">' +
          '<a href="javascript:alert(3)">bad link</a><a href="/relative">good link</a><iframe src="https://evil.example"></iframe>',
      },
    ],
  };
  const html = await renderWidget('news-article', { feed, src: 'https://news.example/feed.json' });
  const content = shadow(html);
  assert.match(content, /<p>Safe text<\/p>/);
  const img = /<img [^>]*>/.exec(content)[0];
  for (const attribute of ['src="https://img.example/a.png"', 'width="640"', 'height="360"', 'loading="lazy"', 'alt=""']) {
    assert.ok(img.includes(attribute), `${img} has ${attribute}`);
  }
  assert.match(content, /<a href="https:\/\/news\.example\/relative" rel="noopener noreferrer" target="_blank">good link<\/a>/);
  // Neither in the shadow root nor in the embedded feed (sanitised there too).
  const rest = html.replace('<script type="application/json" data-news-feed>', '');
  for (const bad of [/onclick/, /onerror/, /<script/, /\\u003cscript/, /javascript:/, /iframe/, /alert\(/]) {
    assert.doesNotMatch(rest, bad);
  }
});

test('an episode the body plays is played once, in the body, on the server as in the browser', async () => {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    items: [
      {
        id: 'ep',
        title: 'Episode 12',
        url: 'https://show.example/12',
        content_html:
          '<p>We talk about harbours.</p><audio class="wp-audio-shortcode" controls><source src="https://cdn.example/ep12.mp3?_=1"></audio>',
        attachments: [{ url: 'https://cdn.example/ep12.mp3', mime_type: 'audio/mpeg' }],
      },
    ],
  };
  const content = shadow(await renderWidget('news-article', { feed }));
  const players = [...content.matchAll(/<audio [^>]*>/g)].map(([tag]) => tag);
  assert.equal(players.length, 1, players.join('\n'));
  assert.match(players[0], /src="https:\/\/cdn\.example\/ep12\.mp3\?_=1"/);
  assert.match(players[0], /preload="none"/);
  assert.doesNotMatch(content, /part="attachments"/);
});

test('a lead image the body has at another size is shown once, on the server as in the browser', async () => {
  const image = 'https://tctechcrunch2011.files.wordpress.com/2011/11/angies-list.jpeg';
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    items: [{ id: 'tc', title: 'Angie', image: `${image}?w=150`, content_html: `<p><img src="${image}?w=100&amp;h=62&amp;crop=1">Text.</p>` }],
  };
  const content = shadow(await renderWidget('news-article', { feed }));
  assert.equal([...content.matchAll(/<img /g)].length, 1);
  assert.doesNotMatch(content, /part="figure"/);
});

test('hostile feed text is escaped in the HTML and cannot end the JSON script', async () => {
  const hostile = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> \u2028';
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: hostile,
    items: [{ id: hostile, url: 'https://news.example/x', title: hostile, summary: hostile, content_text: hostile }],
  };
  for (const tag of ['news-card', 'news-article', 'news-trending', 'news-list']) {
    const html = await renderWidget(tag, { feed, attributes: { heading: `"><script>alert(3)</script>` } });
    // The only script element is the data script, and it ends where it should.
    assert.equal((html.match(/<script/gi) ?? []).length, 1, tag);
    assert.equal((html.match(/<\/script/gi) ?? []).length, 1, tag);
    assert.doesNotMatch(html, /<img/, tag);
    assert.doesNotMatch(shadow(html).replace(/<!--\/?lit-[^>]*-->/g, ''), /<!--/, tag);
    assert.match(shadow(html), /&lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;/, tag);
    // The browser reads back the text the server showed: the plain-text body whole, and the
    // headline as the server cleaned it (a script in a headline goes whole; the rest is text).
    const [item] = embedded(html).feed.items;
    assert.ok(item.content_text.startsWith('</script><script>alert(1)</script><!--'), tag);
    assert.equal(item.title, '<!--', tag);
    assert.match(shadow(html), /part="title"[^>]*>(<[^>]*>)*&lt;!--<!--\/lit-part-->/, tag);
  }
});

test('attributes are escaped; a name that is no attribute, or a tag that is no widget, is refused', async () => {
  const html = await renderWidget('news-card', { feed: world, attributes: { heading: 'x', locale: '"><b>' } });
  assert.match(html, /locale="&quot;&gt;&lt;b&gt;"/);
  await assert.rejects(renderWidget('news-card', { feed: world, attributes: { 'x"><b': '1' } }), TypeError);
  await assert.rejects(renderWidget('news-card', { feed: world, attributes: { onclick: 'alert(1)' } }), TypeError);
  await assert.rejects(renderWidget('script', { feed: world }), TypeError);
});

test('a feed that cannot be had gives the bare element, which loads in the browser', async () => {
  const warnings = [];
  const warn = (message) => warnings.push(message);
  const started = Date.now();
  assert.equal(
    await renderWidget('news-card', { src: `${origin}/slow`, timeout: 300, warn }),
    `<news-card src="${origin}/slow"></news-card>`,
  );
  assert.ok(Date.now() - started < 3000, 'the timeout holds');
  assert.equal(await renderWidget('news-card', { src: `${origin}/huge`, warn }), `<news-card src="${origin}/huge"></news-card>`);
  assert.equal(await renderWidget('news-card', { src: `${origin}/missing`, warn }), `<news-card src="${origin}/missing"></news-card>`);
  assert.equal(await renderWidget('news-card', { src: 'feed.json', warn }), '<news-card src="feed.json"></news-card>');
  assert.match(warnings.join('\n'), /within 300 ms[\s\S]*5242880-byte limit[\s\S]*404[\s\S]*not an http/);
});

test('a French feed speaks French, with French dates', async () => {
  const monde = JSON.parse(readFileSync(`${root}public/feeds/monde.json`, 'utf8'));
  const html = await renderWidget('news-trending', { feed: monde });
  assert.equal(embedded(html).locale, 'fr');
  assert.match(shadow(html), /lang="fr"/);
  assert.match(shadow(html), /(Tendances|Dernières)/);
});

test('words a server registers are the words it renders, in the language they were given for', async () => {
  const { registerWords } = await import(`${root}dist/ssr/index.js`);
  registerWords('cs', { latest: 'Nejnovější' });
  const czech = shadow(await renderWidget('news-trending', { feed: world, attributes: { locale: 'cs-CZ', order: 'latest' } }));
  assert.match(czech, /Nejnovější/);
  assert.doesNotMatch(czech, /Latest/);
  assert.match(shadow(await renderWidget('news-trending', { feed: world, attributes: { order: 'latest' } })), /Latest/);
});
