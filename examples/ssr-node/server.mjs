// A page served by plain Node (node:http) with its news rendered on the server: readers
// without JavaScript and crawlers get the stories as HTML; with JavaScript, the widgets take
// that HTML over (hydrate) without fetching the feed again.
//
//   npm install news-widgets jsdom      (jsdom sanitises article bodies on the server)
//   node server.mjs                     then open http://localhost:8080/
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderWidget } from 'news-widgets/ssr';

const here = fileURLToPath(new URL('.', import.meta.url));
// The browser build of the package (dist/cdn/), served from this site: the page's one script.
const cdn = fileURLToPath(new URL('.', import.meta.resolve('news-widgets/cdn/news-widgets.js')));

/** The page: each widget's HTML from renderWidget, and the CDN script, which hydrates them. */
async function page(origin) {
  // The feed's URL, fetched by the server (here the site's own; any http(s) JSON Feed, RSS or
  // Atom feed). A feed the server already holds can be given as `feed: object` instead.
  const src = `${origin}/feed.json`;
  const [card, trending, article] = await Promise.all([
    renderWidget('news-card', { src, attributes: { 'article-id': 'kenya-tax-protests' } }),
    renderWidget('news-trending', { src, attributes: { limit: 3, heading: 'Most read' } }),
    renderWidget('news-article', { src, attributes: { 'article-id': 'kenya-tax-protests' } }),
  ]);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Server-rendered news</title>
    <script type="module" src="/cdn/news-widgets.js"></script>
    <style>
      body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; font-family: system-ui, sans-serif; }
      .top { display: grid; grid-template-columns: 2fr 1fr; gap: 1.5rem; align-items: start; margin-bottom: 2rem; }
    </style>
  </head>
  <body>
    <h1>Server-rendered news</h1>
    <div class="top">${card}${trending}</div>
    ${article}
  </body>
</html>`;
}

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/feed+json', '.svg': 'image/svg+xml' };

/** The site: the page, its feed and images, and the widgets' browser build. */
export function createSite() {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    try {
      if (pathname === '/') {
        const html = await page(`http://127.0.0.1:${server.address().port}`);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      } else if (pathname === '/feed.json' || /^\/images\/[\w-]+\.svg$/.test(pathname)) {
        const body = await readFile(join(here, pathname));
        response.writeHead(200, { 'content-type': TYPES[extname(pathname)] }).end(body);
      } else if (/^\/cdn\/[\w.-]+\.js$/.test(pathname)) {
        const body = await readFile(join(cdn, pathname.slice('/cdn/'.length)));
        response.writeHead(200, { 'content-type': TYPES['.js'] }).end(body);
      } else {
        response.writeHead(404).end('Not found');
      }
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  createSite().listen(port, () => console.log(`http://localhost:${port}/`));
}
