// Feeds under the 5 MiB size limit built to cost the host page as much as they can: a million
// key points, tags or sources, a body of half a million tiny paragraphs, an `items` array of
// a million numbers… `npm run bench` serves each at /heavy/<name>.json and holds every one to
// no long task over 200 ms (issue 18). Deterministic: the same name always gives the same bytes.

const VERSION = 'https://jsonfeed.org/version/1.1';
const STORY = 'https://news.example/story';

/** One item with a title, a URL and the given fields, as JSON text. */
const oneItem = (fields) =>
  `{"version":"${VERSION}","title":"Heavy","items":[{"id":"heavy","title":"Heavy story","url":"${STORY}",${fields}}]}`;

/** `count` copies of `value`, comma-separated, as the inside of a JSON array. */
const many = (value, count) => `${value},`.repeat(count - 1) + value;

/**
 * Each heavy feed: its JSON text, and the widgets (with their attributes) that show it. The
 * widgets are those that show what the feed overloads.
 */
export const HEAVY_FEEDS = {
  'key-points': {
    about: 'a million key points',
    widgets: ['news-article'],
    body: () => oneItem(`"_news":{"key_points":[${many('"a"', 1_000_000)}]}`),
  },
  tags: {
    about: 'a million tags',
    widgets: ['news-article', 'news-card'],
    body: () => oneItem(`"tags":[${many('"a"', 1_000_000)}]`),
  },
  sources: {
    about: 'a million sources',
    widgets: ['news-article', 'news-card'],
    body: () => oneItem(`"_news":{"sources":[${many('"a"', 1_000_000)}]}`),
  },
  authors: {
    about: '380,000 authors',
    widgets: ['news-article'],
    body: () => oneItem(`"authors":[${many('{"name":"a"}', 380_000)}]`),
  },
  paragraphs: {
    about: 'a body of 600,000 tiny paragraphs',
    widgets: ['news-article'],
    body: () => oneItem(`"content_html":"${'<p>a</p>'.repeat(600_000)}"`),
  },
  'text-paragraphs': {
    about: 'a plain-text body of a million paragraphs',
    widgets: ['news-article'],
    body: () => oneItem(`"content_text":"${'a\\n\\n'.repeat(1_000_000)}"`),
  },
  nesting: {
    about: 'a body of a million elements, nested as deep as the parser goes',
    widgets: ['news-article'],
    body: () => oneItem(`"content_html":"${'<ul><li>'.repeat(500_000)}deep"`),
  },
  pixels: {
    about: 'a body of 2,000 tracking pixels and 2,000 images',
    widgets: ['news-article'],
    body: () =>
      oneItem(
        `"content_html":"${Array.from({ length: 2_000 }, (_, i) => `<img src=\\"/feeds/pixel.gif?${i}\\" width=\\"0\\" height=\\"0\\"><img src=\\"/feeds/photo.jpg?${i}\\" width=\\"300\\" height=\\"200\\">`).join('')}"`,
      ),
  },
  numbers: {
    about: 'an items array of two million numbers',
    widgets: ['news-card', 'news-trending'],
    body: () => `{"version":"${VERSION}","items":[${many('0', 2_000_000)}]}`,
  },
  items: {
    about: '17,000 items, shown with limit="1e9"',
    widgets: ['news-card', 'news-trending'],
    body: () =>
      `{"version":"${VERSION}","items":[${Array.from(
        { length: 17_000 },
        (_, i) =>
          `{"id":"s${i}","url":"${STORY}/${i}","title":"Story number ${i} of a feed far longer than any reader needs","summary":"A summary of story ${i}, of the usual length for a summary.","date_published":"2024-06-${String(1 + (i % 28)).padStart(2, '0')}T12:00:00Z","_news":{"category":"World","trending_rank":${1 + (i % 500)}}}`,
      ).join(',')}]}`,
  },
  'long-words': {
    about: 'a title, summary and category of 1.5 million characters each, without a space',
    widgets: ['news-card', 'news-trending', 'news-article'],
    body: () => {
      const word = 'x'.repeat(1_500_000);
      return oneItem(`"summary":"${word}","_news":{"category":"${word}"}`).replace('"title":"Heavy story"', `"title":"${word}"`);
    },
  },
};
