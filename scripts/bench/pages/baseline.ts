// The hand-written baseline for <news-trending>: the same nodes, parts, classes, text and
// styles, built with plain DOM calls in a shadow root. It starts from the same normalised feed
// and does the same work as the component (pick the entries, word every date, name the sources),
// so the ratio measures what Lit, the task and the component's structure cost.
import type { CSSResult } from 'lit';
import { itemDate, trendingItems } from '../../../src/data/pick.js';
import type { NewsFeed, NewsItem } from '../../../src/data/types.js';
import { loadMessages } from '../../../src/format/strings.js';
import { absoluteDateTime, isValidDate, relativeTime } from '../../../src/format/relative-time.js';
import { textLanguage } from '../../../src/internal/templates.js';
import { base, tokens } from '../../../src/styles/shared.styles.js';
import { trendingStyles } from '../../../src/components/trending/trending.styles.js';

const sheets = [tokens, base, trendingStyles].flat().map((style: CSSResult) => style.styleSheet!);

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function entry(item: NewsItem, rank: number, locale: string, justNow: string) {
  const li = element('li', { part: 'item' });
  li.append(element('span', { part: 'rank', class: 'rank', 'aria-hidden': 'true' }, String(rank)));
  const body = element('div', { class: 'entry' });
  const { lang } = textLanguage(item);
  if (item.category) body.append(element('p', { part: 'category', class: 'category' }, item.category));
  const title = element('h3', { part: 'title', class: 'title' });
  if (item.url) {
    const link = element('a', { part: 'link', href: item.url }, item.title);
    link.addEventListener('click', () => {});
    title.append(link);
  } else {
    title.textContent = item.title;
  }
  body.append(title);
  const date = itemDate(item);
  if (date || item.sources.length) {
    const meta = element('p', { class: 'meta dots' });
    if (isValidDate(date)) {
      meta.append(
        element(
          'time',
          { part: 'time', datetime: date.toISOString(), title: absoluteDateTime(date, locale) },
          relativeTime(date, { locale, justNow }),
        ),
        ' ',
      );
    }
    if (item.sources.length) {
      const names = element('span', lang ? { part: 'sources', lang } : { part: 'sources' });
      item.sources.forEach((source, i) => {
        if (i) names.append(' · ');
        names.append(element('bdi', {}, source.name));
      });
      meta.append(names);
    }
    body.append(meta);
  }
  const summary = item.summary ?? item.excerpt;
  if (summary) body.append(element('p', { part: 'summary', class: 'summary' }, summary));
  li.append(body);
  return li;
}

/** Renders up to `limit` trending entries of `feed` into a new shadow root on `host`. */
export async function renderBaseline(host: HTMLElement, feed: NewsFeed, limit: number): Promise<void> {
  const messages = await loadMessages('en');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const section = element('section', { part: 'section', lang: 'en', dir: 'ltr' });
  section.append(element('h2', { part: 'heading', class: 'heading' }, messages.trending));
  const list = element('ol', { part: 'list' });
  trendingItems(feed.items, limit).forEach((item, index) => {
    list.append(entry(item, index + 1, 'en', messages.justNow));
  });
  section.append(list);
  // No live region: the widget has one only with `refresh`, which the benchmark does not set.
  root.append(section);
}
