// Bodies of random markup for the sanitiser tests, made of what attacks and broken feeds are made
// of, from a seeded generator: the same bodies on every run and in every engine.

/** A small seeded generator (mulberry32): the same bodies on every run. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// What bodies are made of: allowed, forbidden and unknown elements, elements of other
// namespaces and with their own parsing rules, attributes of every kind with values that try
// schemes, sizes and breakouts, and text with entities and stray markup.
const TAGS = [
  ...['p', 'br', 'hr', 'h2', 'h3', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite', 'figure'],
  ...['figcaption', 'img', 'a', 'a', 'a', 'em', 'strong', 'b', 'i', 's', 'small', 'sub', 'code', 'pre', 'kbd'],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'col', 'colgroup'],
  ...['script', 'style', 'svg', 'math', 'iframe', 'template', 'noscript', 'form', 'input', 'textarea', 'select'],
  ...['option', 'object', 'embed', 'base', 'meta', 'link', 'title', 'xmp', 'noembed', 'noframes', 'video', 'audio'],
  ...['source', 'button', 'div', 'span', 'section', 'font', 'center', 'x-widget', 'details', 'summary', 'marquee'],
  ...['image', 'listing', 'h1', 'html', 'body', 'head', 'frameset', 'foreignObject', 'desc', 'mi', 'mglyph'],
  ...['annotation-xml', 'use', 'animate', 'selectedcontent'],
];
const ATTRIBUTES: Record<string, string[]> = {
  href: ['https://a.example/x', '/relative', 'story.html', 'javascript:alert(1)', ' jav\tascript:x()', 'data:text/html,<b>', 'mailto:a@b.example', '//evil.example/', '', '#top', 'tel:123', 'http://a.example/?q=<"x">'],
  src: ['https://a.example/i.png', '/i.png', 'i.png', 'data:image/png;base64,AAAA', 'javascript:x()', '', ' https://a.example/s.png '],
  alt: ['', 'A photo', ' spaced ', 'say "hi"', '</style><img src=x onerror=x()>', '--><script>x()</script>', ']]>'],
  title: ['Title', '</title><b>', 'x'],
  width: ['1', '2', '3', '640', '50%', '1px', 'x', '', ' 10 ', '2.5', 'javascript:1'],
  height: ['1', '2', '3', '360', '50%', '', '0'],
  colspan: ['2', 'x'],
  rowspan: ['3'],
  scope: ['col', 'row'],
  lang: ['en', 'fr', 'ar', 'javascript:x'],
  dir: ['rtl', 'ltr', 'auto'],
  onerror: ['x()'],
  onclick: ['x()'],
  onmouseover: ['x()'],
  style: ['color:red', 'background:url(javascript:x())'],
  is: ['x-widget', ''],
  id: ['location', 'cookie'],
  name: ['body', 'x'],
  class: ['loud'],
  srcset: ['a.png 1x'],
  formaction: ['javascript:x()'],
  action: ['https://evil.example'],
  'xlink:href': ['javascript:x()'],
  xmlns: ['http://www.w3.org/2000/svg'],
  'data-x': ['1'],
  'aria-label': ['label'],
  poster: ['https://a.example/p.png'],
  background: ['javascript:x()'],
};
const TEXT = [
  'Protesters marched',
  ' ',
  '\n',
  'café &amp; bar',
  '&lt;script&gt;x()&lt;/script&gt;',
  '&nbsp;',
  '&#x3C;b&#x3E;',
  '<',
  '</',
  '<!-- a comment -->',
  '<!--',
  '-->',
  '<![CDATA[x]]>',
  '<?xml x?>',
  '&',
  '<!doctype html>',
  'مرحبا',
];

/** A body of random markup, drawn with `random`. */
export function randomBody(random: () => number): string {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const attributes = () => {
    let out = '';
    const names = Object.keys(ATTRIBUTES);
    for (let n = Math.floor(random() * 4); n > 0; n--) {
      const name = pick(names);
      const value = pick(ATTRIBUTES[name]);
      out += random() < 0.1 ? ` ${name}` : ` ${name}="${value.replaceAll('"', random() < 0.5 ? '&quot;' : '"')}"`;
    }
    return out;
  };
  const nodes = (depth: number): string => {
    let out = '';
    for (let n = Math.floor(random() * (depth > 2 ? 2.2 : 4)); n > 0; n--) {
      if (random() < 0.35 || depth > 22) {
        out += pick(TEXT);
        continue;
      }
      const tag = pick(TAGS);
      out += `<${tag}${attributes()}${random() < 0.05 ? '/' : ''}>`;
      out += nodes(depth + 1);
      // Most elements are closed; some are left open, or closed by another's end tag.
      const end = random();
      if (end < 0.8) out += `</${tag}>`;
      else if (end < 0.9) out += `</${pick(TAGS)}>`;
    }
    return out;
  };
  return nodes(0);
}
