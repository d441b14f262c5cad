// A story stays inside its widget: whatever a feed holds, no box of a widget paints or takes
// clicks outside the widget's own box, no feed makes the host page wider or absurdly tall,
// every word wraps inside it, and a bidirectional override in one name leaves the others be.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { settled } from '../support/helpers.js';
import { BIDI, CLICKS, SIZES, WORDS, type BoxCase } from './boxes.js';

/** Levels of nesting an article body keeps (README: Security). */
const MAX_BODY_DEPTH = 16;

const WIDGETS = ['news-card', 'news-article', 'news-trending', 'news-list'];

/** Every layout of every widget, at a phone and a wider width. */
const VARIANTS: Record<string, { width: number; attributes?: Record<string, string> }[]> = {
  'news-card': [
    { width: 320 },
    { width: 560, attributes: { layout: 'horizontal' } },
    { width: 320, attributes: { layout: 'compact' } },
  ],
  'news-article': [{ width: 320 }, { width: 560 }],
  'news-trending': [{ width: 320 }, { width: 320, attributes: { 'show-images': '' } }],
  'news-list': [
    { width: 320, attributes: { 'show-feed': '' } },
    { width: 560, attributes: { layout: 'horizontal' } },
    { width: 560, attributes: { columns: '2' } },
  ],
};

/** Left to right, and right to left (the widget speaks Arabic). */
const DIRECTIONS: Record<string, string>[] = [{}, { locale: 'ar' }];

const feedOf = (item: Record<string, unknown>) => ({
  version: 'https://jsonfeed.org/version/1.1',
  items: [{ id: 'hostile', title: 'Hostile story', url: 'https://news.example/story', ...item }],
});

interface Stage {
  widget: HTMLElement;
  /** The host page's buttons on the four sides of the widget, touching it. */
  buttons: HTMLButtonElement[];
  remove(): void;
}

/** Renders a widget in a host page that has a button right against each of its sides. */
async function stage(tag: string, item: Record<string, unknown>, width: number, attributes: Record<string, string> = {}): Promise<Stage> {
  const root = document.createElement('div');
  root.style.cssText = `display: grid; grid-template: 100px auto 100px / 100px ${width}px 100px; width: max-content;`;
  const buttons = ['1 / 1 / 2 / 4', '2 / 1', '2 / 3', '3 / 1 / 4 / 4'].map((area, i) => {
    const button = document.createElement('button');
    button.textContent = ['above', 'start', 'end', 'below'][i];
    button.style.cssText = `grid-area: ${area}; margin: 0; padding: 0; border: 0; background: #eee;`;
    return button;
  });
  const widget = document.createElement(tag) as HTMLElement & { feed: unknown };
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  widget.style.gridArea = '2 / 2';
  widget.feed = feedOf(item);
  root.append(...buttons, widget);
  document.body.append(root);
  await settled(widget);
  return { widget, buttons, remove: () => root.remove() };
}

/** Where, on each host button, a click would land on something else: points across it, and along its edges. */
function strayClicks(buttons: HTMLButtonElement[]): string[] {
  const stray: string[] = [];
  for (const button of buttons) {
    const box = button.getBoundingClientRect();
    const left = box.left + scrollX;
    const top = box.top + scrollY;
    // Hit testing works in whole pixels: the edges are tried 1 px in.
    const across = (start: number, size: number, steps: number) => [
      start + 1,
      ...Array.from({ length: steps }, (_, i) => start + ((i + 0.5) * size) / steps),
      start + size - 1,
    ];
    for (const y of across(top, box.height, Math.min(40, Math.ceil(box.height / 25)))) {
      scrollTo(0, y - innerHeight / 2);
      for (const x of across(left, box.width, 7)) {
        const hit = document.elementFromPoint(x - scrollX, y - scrollY);
        if (hit !== button) stray.push(`${button.textContent} at (${Math.round(x)}, ${Math.round(y)}) hits ${hit?.localName}`);
      }
    }
  }
  scrollTo(0, 0);
  return stray;
}

/** Whether a node lies inside a box of the widget that scrolls (a table, a pre). */
function inScroller(node: Node, root: ShadowRoot): boolean {
  for (let el = node.parentElement; el && root.contains(el); el = el.parentElement) {
    if (/auto|scroll/.test(getComputedStyle(el).overflowX)) return true;
  }
  return false;
}

/** The widget's element boxes that stick out of its sides, except inside boxes that scroll. */
function boxesOutside(widget: HTMLElement): string[] {
  const root = widget.shadowRoot!;
  const { left, right } = widget.getBoundingClientRect();
  return [...root.querySelectorAll('*')]
    .filter((el) => !inScroller(el, root))
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && (box.left < left - 1 || box.right > right + 1))
    .map(({ el, box }) => `<${el.localName}> from ${Math.round(box.left - left)} to ${Math.round(box.right - left)} px`);
}

/** Text of the widget laid out beyond its sides, where the reader cannot see it. */
function textOutside(widget: HTMLElement): string[] {
  const root = widget.shadowRoot!;
  const { left, right } = widget.getBoundingClientRect();
  const outside: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim() || node.parentElement!.closest('.visually-hidden') || inScroller(node, root)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) {
      if (box.left < left - 1 || box.right > right + 1) {
        outside.push(`"${node.textContent!.slice(0, 20)}…" in <${node.parentElement!.localName}> from ${Math.round(box.left - left)} to ${Math.round(box.right - left)} px`);
        break;
      }
    }
  }
  return outside;
}

/** How deep elements nest under a node. */
function depth(node: Element): number {
  let max = 0;
  for (const child of node.children) max = Math.max(max, 1 + depth(child));
  return max;
}

const describeVariant = (tag: string, width: number, attributes: Record<string, string>) =>
  `<${tag}${Object.entries(attributes).map(([k, v]) => ` ${k}${v ? `="${v}"` : ''}`).join('')}> ${width} px`;

function eachVariant(cases: BoxCase[], test: (c: BoxCase, tag: string, width: number, attributes: Record<string, string>) => Promise<void>) {
  for (const c of cases) {
    describe(c.name, () => {
      for (const tag of c.widgets ?? WIDGETS) {
        for (const { width, attributes = {} } of VARIANTS[tag]) {
          for (const direction of DIRECTIONS) {
            const all = { ...attributes, ...direction };
            it(describeVariant(tag, width, all), () => test(c, tag, width, all));
          }
        }
      }
    });
  }
}

describe('a story cannot reach outside its widget', () => {
  afterEach(() => scrollTo(0, 0));

  describe('clicks: a host button right next to the widget gets its own clicks', () => {
    eachVariant(CLICKS, async (c, tag, width, attributes) => {
      const { widget, buttons, remove } = await stage(tag, c.item, width, attributes);
      try {
        expect(strayClicks(buttons)).to.deep.equal([]);
        const box = widget.getBoundingClientRect();
        expect(document.elementFromPoint(box.left + 5, box.top + 5), 'the widget still takes its own clicks').to.equal(widget);
      } finally {
        remove();
      }
    });
  });

  describe('size: no attribute or nesting makes the page wider or 100,000 px tall', () => {
    for (const c of SIZES) {
      for (const width of [320, 560]) {
        it(`${c.name}, ${width} px`, async () => {
          const { widget, remove } = await stage('news-article', c.item, width);
          try {
            expect(boxesOutside(widget)).to.deep.equal([]);
            expect(widget.getBoundingClientRect().height).to.be.below(4_000);
            expect(document.documentElement.scrollWidth, 'the page is no wider').to.be.at.most(innerWidth);
            const body = widget.shadowRoot!.querySelector('[part~="body"]')!;
            expect(depth(body)).to.be.at.most(MAX_BODY_DEPTH);
          } finally {
            remove();
          }
        });
      }
    }

    it('keeps the text of a body nested 1,000 deep, flattened', async () => {
      const html = `<p>Top</p>${'<ul><li>'.repeat(500)}deep${'</li></ul>'.repeat(500)}<p>Bottom</p>`;
      const { widget, remove } = await stage('news-article', { content_html: html }, 320);
      try {
        const body = widget.shadowRoot!.querySelector('[part~="body"]')!;
        expect(body.textContent!.replace(/\s+/g, '')).to.equal('TopdeepBottom');
        expect(depth(body)).to.equal(MAX_BODY_DEPTH);
      } finally {
        remove();
      }
    });

    it('keeps an image\'s width and height only as a ratio, capped at the column width', async () => {
      const { widget, remove } = await stage(
        'news-article',
        // On this page's origin: the story's own address (news.example) is no host the tests reach,
        // and a picture that fails to load is laid out as WebKit's broken-image box.
        { content_html: `<img src="${location.origin}/test/fixtures/images/kenya-tax-protests.svg" width="1600" height="900" alt="Protest">` },
        320,
      );
      try {
        const img = widget.shadowRoot!.querySelector<HTMLImageElement>('[part~="body"] img')!;
        const { width, height } = img.getBoundingClientRect();
        expect(width).to.be.at.most(320);
        expect(width / height).to.be.closeTo(16 / 9, 0.05);
      } finally {
        remove();
      }
    });
  });

  describe('unbreakable text: a 3,000-character word wraps inside the widget', () => {
    eachVariant(WORDS, async (c, tag, width, attributes) => {
      const { widget, remove } = await stage(tag, c.item, width, attributes);
      try {
        expect(textOutside(widget)).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, 'the page is no wider').to.be.at.most(innerWidth);
      } finally {
        remove();
      }
    });
  });

  describe('bidirectional overrides: an override in one name leaves the names after it in order', () => {
    /** The box of `text` (the first match) in the widget. */
    function boxOf(widget: HTMLElement, text: string, from = 0, to = text.length): DOMRect {
      const walker = document.createTreeWalker(widget.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + from);
        range.setEnd(node, at + to);
        return range.getBoundingClientRect();
      }
      throw new Error(`"${text}" is not shown`);
    }

    for (const c of BIDI) {
      for (const tag of c.widgets) {
        for (const direction of DIRECTIONS) {
          const rtl = direction.locale === 'ar';
          it(`${c.name}: <${tag}> ${rtl ? 'right to left' : 'left to right'}`, async () => {
            const names = [c.first, 'Second', 'Third'];
            const item =
              c.field === 'authors'
                ? { authors: names.map((name) => ({ name })) }
                : { _news: { sources: names.map((name) => ({ name, url: c.url ? 'https://news.example/' : undefined })) } };
            const { widget, remove } = await stage(tag, item, 560, direction);
            try {
              const second = boxOf(widget, 'Second');
              const third = boxOf(widget, 'Third');
              // Names follow each other in the widget's reading direction…
              if (rtl) expect(second.right, 'Second before Third, right to left').to.be.above(third.right);
              else expect(second.left, 'Second before Third, left to right').to.be.below(third.left);
              // …and each still reads left to right inside.
              expect(boxOf(widget, 'Second', 0, 1).left, '"Second" not mirrored').to.be.below(boxOf(widget, 'Second', 5, 6).left);
            } finally {
              remove();
            }
          });
        }
      }
    }
  });
});
