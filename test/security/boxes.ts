// The hostile corpus of feeds that try to reach outside their widget's box: one group per way
// (clicks, size, unbreakable text, bidirectional overrides). Built in code rather than JSON:
// most payloads are a few tags repeated thousands of times.

export interface BoxCase {
  name: string;
  item: Record<string, unknown>;
  /** Widgets to render the item in; all three when absent. */
  widgets?: string[];
}

const repeat = (open: string, close: string, times: number, inner: string) =>
  `${open.repeat(times)}${inner}${close.repeat(times)}`;

/** 3,000 characters without a place to break. */
export const LONG_WORD = `Unbreakable${'x'.repeat(2_978)}end`;

/** Feeds whose body builds boxes, or links, that overflow the widget. */
export const CLICKS: BoxCase[] = [
  {
    name: 'nested right-to-left lists inside a link, with line breaks',
    widgets: ['news-article'],
    item: {
      content_html: `<p>Intro</p><a href="https://evil.example/">${repeat('<ul dir="rtl"><li>', '</li></ul>', 40, 'x<br>'.repeat(30))}</a>`,
    },
  },
  {
    name: 'nested left-to-right lists inside a link, with line breaks',
    widgets: ['news-article'],
    item: {
      content_html: `<p>Intro</p><a href="https://evil.example/">${repeat('<ol dir="ltr"><li>', '</li></ol>', 40, 'x<br>'.repeat(30))}</a>`,
    },
  },
  {
    name: 'nested quotes, definitions and figures inside a link',
    widgets: ['news-article'],
    item: {
      content_html: `<a href="https://evil.example/">${repeat('<blockquote><dl><dd><figure>', '</figure></dd></dl></blockquote>', 60, 'x<br>'.repeat(30))}</a>`,
    },
  },
  {
    name: 'a link 3,000 characters long without a break',
    widgets: ['news-article'],
    item: { content_html: `<p><a href="https://evil.example/">${LONG_WORD}</a></p>` },
  },
  {
    name: 'a table of 300 linked cells',
    widgets: ['news-article'],
    item: { content_html: `<table><tr>${'<td><a href="https://evil.example/">link</a></td>'.repeat(300)}</tr></table>` },
  },
  {
    name: 'a 3,000-character word in every text field',
    item: {
      title: LONG_WORD,
      summary: LONG_WORD,
      url: 'https://evil.example/',
      authors: [{ name: LONG_WORD }],
      tags: [LONG_WORD],
      _news: { category: LONG_WORD, key_points: [LONG_WORD], sources: [{ name: LONG_WORD }] },
    },
  },
];

/** Feeds that make the host page 100,000 px wide or tall. */
export const SIZES: BoxCase[] = [
  { name: 'a rule 99,999 px wide', item: { content_html: '<p>Before</p><hr width="99999"><p>After</p>' } },
  {
    name: 'a table and a cell with huge width and height',
    item: { content_html: '<table width="99999" height="99999"><tr><td width="99999" height="100000">cell</td></tr></table>' },
  },
  {
    name: 'a broken image 100,000 px tall',
    item: { content_html: '<p>Before</p><img src="/test/fixtures/missing.png" width="10" height="100000"><p>After</p>' },
  },
  {
    name: 'a broken image with only a huge height',
    item: { content_html: '<p>Before</p><img src="/test/fixtures/missing.png" height="100000"><p>After</p>' },
  },
  { name: '5,000 nested lists', item: { content_html: repeat('<ul><li>', '</li></ul>', 5_000, 'deep') } },
  { name: '5,000 nested quotes', item: { content_html: repeat('<blockquote>', '</blockquote>', 5_000, 'deep') } },
  {
    name: '500 nested tables',
    item: { content_html: repeat('<table><tr><td>', '</td></tr></table>', 500, 'deep') },
  },
  { name: '500 nested figures and definitions', item: { content_html: repeat('<figure><dl><dd>', '</dd></dl></figure>', 500, 'deep') } },
];

/** A 3,000-character word in each text field a widget shows. */
export const WORDS: BoxCase[] = [
  { name: 'category', item: { _news: { category: LONG_WORD } } },
  { name: 'headline', item: { title: LONG_WORD, url: 'https://news.example/a' } },
  { name: 'summary', item: { summary: LONG_WORD } },
  { name: 'author', widgets: ['news-article'], item: { authors: [{ name: LONG_WORD }, { name: 'Jane Doe' }] } },
  { name: 'key point', widgets: ['news-article'], item: { _news: { key_points: [LONG_WORD] } } },
  { name: 'source', widgets: ['news-card', 'news-article'], item: { _news: { sources: [{ name: LONG_WORD }, 'Reuters'] } } },
  { name: 'linked source', widgets: ['news-article'], item: { _news: { sources: [{ name: LONG_WORD, url: 'https://news.example/' }] } } },
  { name: 'tag', widgets: ['news-article'], item: { tags: ['World', LONG_WORD] } },
  {
    name: 'image caption',
    widgets: ['news-article'],
    item: { image: '/test/fixtures/images/kenya-tax-protests.svg', _news: { image_caption: LONG_WORD } },
  },
  { name: 'body paragraph', widgets: ['news-article'], item: { content_html: `<p>${LONG_WORD}</p><ul><li>${LONG_WORD}</li></ul>` } },
  { name: 'plain-text body', widgets: ['news-article'], item: { content_text: LONG_WORD } },
];

/** Names in a row after one with a bidirectional override: `Second` and `Third` must keep their order. */
export interface BidiCase {
  name: string;
  /** The first name, holding the override. */
  first: string;
  /** Where the names go: the item's authors or its sources. */
  field: 'authors' | 'sources';
  widgets: string[];
  /** Each source links to a URL. */
  url?: boolean;
}

export const BIDI: BidiCase[] = [
  { name: 'right-to-left override (U+202E) in a source name', first: '\u202EEvil wire', field: 'sources', widgets: ['news-card', 'news-article'] },
  { name: 'left-to-right override (U+202D) in a source name', first: '\u202DEvil wire', field: 'sources', widgets: ['news-card', 'news-article'] },
  { name: 'right-to-left embedding (U+202B) in a source name', first: 'Evil \u202Bwire', field: 'sources', widgets: ['news-card', 'news-article'] },
  { name: 'right-to-left isolate (U+2067) left open in a source name', first: '\u2067Evil wire', field: 'sources', widgets: ['news-card', 'news-article'] },
  { name: 'isolate closed early (U+2069), then an override, in a source name', first: 'Evil\u2069\u202E wire', field: 'sources', widgets: ['news-card', 'news-article'] },
  { name: 'right-to-left override (U+202E) in a linked source name', first: '\u202EEvil wire', field: 'sources', widgets: ['news-article'], url: true },
  { name: 'right-to-left override (U+202E) in an author name', first: '\u202EEvil Writer', field: 'authors', widgets: ['news-article'] },
  { name: 'left-to-right override (U+202D) in an author name', first: 'Evil \u202DWriter', field: 'authors', widgets: ['news-article'] },
];
