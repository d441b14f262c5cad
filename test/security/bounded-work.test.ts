// Bounded work: a feed under the 5 MiB size limit cannot freeze the host page. An article body
// is cut after a budget of nodes and characters, and ends with a link to the whole story.
// (The benchmark, `npm run bench`, holds every heavy feed to no task over 200 ms in production
// builds; these tests check the budgets themselves, and, loosely, that nothing freezes.)
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { sanitizeBody } from '../../src/sanitize/html.js';
import type { NewsErrorEvent } from '../../src/events/news-error.js';

// The documented budget of a body (README: Security), written out rather than imported.
const MAX_BODY_NODES = 2_000;
const MAX_BODY_CHARS = 200_000;
import { settled } from '../support/helpers.js';

/**
 * Longer than any task these tests allow: a frozen page (these feeds used to take from 10 s
 * to minutes), not a slow or busy machine (20 times the benchmark's budget).
 */
const FROZEN_MS = 4_000;

const STORY = 'https://news.example/story';

const feedOf = (item: Record<string, unknown>) => ({
  version: 'https://jsonfeed.org/version/1.1',
  items: [{ id: 'heavy', title: 'Heavy story', url: STORY, ...item }],
});

/** Every node under a node. */
function count(node: Node): number {
  let n = 0;
  const walker = document.createTreeWalker(node);
  while (walker.nextNode()) n += 1;
  return n;
}

/** Runs `work` and gives the longest task the page had meanwhile, in milliseconds. */
async function longestTask(work: () => Promise<unknown> | unknown): Promise<number> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((task) => task.duration)));
  observer.observe({ type: 'longtask' });
  await work();
  await new Promise((resolve) => setTimeout(resolve, 100));
  tasks.push(...observer.takeRecords().map((task) => task.duration));
  observer.disconnect();
  return Math.max(0, ...tasks);
}

/** Renders an article for the item, measuring the longest task from the start to its content. */
async function article(item: Record<string, unknown>) {
  const feed = feedOf(item);
  const el = document.createElement('news-article') as HTMLElement & { feed: unknown };
  const longest = await longestTask(async () => {
    el.feed = feed;
    document.body.append(el);
    await settled(el);
  });
  const body = el.shadowRoot!.querySelector('[part~="body"]')!;
  const more = el.shadowRoot!.querySelector('[part~="more"]');
  return { el, body, more, longest };
}

describe('bounded work: a feed of a million values', () => {
  it('is refused before it is parsed, as too large, without freezing the page', async () => {
    const el = document.createElement('news-card');
    el.src = '/feeds-test/many-values';
    const failed = new Promise<NewsErrorEvent>((resolve) => el.addEventListener('news-error', resolve, { once: true }));
    let error: NewsErrorEvent | undefined;
    const longest = await longestTask(async () => {
      document.body.append(el);
      error = await failed;
    });
    el.remove();
    expect(error?.detail.error.kind).to.equal('too-large');
    expect(longest).to.be.below(FROZEN_MS);
  });
});

describe('bounded work: a heavy article body', () => {
  const widgets: HTMLElement[] = [];
  afterEach(() => widgets.splice(0).forEach((el) => el.remove()));

  it('sanitises a body of 200,000 tiny paragraphs into its budget of nodes, and says it cut it', async () => {
    const html = '<p>a</p>'.repeat(200_000);
    let result!: ReturnType<typeof sanitizeBody>;
    const longest = await longestTask(() => {
      result = sanitizeBody(html);
    });
    expect(count(result.body)).to.be.at.most(MAX_BODY_NODES);
    expect(result.body.firstChild!.textContent).to.equal('a');
    expect(result.truncated).to.be.true;
    expect(longest).to.be.below(FROZEN_MS);
  });

  it('cuts a body of 10,000 nested elements, keeping what comes first', () => {
    const html = `<p>Top</p>${'<ul><li>'.repeat(5_000)}deep${'</li></ul>'.repeat(5_000)}<p>Bottom</p>`;
    const { body, truncated } = sanitizeBody(html);
    expect(body.firstChild!.textContent).to.equal('Top');
    expect(count(body)).to.be.at.most(MAX_BODY_NODES);
    expect(truncated).to.be.true;
  });

  it('cuts a body of one 4-million-character paragraph to its budget of characters', () => {
    const { body, truncated } = sanitizeBody(`<p>${'word '.repeat(800_000)}</p>`);
    expect(body.textContent!.length).to.be.at.most(MAX_BODY_CHARS);
    expect(truncated).to.be.true;
  });

  it('keeps a long article of ordinary size whole', () => {
    // About 20,000 words in 150 paragraphs, each with two links and some emphasis.
    const sentence = 'A sentence of an ordinary article, of about the usual length, which says something. ';
    const paragraph = `<p>${sentence.repeat(5)}<a href="https://news.example/a">A link</a>, <em>stressed</em> and <a href="https://news.example/b">another</a>. ${sentence.repeat(5)}</p>`;
    const { body, truncated } = sanitizeBody(paragraph.repeat(150));
    expect(body.children.length).to.equal(150);
    expect(truncated).to.be.false;
  });

  it('<news-article> shows the start of a 4 MB body of tiny paragraphs and links to the whole story', async () => {
    const { el, body, more, longest } = await article({ content_html: '<p>a</p>'.repeat(500_000) });
    widgets.push(el);
    expect(count(body), 'the body and the link after it').to.be.at.most(MAX_BODY_NODES + 20);
    expect(body.lastElementChild, 'the link ends the body').to.equal(more);
    expect(more!.querySelector('a')!.href).to.equal(STORY);
    expect(more!.textContent).to.contain('Heavy story');
    expect(longest, 'the longest task, in ms').to.be.below(FROZEN_MS);
  });

  it('<news-article> shows the start of a plain-text body of a million paragraphs and links to the whole story', async () => {
    const { el, body, more, longest } = await article({ content_text: 'a\n\n'.repeat(1_000_000) });
    widgets.push(el);
    expect(body.querySelectorAll('p').length).to.be.at.most(MAX_BODY_NODES + 1);
    expect(more!.querySelector('a')!.href).to.equal(STORY);
    expect(longest, 'the longest task, in ms').to.be.below(FROZEN_MS);
  });

  it('<news-article> ends a cut body with an ellipsis alone when the story has no URL', async () => {
    const { el, more } = await article({ url: undefined, content_html: '<p>a</p>'.repeat(20_000) });
    widgets.push(el);
    expect(more!.textContent!.trim()).to.equal('…');
    expect(more!.querySelector('a')).to.be.null;
  });

  it('<news-article> shows a body within its budget whole, with no link', async () => {
    const { el, body, more } = await article({ content_html: '<p>One</p><p>Two</p>' });
    widgets.push(el);
    expect(body.textContent!.replace(/\s+/g, '')).to.equal('OneTwo');
    expect(more).to.be.null;
  });
});
