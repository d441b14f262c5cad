// Eleventy 3: a `newsWidget` shortcode that renders a widget at build time with
// news-widgets/ssr, so the built pages carry their news as HTML (for readers without
// JavaScript, and for crawlers) and the widgets hydrate in the browser without fetching the
// feed again.
//
//   npm install news-widgets @11ty/eleventy jsdom
//   npx @11ty/eleventy --serve
import { existsSync } from 'node:fs';
import { renderWidget } from 'news-widgets/ssr';

export default function (eleventyConfig) {
  /**
   * {% newsWidget "news-card", news, "article-id", "kenya-tax-protests" %}: the tag, the feed
   * (an object from _data/, or the URL of a feed to fetch at build time), then attribute names
   * and values in pairs.
   */
  eleventyConfig.addShortcode('newsWidget', async (tag, source, ...pairs) => {
    const attributes = {};
    for (let i = 0; i + 1 < pairs.length; i += 2) attributes[pairs[i]] = pairs[i + 1];
    const feed = typeof source === 'string' ? { src: source } : { feed: source };
    return renderWidget(tag, { ...feed, attributes, warn: (message) => console.warn(`[newsWidget] ${message}`) });
  });
  // The widgets' browser build, served from the site at /cdn/ (one script tag loads it).
  const cdn = 'node_modules/news-widgets/dist/cdn';
  if (existsSync(cdn)) eleventyConfig.addPassthroughCopy({ [cdn]: 'cdn' });
  eleventyConfig.ignores.add('README.md');
}
